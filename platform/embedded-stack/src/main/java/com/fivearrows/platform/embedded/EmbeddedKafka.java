package com.fivearrows.platform.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka 4 broker in KRaft mode (broker and controller in one process),
 * started in-process from Kafka's own classes: no Docker, no ZooKeeper.
 *
 * <p>Ports are fixed when the instance is created, so {@link #stop()} followed by {@link #start()}
 * brings the broker back on the same address with the same data — which is how tests prove that a
 * relay or a consumer catches up after an outage.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.create(0, 0, Path.of("target/kafka"))) {
 *     kafka.start();
 *     kafka.createTopics("five-arrows.network.events");
 *     String bootstrap = kafka.bootstrapServers(); // "localhost:41234"
 * }
 * }</pre>
 *
 * <p>Cluster defaults suit one node: replication factor 1 everywhere, automatic topic creation,
 * three partitions per new topic, no initial rebalance delay, unlimited retention.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final String TEMPORARY_PREFIX = "embedded-kafka-";

    private final int brokerPort;
    private final int controllerPort;
    private final Path dataDir;
    private final boolean temporary;
    private KafkaRaftServer server;

    private EmbeddedKafka(int brokerPort, int controllerPort, Path dataDir, boolean temporary) {
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.temporary = temporary;
    }

    /**
     * Describes a broker without starting it.
     *
     * @param brokerPort     the client port, or 0 to pick a free one now (kept across restarts)
     * @param controllerPort the KRaft controller port, or 0 to pick a free one now
     * @param dataDir        the log directory; created and formatted on first start, reused after
     */
    public static EmbeddedKafka create(int brokerPort, int controllerPort, Path dataDir) {
        int broker = brokerPort == 0 ? FreePorts.pick() : brokerPort;
        int controller = controllerPort == 0 ? FreePorts.pickOtherThan(broker) : controllerPort;
        return new EmbeddedKafka(broker, controller, dataDir, false);
    }

    /**
     * Describes a broker on free ports whose data lives in a new directory under {@code parentDir}
     * (e.g. {@code target/}). The data survives {@link #stop()}; {@link #close()} deletes it, and
     * directories that killed runs left under {@code parentDir} are deleted here.
     */
    public static EmbeddedKafka createTemporary(Path parentDir) {
        // A running broker holds a lock on .lock in its log directory.
        Directories.abandoned(parentDir, TEMPORARY_PREFIX, ".lock").forEach(Directories::deleteRecursively);
        int broker = FreePorts.pick();
        Path dataDir = Directories.createTemp(parentDir, TEMPORARY_PREFIX);
        return new EmbeddedKafka(broker, FreePorts.pickOtherThan(broker), dataDir, true);
    }

    /**
     * Starts the broker and returns once it accepts clients. Formats the log directory only if it
     * is not formatted yet, so topics and records survive a stop and a start. Does nothing if the
     * broker is already running.
     */
    public synchronized void start() {
        if (server == null) {
            withOwnClassLoader(this::startServer);
        }
    }

    /** Shuts the broker down cleanly and waits until it has stopped; the data stays. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        withOwnClassLoader(() -> shutdown(stopping));
    }

    /** Whether the broker is running. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The address clients connect to, e.g. {@code localhost:9092}. */
    public String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    /** The client port. */
    public int brokerPort() {
        return brokerPort;
    }

    /** The KRaft controller port. */
    public int controllerPort() {
        return controllerPort;
    }

    /** The log directory. */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Creates topics with the broker's defaults (three partitions, replication factor 1).
     * Topics that already exist are left as they are.
     */
    public void createTopics(String... names) {
        if (names.length > 0) {
            withOwnClassLoader(() -> createMissingTopics(names));
        }
    }

    /** Stops the broker; a {@linkplain #createTemporary temporary} broker also deletes its data. */
    @Override
    public void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(dataDir);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + bootstrapServers() + ", controller " + controllerPort + ", " + dataDir + "]";
    }

    private void startServer() {
        EmbeddedLogging.quiet();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Kafka data directory " + dataDir, e);
        }
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(), false);
        formatIfNeeded();
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            starting.startup();
            server = starting;
            awaitReady();
        } catch (RuntimeException e) {
            shutdown(starting);
            server = null;
            throw new IllegalStateException("Embedded Kafka did not start on " + bootstrapServers()
                    + " (data in " + dataDir + ")", e);
        }
    }

    private void createMissingTopics(String... names) {
        List<NewTopic> topics = Arrays.stream(names)
                .distinct()
                .map(name -> new NewTopic(name, Optional.empty(), Optional.empty()))
                .toList();
        try (Admin admin = admin()) {
            var futures = admin.createTopics(topics, new CreateTopicsOptions().timeoutMs(30_000)).values();
            for (var entry : futures.entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics " + Arrays.toString(names), e);
        }
    }

    private Properties brokerProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + brokerPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", dataDir.toString());

        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", "3");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");

        // Events are the product's history: a local broker keeps them until its data is deleted.
        props.put("log.retention.ms", "-1");
        props.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        // The default 128 MiB compaction buffer is sized for production; __consumer_offsets is tiny here.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        // Faster heartbeats let the broker be unfenced (ready) sooner after a start.
        props.put("broker.heartbeat.interval.ms", "500");
        return props;
    }

    private void formatIfNeeded() {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDir.toString()))
                    .setMetadataLogDirectory(dataDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka data directory " + dataDir, e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = admin()) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Broker not ready after " + READY_TIMEOUT, e);
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Broker not ready after " + READY_TIMEOUT);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-admin",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }

    /**
     * Kafka instantiates plugins and configured classes through the context class loader; in a
     * Quarkus test that is the application's, which has its own copy of the Kafka classes.
     */
    private static void withOwnClassLoader(Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedKafka.class.getClassLoader());
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void shutdown(KafkaRaftServer server) {
        try {
            server.shutdown();
        } finally {
            server.awaitShutdown();
        }
    }
}
