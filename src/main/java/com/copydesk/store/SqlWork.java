package com.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of database work run on the single connection of a {@link Database}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
