package com.fivearrows.flows;

import com.fivearrows.platform.embedded.EmbeddedKafka;
import com.fivearrows.platform.embedded.FreePorts;
import com.fivearrows.platform.embedded.LocalPostgres;
import com.fivearrows.platform.embedded.LogFiles;
import com.fivearrows.platform.embedded.ServiceJar;
import com.fivearrows.platform.embedded.ServiceSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The services of a flow, each started from its built {@code quarkus-run.jar} (as in production, not as a Quarkus
 * test) with its own database on one embedded PostgreSQL server and one embedded Kafka broker, under
 * {@code flows/target/suite}. Every service's log is kept there; a service that does not get ready shows the end of
 * its log in the failure.
 *
 * <pre>{@code
 * try (RunningSuite suite = RunningSuite.start("network-service", "opportunity-service")) {
 *     URI chain = suite.uri("network-service", "/decision-chains/opp-1");
 * }
 * }</pre>
 */
final class RunningSuite implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> TOPICS = Stream.concat(
                    Stream.of("account", "opportunity", "network", "resource", "bid")
                            .map(context -> "five-arrows." + context + ".events"),
                    Stream.of("five-arrows.integration.interactions"))
            .flatMap(topic -> Stream.of(topic, topic + ".dlq"))
            .toList();

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, ServiceJar> services = new LinkedHashMap<>();
    private EmbeddedKafka kafka;

    private RunningSuite() {
    }

    /** Starts the broker, the database server and the named services (folders of the repository), all ready. */
    static RunningSuite start(String... serviceNames) throws Exception {
        RunningSuite suite = new RunningSuite();
        try {
            suite.startAll(serviceNames);
            return suite;
        } catch (Exception | Error e) {
            suite.close();
            throw e;
        }
    }

    private void startAll(String... serviceNames) throws Exception {
        Path work = Files.createDirectories(Path.of("target", "suite").toAbsolutePath());
        LocalPostgres postgres = onClose(LocalPostgres.startTemporary(0, work));
        kafka = onClose(EmbeddedKafka.createTemporary(work));
        kafka.start();
        kafka.createTopics(TOPICS.toArray(String[]::new));
        for (String name : serviceNames) {
            String database = name.replace('-', '_');
            postgres.createDatabaseIfMissing(database);
            Path jar = Path.of("..", name, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is not built: run the build from the repository root");
            }
            services.put(name, onClose(ServiceJar.start(name, jar, FreePorts.pick(),
                    ServiceSettings.of(kafka.bootstrapServers(), postgres, database), work.resolve(name + ".log"))));
        }
        for (ServiceJar service : services.values()) {
            String notReady = service.awaitReady(READY_TIMEOUT, () -> false);
            if (notReady != null) {
                throw new IllegalStateException(service.name() + " " + notReady + "; last lines of " + service.logFile()
                        + ":" + System.lineSeparator() + LogFiles.tail(service.logFile(), 40));
            }
        }
    }

    /** The broker the services share, for a test that plays a service not built yet. */
    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The address of a path on one of the services. */
    URI uri(String service, String pathAndQuery) {
        ServiceJar jar = services.get(service);
        if (jar == null) {
            throw new IllegalArgumentException(service + " is not part of this suite: " + services.keySet());
        }
        return jar.uri(pathAndQuery);
    }

    private <T extends AutoCloseable> T onClose(T resource) {
        started.push(resource);
        return resource;
    }

    /** Stops the services, then the broker, then the database server. */
    @Override
    public void close() throws Exception {
        Exception first = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
