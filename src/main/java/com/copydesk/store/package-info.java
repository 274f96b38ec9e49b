/**
 * Storage of articles, categories and settings in one SQLite file per newsroom.
 * Open a {@link com.copydesk.store.Database}, then use the stores built on it. Every failure
 * surfaces as a {@link com.copydesk.store.StoreException} whose message names the file.
 */
package com.copydesk.store;
