package com.fivearrows.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import com.fivearrows.platform.embedded.DevTokens;
import com.fivearrows.platform.embedded.EmbeddedKafka;
import com.fivearrows.platform.embedded.FreePorts;
import com.fivearrows.platform.embedded.LocalPostgres;
import com.fivearrows.platform.embedded.LogFiles;
import com.fivearrows.platform.embedded.ServiceJar;
import com.fivearrows.platform.embedded.ServiceSettings;

/**
 * Runs the whole suite on one machine: a Kafka broker on 9092 (controller 9093), a PostgreSQL on
 * 5433 ({@value LocalPostgres#ENV_PORT} to change it, or {@value LocalPostgres#ENV_HOST} and friends
 * to use an existing one) and every service listed in {@code deploy/local/services.properties},
 * each from its built {@code quarkus-run.jar}. Data stays in {@code .five-arrows/} between runs.
 * Ctrl-C stops the services, then Kafka, then PostgreSQL; pressed during start-up, it first lets
 * the step in progress finish (at most 90 s), starts nothing more and stops what has started, so
 * no server or service outlives the run.
 *
 * <p>Start it with {@code deploy/local/run.sh}, which builds first.
 */
public final class LocalRun {

    static final String ROOT_PROPERTY = "five-arrows.root";
    private static final int KAFKA_PORT = 9092;
    private static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final int POSTGRES_PORT = 5433;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    // Longer than the slowest start-up step: PostgreSQL may take up to 60 s to accept connections.
    private static final Duration HANDOVER_TIMEOUT = Duration.ofSeconds(90);
    private static final int LOG_TAIL_LINES = 25;
    private static final Duration TOKEN_TTL = Duration.ofHours(12);
    private static final Set<String> TOKEN_ROLES = Set.of("manager", "sales-ops");

    private final Path root;
    private final Path state;
    // Guarded by this: the main thread starts, the shutdown hook (Ctrl-C) stops, possibly meanwhile.
    private final List<ServiceJar> services = new ArrayList<>();
    private EmbeddedKafka kafka;
    private LocalPostgres postgres;
    private boolean starting = true;
    // Written under the lock; volatile so the readiness pollers can check it without waiting for stop().
    private volatile boolean stopping;

    private LocalRun(Path root) {
        this.root = root;
        this.state = root.resolve(".five-arrows");
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        warningsToConsole();
        LocalRun run = new LocalRun(findRoot());
        Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "five-arrows-local-run-stop"));
        try {
            run.start();
        } catch (RuntimeException | Error e) {
            if (run.isStopping()) {
                // Ctrl-C cut the start-up short (a broker starting during JVM shutdown fails); stop() reports.
                return;
            }
            System.err.println();
            System.err.println("Local run failed: " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    /** Starts everything unless a stop began; tells {@link #stop()} when the main thread holds nothing more. */
    private void start() {
        try {
            startAll();
        } finally {
            synchronized (this) {
                starting = false;
                notifyAll();
            }
        }
    }

    private void startAll() {
        ServicesFile plan = ServicesFile.read(root.resolve("deploy/local/services.properties"));
        var externalPostgres = LocalPostgres.fromEnvironment();
        int postgresPort = Integer.parseInt(System.getenv().getOrDefault(LocalPostgres.ENV_PORT, String.valueOf(POSTGRES_PORT)).trim());
        checkPortsFree(plan, externalPostgres.isEmpty() ? postgresPort : null);
        checkServicesBuilt(plan);
        if (isStopping()) {
            return;
        }

        System.out.println("Starting Kafka on localhost:" + KAFKA_PORT + " and PostgreSQL"
                + (externalPostgres.isPresent() ? " (existing server)" : " on localhost:" + postgresPort) + " ...");
        long started = System.nanoTime();
        CompletableFuture<LocalPostgres> startingPostgres = CompletableFuture.supplyAsync(() ->
                externalPostgres.orElseGet(() -> LocalPostgres.start(postgresPort, state.resolve("postgres"))));
        EmbeddedKafka broker = EmbeddedKafka.create(KAFKA_PORT, KAFKA_CONTROLLER_PORT, state.resolve("kafka"));
        try {
            broker.start();
        } finally {
            // Whatever the broker did, stop() must get a PostgreSQL that started: it would outlive this JVM.
            LocalPostgres startedPostgres = startingPostgres.exceptionally(error -> null).join();
            synchronized (this) {
                kafka = broker.isRunning() ? broker : null;
                postgres = startedPostgres;
            }
        }
        LocalPostgres database;
        try {
            database = startingPostgres.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (isStopping()) {
            return;
        }
        System.out.printf("Kafka and PostgreSQL ready in %.1f s%n", (System.nanoTime() - started) / 1e9);

        broker.createTopics(plan.topics().toArray(String[]::new));
        for (ServicesFile.Service service : plan.services()) {
            database.createDatabaseIfMissing(service.database());
        }

        startServices(plan, broker, database);
        Map<String, String> failures = awaitServices();
        if (isStopping()) {
            return;
        }
        printBanner(plan, failures, broker, database);
    }

    /** Starts the services in file order, none once a stop has begun. */
    private void startServices(ServicesFile plan, EmbeddedKafka broker, LocalPostgres database) {
        for (ServicesFile.Service service : plan.services()) {
            Path jar = jar(service);
            Map<String, String> properties = new LinkedHashMap<>();
            properties.putAll(ServiceSettings.of(broker.bootstrapServers(), database, service.database()));
            Path log = state.resolve("logs").resolve(service.name() + ".log");
            synchronized (this) {
                // Checked under the lock: a service started after stop() took its list would be orphaned.
                if (stopping) {
                    return;
                }
                services.add(ServiceJar.start(service.name(), jar, service.port(), properties, log));
            }
            System.out.println("Started " + service.name() + " on port " + service.port() + " (log " + root.relativize(log) + ")");
        }
    }

    /** Service name to why it is not ready, for those that are not; stops waiting once a stop has begun. */
    private Map<String, String> awaitServices() {
        List<ServiceJar> started;
        synchronized (this) {
            started = List.copyOf(services);
        }
        List<CompletableFuture<String>> readiness = started.stream()
                .map(service -> CompletableFuture.supplyAsync(() -> service.awaitReady(READY_TIMEOUT, this::isStopping)))
                .toList();
        Map<String, String> failures = new LinkedHashMap<>();
        for (int i = 0; i < started.size(); i++) {
            ServiceJar service = started.get(i);
            String problem = readiness.get(i).join();
            if (problem != null) {
                String tail = LogFiles.tail(service.logFile(), LOG_TAIL_LINES);
                failures.put(service.name(), problem + System.lineSeparator()
                        + "    last lines of " + root.relativize(service.logFile()) + ":" + System.lineSeparator()
                        + (tail.isEmpty() ? "(no output)" : tail).indent(6).stripTrailing());
            }
        }
        return failures;
    }

    private void printBanner(ServicesFile plan, Map<String, String> failures, EmbeddedKafka broker, LocalPostgres database) {
        String token = DevTokens.mint("dev-manager", TOKEN_ROLES, TOKEN_TTL);
        Path tokenFile = state.resolve("dev-token");
        try {
            Files.writeString(tokenFile, token + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + tokenFile, e);
        }

        StringBuilder banner = new StringBuilder();
        banner.append(System.lineSeparator()).append("Five Arrows is running locally").append(System.lineSeparator()).append(System.lineSeparator());
        if (plan.services().isEmpty()) {
            banner.append("  No services listed in deploy/local/services.properties.").append(System.lineSeparator());
        }
        for (ServicesFile.Service service : plan.services()) {
            String url = "http://localhost:" + service.port();
            banner.append(String.format("  %-22s %-24s Swagger UI %s/q/swagger-ui%s%n", service.name(), url, url,
                    failures.containsKey(service.name()) ? "   NOT READY (see below)" : ""));
        }
        banner.append(System.lineSeparator());
        banner.append(String.format("  %-22s %s   (data %s)%n", "Kafka bootstrap", broker.bootstrapServers(), root.relativize(broker.dataDir())));
        banner.append(String.format("  %-22s %s   user %s, password %s%s%n", "PostgreSQL", database.jdbcUrl("postgres"),
                database.username(), database.password(),
                database.isEmbedded() ? "   (data " + root.relativize(state.resolve("postgres")) + ")" : ""));
        banner.append(System.lineSeparator());
        banner.append("  Development token (DEVELOPMENT ONLY; dev-manager, roles manager + sales-ops, valid 12 h;")
                .append(" also in ").append(root.relativize(tokenFile)).append("):").append(System.lineSeparator());
        banner.append("  ").append(token).append(System.lineSeparator());
        if (!failures.isEmpty()) {
            banner.append(System.lineSeparator()).append("  NOT READY:").append(System.lineSeparator());
            failures.forEach((name, problem) -> banner.append("  - ").append(name).append(": ").append(problem).append(System.lineSeparator()));
        }
        banner.append(System.lineSeparator()).append("Press Ctrl-C to stop.").append(System.lineSeparator());
        System.out.print(banner);
        System.out.flush();
    }

    /**
     * Stops what was started, in reverse order: services, then Kafka, then PostgreSQL. During
     * start-up it first waits for the main thread to finish its step, since a PostgreSQL or a service
     * still being started would outlive this JVM. Runs once; later calls return at once.
     */
    private synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (starting) {
            System.out.println();
            System.out.println("Stopping once the start-up step in progress has finished ...");
            awaitStartUpHandover();
        }
        if (services.isEmpty() && kafka == null && postgres == null) {
            return;
        }
        System.out.println();
        System.out.println("Stopping ...");
        services.parallelStream().forEach(service -> {
            if (service.stop()) {
                System.out.println("  " + service.name() + " did not stop within 30 s; killed it");
            }
        });
        services.forEach(service -> System.out.println("  " + service.name() + " stopped"));
        services.clear();
        if (kafka != null) {
            kafka.stop();
            kafka = null;
            System.out.println("  Kafka stopped");
        }
        if (postgres != null) {
            boolean embedded = postgres.isEmbedded();
            postgres.close();
            postgres = null;
            System.out.println(embedded ? "  PostgreSQL stopped" : "  PostgreSQL left running (existing server)");
        }
        System.out.println("Stopped. Data kept in " + state);
        System.out.flush();
    }

    /** Waits, releasing the lock, until {@link #start()} has returned. Called holding the lock. */
    private void awaitStartUpHandover() {
        long deadline = System.nanoTime() + HANDOVER_TIMEOUT.toNanos();
        try {
            while (starting) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    System.out.println("  start-up still busy after " + HANDOVER_TIMEOUT.toSeconds() + " s; stopping what has started");
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isStopping() {
        return stopping;
    }

    private Path jar(ServicesFile.Service service) {
        return root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private void checkServicesBuilt(ServicesFile plan) {
        List<String> missing = plan.services().stream()
                .map(this::jar)
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> root.relativize(jar).toString())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built: " + String.join(", ", missing)
                    + ". Build first (deploy/local/run.sh does) or remove the service from deploy/local/services.properties");
        }
    }

    private void checkPortsFree(ServicesFile plan, Integer postgresPort) {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        wanted.put(KAFKA_PORT, "Kafka");
        wanted.put(KAFKA_CONTROLLER_PORT, "the Kafka controller");
        if (postgresPort != null) {
            wanted.put(postgresPort, "PostgreSQL");
        }
        plan.services().forEach(service -> wanted.merge(service.port(), service.name(), (a, b) -> a + " and " + b));
        List<String> busy = new ArrayList<>();
        wanted.forEach((port, user) -> {
            if (!FreePorts.isFree(port)) {
                busy.add(port + " (" + user + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Port(s) already in use: " + String.join(", ", busy)
                    + ". Is another local run still active?");
        }
    }

    private static Path findRoot() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/services.properties"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (a folder with deploy/local/services.properties);"
                + " run from inside the repository or pass -D" + ROOT_PROPERTY + "=<path>");
    }

    /** Everything but the embedded stack's own chatter goes to the console from WARNING up. */
    private static void warningsToConsole() {
        Logger rootLogger = Logger.getLogger("");
        for (Handler handler : rootLogger.getHandlers()) {
            rootLogger.removeHandler(handler);
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s [%3$s] %5$s%6$s%n");
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new SimpleFormatter());
        rootLogger.addHandler(console);
        rootLogger.setLevel(Level.INFO);
    }
}
