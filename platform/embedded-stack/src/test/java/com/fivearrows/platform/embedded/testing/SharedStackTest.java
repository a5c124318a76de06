package com.fivearrows.platform.embedded.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import com.fivearrows.platform.embedded.EmbeddedKafka;
import com.fivearrows.platform.embedded.FreePorts;
import com.fivearrows.platform.embedded.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedStackTest {

    @Test
    void aBrokerThatFailsToStartTakesTheStartedPostgresDownWithIt(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("kafka"), "a file where the broker wants its data");
        AtomicReference<LocalPostgres> started = new AtomicReference<>();

        RuntimeException failure = assertThrows(RuntimeException.class, () -> SharedStack.startBoth(() -> {
            LocalPostgres postgres = LocalPostgres.startTemporary(0, dir);
            started.set(postgres);
            return postgres;
        }, () -> EmbeddedKafka.create(0, 0, notADirectory)));

        assertTrue(failure instanceof UncheckedIOException, failure.toString());
        LocalPostgres postgres = started.get();
        assertThrows(SQLException.class, () -> postgres.connect("postgres").close());
        assertFalse(Files.exists(postgres.logFile().orElseThrow().getParent()));
    }

    @Test
    void aPostgresThatFailsToStartTakesTheStartedBrokerDownWithIt(@TempDir Path dir) {
        EmbeddedKafka broker = EmbeddedKafka.createTemporary(dir);

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> SharedStack.startBoth(() -> {
            throw new IllegalStateException("Embedded PostgreSQL did not start");
        }, () -> broker));

        assertEquals("Embedded PostgreSQL did not start", failure.getMessage());
        assertFalse(broker.isRunning());
        assertTrue(FreePorts.isFree(broker.brokerPort()));
        assertFalse(Files.exists(broker.dataDir()));
    }
}
