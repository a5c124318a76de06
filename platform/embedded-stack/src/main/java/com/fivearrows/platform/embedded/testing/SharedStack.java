package com.fivearrows.platform.embedded.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fivearrows.platform.embedded.EmbeddedKafka;
import com.fivearrows.platform.embedded.LocalPostgres;

/**
 * Owns the one broker and the one PostgreSQL of a test JVM. {@link FiveArrowsTestStack} loads this
 * class through the system class loader, because Quarkus loads the test stack once per test
 * profile; callers in any class loader talk to it through JDK types only.
 */
final class SharedStack {

    static final String KAFKA_BOOTSTRAP = "kafka.bootstrap";
    static final String KAFKA_START = "kafka.start";
    static final String KAFKA_STOP = "kafka.stop";
    static final String KAFKA_RUNNING = "kafka.running";
    static final String KAFKA_CREATE_TOPICS = "kafka.create-topics";
    static final String POSTGRES_HOST = "postgres.host";
    static final String POSTGRES_PORT = "postgres.port";
    static final String POSTGRES_USERNAME = "postgres.username";
    static final String POSTGRES_PASSWORD = "postgres.password";

    private static Map<String, Object> handles;

    private SharedStack() {
    }

    /** Starts the stack on first call; every later call returns the same handles. */
    static synchronized Map<String, Object> handles() {
        if (handles == null) {
            handles = start();
        }
        return handles;
    }

    private static Map<String, Object> start() {
        Path parent = Files.isDirectory(Path.of("target")) ? Path.of("target") : Path.of(System.getProperty("java.io.tmpdir"));
        Servers servers = startBoth(
                () -> LocalPostgres.fromEnvironment().orElseGet(() -> LocalPostgres.startTemporary(0, parent)),
                () -> EmbeddedKafka.createTemporary(parent));
        EmbeddedKafka kafka = servers.kafka();
        LocalPostgres postgres = servers.postgres();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
        }, "five-arrows-test-stack-stop"));

        Supplier<String> bootstrap = kafka::bootstrapServers;
        Runnable start = kafka::start;
        Runnable stop = kafka::stop;
        BooleanSupplier running = kafka::isRunning;
        Consumer<String[]> createTopics = kafka::createTopics;
        return Map.of(
                KAFKA_BOOTSTRAP, bootstrap,
                KAFKA_START, start,
                KAFKA_STOP, stop,
                KAFKA_RUNNING, running,
                KAFKA_CREATE_TOPICS, createTopics,
                POSTGRES_HOST, postgres.host(),
                POSTGRES_PORT, postgres.port(),
                POSTGRES_USERNAME, postgres.username(),
                POSTGRES_PASSWORD, postgres.password());
    }

    record Servers(LocalPostgres postgres, EmbeddedKafka kafka) {
    }

    /**
     * Starts PostgreSQL and the broker in parallel: together they take about as long as the broker
     * alone. If either fails, the other is closed before the failure is thrown, so a failed start
     * leaves no server running (the shutdown hook only covers a stack that did start).
     */
    static Servers startBoth(Supplier<LocalPostgres> postgres, Supplier<EmbeddedKafka> kafka) {
        CompletableFuture<LocalPostgres> startingPostgres = CompletableFuture.supplyAsync(postgres);
        EmbeddedKafka broker = null;
        try {
            broker = kafka.get();
            broker.start();
            return new Servers(join(startingPostgres), broker);
        } catch (RuntimeException | Error e) {
            if (broker != null) {
                closeAfter(e, broker);
            }
            LocalPostgres started = startingPostgres.exceptionally(error -> null).join();
            if (started != null) {
                closeAfter(e, started);
            }
            throw e;
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void closeAfter(Throwable failure, AutoCloseable server) {
        try {
            server.close();
        } catch (Exception closing) {
            failure.addSuppressed(closing);
        }
    }
}
