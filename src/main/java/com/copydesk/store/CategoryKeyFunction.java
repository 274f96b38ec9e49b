package com.copydesk.store;

import com.copydesk.article.Category;
import org.sqlite.Function;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@link Category#key} as the SQL function {@code category_key(name)}, so that a migration can
 * tell which categories are one the way the app does: SQLite's NOCASE folds A to Z only and it
 * knows no Unicode normalization.
 */
final class CategoryKeyFunction extends Function {

    private CategoryKeyFunction() {
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, "category_key", new CategoryKeyFunction(), 1, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xFunc() throws SQLException {
        String name = value_text(0);
        if (name == null) {
            result();
        } else {
            result(Category.key(name));
        }
    }
}
