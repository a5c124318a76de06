package com.fivearrows.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbandonedDataTest {

    /** Run in a child JVM: starts both servers, then dies the way a killed test run does. */
    public static void main(String[] args) {
        Path parent = Path.of(args[0]);
        LocalPostgres.startTemporary(0, parent);
        EmbeddedKafka.createTemporary(parent).start();
        Runtime.getRuntime().halt(0);
    }

    @Test
    void theNextTemporaryStartCleansUpAfterAKilledRun(@TempDir Path parent) throws Exception {
        Process killedRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.logging.manager=" + System.getProperty("java.util.logging.manager", "java.util.logging.LogManager"),
                "-cp", System.getProperty("java.class.path"), AbandonedDataTest.class.getName(), parent.toString())
                .inheritIO()
                .start();
        assertTrue(killedRun.waitFor(60, TimeUnit.SECONDS));
        Path orphanData = single(parent, "embedded-postgres-").resolve("data");
        ProcessHandle orphan = ProcessHandle.of(Long.parseLong(Files.readAllLines(orphanData.resolve("postmaster.pid")).get(0))).orElseThrow();
        Path orphanKafka = single(parent, "embedded-kafka-");

        try (LocalPostgres postgres = LocalPostgres.startTemporary(0, parent);
             EmbeddedKafka kafka = EmbeddedKafka.createTemporary(parent)) {
            assertFalse(orphan.isAlive());
            assertFalse(Files.exists(orphanData));
            assertFalse(Files.exists(orphanKafka));
            assertEquals(1, count(parent, "embedded-postgres-"));
        }
    }

    private static Path single(Path parent, String prefix) throws Exception {
        try (Stream<Path> dirs = Files.list(parent)) {
            List<Path> matching = dirs.filter(dir -> dir.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, matching.size(), "directories " + prefix + "* in " + parent);
            return matching.get(0);
        }
    }

    private static long count(Path parent, String prefix) throws Exception {
        try (Stream<Path> dirs = Files.list(parent)) {
            return dirs.filter(dir -> dir.getFileName().toString().startsWith(prefix)).count();
        }
    }
}
