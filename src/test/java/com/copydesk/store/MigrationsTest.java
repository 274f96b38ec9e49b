package com.copydesk.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MigrationsTest {

    @Test
    void everyMigrationIsNumberedInOrderAndShipsWithTheApp() {
        for (int i = 0; i < Migrations.ALL.size(); i++) {
            Migration migration = Migrations.ALL.get(i);
            assertEquals(i + 1, migration.version());
            assertFalse(migration.statements().isEmpty(), migration.resource());
        }
    }

    @Test
    void migrationNamesCarryTheirVersion() {
        assertEquals(12, Migration.named("V12__add_photos.sql").version());
        assertThrows(IllegalArgumentException.class, () -> Migration.named("add_photos.sql"));
    }
}
