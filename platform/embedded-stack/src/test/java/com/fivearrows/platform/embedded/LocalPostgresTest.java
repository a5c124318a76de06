package com.fivearrows.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @Test
    void createsADatabaseOnceAndConnectsToIt() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.startTemporary(0, Path.of("target"))) {
            postgres.createDatabaseIfMissing("network_service");
            postgres.createDatabaseIfMissing("network_service");

            try (Connection connection = postgres.connect("network_service");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT current_database()")) {
                assertTrue(rows.next());
                assertEquals("network_service", rows.getString(1));
            }
            assertEquals("jdbc:postgresql://localhost:" + postgres.port() + "/network_service",
                    postgres.jdbcUrl("network_service"));
            assertEquals("postgresql://localhost:" + postgres.port() + "/network_service",
                    postgres.reactiveUrl("network_service"));
        }
    }

    @Test
    void dataInADataDirectorySurvivesARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        try (LocalPostgres postgres = LocalPostgres.start(0, data)) {
            postgres.createDatabaseIfMissing("account_service");
            try (Connection connection = postgres.connect("account_service");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE account (id text PRIMARY KEY)");
                statement.execute("INSERT INTO account VALUES ('acme')");
            }
        }
        try (LocalPostgres postgres = LocalPostgres.start(0, data);
             Connection connection = postgres.connect("account_service");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM account")) {
            assertTrue(rows.next());
            assertEquals("acme", rows.getString(1));
        }
        assertTrue(Files.exists(dir.resolve("postgres.log")));
    }

    @Test
    void aTemporaryServerDeletesItsDataWhenClosed() {
        LocalPostgres postgres = LocalPostgres.startTemporary(0, Path.of("target"));
        Path log = postgres.logFile().orElseThrow();
        postgres.close();

        assertFalse(Files.exists(log.getParent()));
    }

    @Test
    void rejectsDatabaseNamesThatAreNotPlainIdentifiers() {
        LocalPostgres external = LocalPostgres.external("localhost", 1, "u", "p");

        assertThrows(IllegalArgumentException.class, () -> external.createDatabaseIfMissing("x\"; DROP DATABASE y"));
    }

    @Test
    void anExternalServerIsUsedOnlyWhenItsHostIsSet() {
        assertTrue(LocalPostgres.fromEnvironment(Map.of(LocalPostgres.ENV_PORT, "5544")).isEmpty());

        LocalPostgres external = LocalPostgres.fromEnvironment(Map.of(
                LocalPostgres.ENV_HOST, "db.internal", LocalPostgres.ENV_PORT, "5544",
                LocalPostgres.ENV_USER, "five", LocalPostgres.ENV_PASSWORD, "arrows")).orElseThrow();
        assertFalse(external.isEmbedded());
        assertEquals("jdbc:postgresql://db.internal:5544/bid_analytics_service", external.jdbcUrl("bid_analytics_service"));
        assertEquals("five", external.username());
        assertEquals("arrows", external.password());
    }
}
