package com.fivearrows.bench;

import com.fivearrows.platform.embedded.FreePorts;
import com.fivearrows.platform.embedded.LocalPostgres;
import com.fivearrows.platform.embedded.LogFiles;
import com.fivearrows.platform.embedded.ServiceJar;
import com.fivearrows.platform.embedded.ServiceSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The suite as the local run starts it: one PostgreSQL server with a database per service, one Kafka broker (here in
 * a JVM of its own, see {@link BrokerMain}) and each service from its built {@code quarkus-run.jar} with the same
 * settings ({@link ServiceSettings}). Services are started one after the other, so each one's time to ready is its
 * own and not shared with another's start-up on the same cores.
 */
final class Suite implements AutoCloseable {
    static final String NETWORK = "network-service";
    static final String OPPORTUNITY = "opportunity-service";
    static final String PLAIN = "bench-plain-service";
    static final String BROKER = "Kafka broker";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration READY_POLL = Duration.ofMillis(20);
    private static final List<String> TOPICS = Stream.concat(
                    Stream.of("account", "opportunity", "network", "resource", "bid")
                            .map(context -> "five-arrows." + context + ".events"),
                    Stream.of("five-arrows.integration.interactions", Ceilings.TOPIC))
            .flatMap(topic -> Stream.of(topic, topic + ".dlq"))
            .toList();

    /** How long a process took to be ready and how much memory it held then. */
    record Start(String name, double readySeconds, double rssMegabytes) {
    }

    private final Path root;
    private final Path work;
    private final Progress progress;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, ServiceJar> services = new LinkedHashMap<>();
    private final Map<String, Path> jars = new LinkedHashMap<>();
    private final List<Start> starts = new ArrayList<>();
    private LocalPostgres postgres;
    private final boolean profile;
    private String bootstrapServers;
    private long brokerPid;

    private Suite(Path root, Path work, Progress progress, boolean profile) {
        this.root = root;
        this.work = work;
        this.progress = progress;
        this.profile = profile;
    }

    /**
     * Starts PostgreSQL, the broker and the services, recording each one's start; {@code profile} makes PostgreSQL
     * keep statement statistics ({@link StatementProfile}).
     */
    static Suite start(Path root, Path work, Progress progress, boolean profile) throws Exception {
        Suite suite = new Suite(root, work, progress, profile);
        try {
            suite.startAll();
            return suite;
        } catch (Exception | Error e) {
            suite.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Files.createDirectories(work);
        long at = System.nanoTime();
        postgres = onClose(LocalPostgres.startTemporary(0, work, profile ? StatementProfile.SERVER_SETTINGS : Map.of()));
        progress.say("PostgreSQL %s ready in %.1f s", postgres.jdbcUrl(""), (System.nanoTime() - at) / 1e9);
        startBroker();
        for (String name : List.of(NETWORK, OPPORTUNITY, PLAIN)) {
            Path jar = root.resolve(name.equals(PLAIN) ? "bench/plain-service" : name)
                    .resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is not built: run bench/run.sh without --no-build");
            }
            jars.put(name, jar);
            postgres.createDatabaseIfMissing(database(name));
            startService(name, "first start, empty database");
        }
    }

    private void startBroker() throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), BrokerMain.class.getName(), work.toString());
        List<String> withTopics = new ArrayList<>(command);
        withTopics.addAll(TOPICS);
        Path log = work.resolve("broker.log");
        long at = System.nanoTime();
        Process broker = new ProcessBuilder(withTopics).redirectError(log.toFile()).start();
        onClose(() -> {
            broker.getOutputStream().close();
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly();
            }
        });
        BufferedReader out = new BufferedReader(new InputStreamReader(broker.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(BrokerMain.READY)) {
                bootstrapServers = line.substring(BrokerMain.READY.length()).trim();
                break;
            }
        }
        if (bootstrapServers == null) {
            throw new IllegalStateException("The broker exited before it was ready; see " + log);
        }
        double seconds = (System.nanoTime() - at) / 1e9;
        brokerPid = broker.pid();
        starts.add(new Start(BROKER + " (KRaft, own JVM, -Xmx512m)", seconds, Processes.rssMegabytes(brokerPid)));
        progress.say("Kafka broker %s ready in %.1f s (with its %d topics)", bootstrapServers, seconds, TOPICS.size());
    }

    private void startService(String name, String occasion) {
        long at = System.nanoTime();
        ServiceJar service = ServiceJar.start(name, jars.get(name), FreePorts.pick(),
                ServiceSettings.of(bootstrapServers, postgres, database(name)), work.resolve(name + ".log"));
        String notReady = service.awaitReady(READY_TIMEOUT, READY_POLL, () -> false);
        double seconds = (System.nanoTime() - at) / 1e9;
        if (notReady != null) {
            service.close();
            throw new IllegalStateException(name + " " + notReady + "; last lines of " + service.logFile() + ":"
                    + System.lineSeparator() + LogFiles.tail(service.logFile(), 40));
        }
        services.put(name, onClose(service));
        starts.add(new Start(name + " (" + occasion + ")", seconds, Processes.rssMegabytes(service.pid())));
        progress.say("%s ready in %.2f s (%s), RSS %.0f MiB, pid %d, log %s", name, seconds, occasion,
                Processes.rssMegabytes(service.pid()), service.pid(), service.logFile());
    }

    /** Stops a service; {@link #startAgain} starts it. */
    void stop(String name) {
        ServiceJar service = services.remove(name);
        started.remove(service);
        service.stop();
    }

    void startAgain(String name, String occasion) {
        startService(name, occasion);
    }

    List<Start> starts() {
        return List.copyOf(starts);
    }

    /** RSS now of every process the run started, by name. */
    Map<String, Double> rssNow() {
        Map<String, Double> rss = new LinkedHashMap<>();
        rss.put(BROKER, Processes.rssMegabytes(brokerPid));
        services.forEach((name, service) -> rss.put(name, Processes.rssMegabytes(service.pid())));
        return rss;
    }

    /**
     * Starts a JFR recording (profile settings) of a service after {@code delay} for {@code duration}, written to
     * {@code <work>/<service>-<label>.jfr}: how a run shows where a service spends its CPU.
     */
    Path record(String service, String label, Duration delay, Duration duration) throws IOException, InterruptedException {
        Path file = work.resolve(service + "-" + label + ".jfr");
        Files.deleteIfExists(file);
        Path log = work.resolve("jcmd.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(services.get(service).pid()), "JFR.start", "name=" + label, "settings=profile",
                "duration=" + duration.toSeconds() + "s", "filename=" + file));
        // JFR refuses a delay under a second; none means now.
        if (delay.toSeconds() >= 1) {
            command.add("delay=" + delay.toSeconds() + "s");
        }
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // jcmd exits with 0 even when the recording was refused: its answer says.
        int exit = jcmd.waitFor();
        String answer = Files.readString(log);
        if (exit != 0 || !(answer.contains("Started recording") || answer.contains("scheduled to start"))) {
            throw new IllegalStateException("jcmd could not start a recording of " + service + ": " + answer.strip());
        }
        return file;
    }

    /** With {@code profile}: starts counting the statements of a service's database from zero. */
    void resetStatements(String service) throws SQLException {
        try (Connection db = connect(service)) {
            StatementProfile.reset(db);
        }
    }

    /**
     * With {@code profile}: writes a service's statements since {@link #resetStatements} to
     * {@code <work>/postgres-<label>.txt}.
     */
    Path writeStatements(String service, String label) throws SQLException, IOException {
        try (Connection db = connect(service)) {
            return StatementProfile.write(db, work.resolve("postgres-" + label + ".txt"), service + ", " + label);
        }
    }

    /**
     * CPU seconds used so far by each part of the run: every service, the broker, PostgreSQL (all its processes) and
     * the harness itself (the load generator); the difference of two readings says where the cores went.
     */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        services.forEach((name, service) -> cpu.put(name, Processes.cpuSeconds(service.pid())));
        cpu.put(BROKER, Processes.cpuSeconds(brokerPid));
        cpu.put("PostgreSQL", Processes.cpuSecondsOfAll("postgres"));
        cpu.put("harness (load generator)", Processes.cpuSeconds(ProcessHandle.current().pid()));
        return cpu;
    }

    URI uri(String service, String pathAndQuery) {
        return services.get(service).uri(pathAndQuery);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    LocalPostgres postgres() {
        return postgres;
    }

    /** A JDBC connection to a service's database, for the harness's own reads. */
    Connection connect(String service) throws SQLException {
        return postgres.connect(database(service));
    }

    static String database(String service) {
        return service.replace('-', '_');
    }

    private <T extends AutoCloseable> T onClose(T resource) {
        started.push(resource);
        return resource;
    }

    /** Stops the services, then the broker, then PostgreSQL. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                progress.say("could not stop cleanly: %s", e);
            }
        }
    }
}
