/**
 * Moving articles in and out of Copydesk as files. The JSON format is described in
 * {@code src/docs/json-format.md}. Every failure surfaces as an
 * {@link com.copydesk.exchange.ExchangeException} whose message names the file.
 */
package com.copydesk.exchange;
