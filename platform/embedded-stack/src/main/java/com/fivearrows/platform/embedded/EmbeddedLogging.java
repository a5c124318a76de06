package com.fivearrows.platform.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log levels that keep the embedded broker and PostgreSQL quiet, so a test run or the local run
 * shows what the product logs rather than Kafka's start-up chatter. The broker's internals and the
 * clients' connection handling log errors only; the rest of the Kafka clients and zonky log warnings. Kafka and zonky log through SLF4J, which in
 * Quarkus and in the local run ends in java.util.logging (JBoss LogManager), where
 * {@link EmbeddedKafka} and {@link LocalPostgres} apply these levels before they start.
 *
 * <p>Set the system property {@value #LEVEL_PROPERTY} (e.g. {@code INFO}) to see more.
 */
public final class EmbeddedLogging {

    /** System property that overrides every level here, e.g. {@code -Dfive-arrows.embedded.log-level=INFO}. */
    public static final String LEVEL_PROPERTY = "five-arrows.embedded.log-level";

    private static final List<String> BROKER_INTERNALS = List.of(
            "kafka", "state.change.logger", "org.apache.kafka.controller", "org.apache.kafka.raft",
            "org.apache.kafka.server", "org.apache.kafka.metadata", "org.apache.kafka.image",
            "org.apache.kafka.storage", "org.apache.kafka.coordinator", "org.apache.kafka.snapshot",
            "org.apache.kafka.queue",
            // Connection warnings repeat many times a second while a test has the broker stopped,
            // and the broker's controller channel warns when it is closed twice on shutdown.
            "org.apache.kafka.clients.NetworkClient");
    // On a restart the broker registers before its own controller is active and logs the retried
    // NotControllerException with a stack trace; clients see any real controller failure anyway.
    private static final List<String> SILENT = List.of("kafka.server.ControllerApis");
    private static final List<String> CLIENTS_AND_DATABASE = List.of("org.apache.kafka", "org.apache.zookeeper", "io.zonky");

    // java.util.logging holds loggers weakly: a collected logger would forget its level.
    private static final List<Logger> CONFIGURED = new ArrayList<>();

    private EmbeddedLogging() {
    }

    /** Logger category to level, honouring {@value #LEVEL_PROPERTY}. */
    public static Map<String, Level> levels() {
        String override = System.getProperty(LEVEL_PROPERTY);
        Map<String, Level> levels = new LinkedHashMap<>();
        CLIENTS_AND_DATABASE.forEach(category -> levels.put(category, override != null ? parse(override) : Level.WARNING));
        BROKER_INTERNALS.forEach(category -> levels.put(category, override != null ? parse(override) : Level.SEVERE));
        SILENT.forEach(category -> levels.put(category, override != null ? parse(override) : Level.OFF));
        return levels;
    }

    /** Applies {@link #levels()} to java.util.logging; later calls do nothing. */
    public static synchronized void quiet() {
        if (!CONFIGURED.isEmpty()) {
            return;
        }
        levels().forEach((category, level) -> {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(level);
            CONFIGURED.add(logger);
        });
    }

    private static Level parse(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "WARN" -> Level.WARNING;
            case "ERROR" -> Level.SEVERE;
            case "DEBUG" -> Level.FINE;
            case "TRACE" -> Level.FINEST;
            default -> Level.parse(upper);
        };
    }
}
