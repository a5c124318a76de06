package com.fivearrows.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import com.fivearrows.platform.embedded.DevTokens;
import com.fivearrows.platform.embedded.EmbeddedKafka;
import com.fivearrows.platform.embedded.LocalPostgres;

/**
 * Runs the whole suite on one machine: a Kafka broker on 9092 (controller 9093), a PostgreSQL on
 * 5433 ({@value LocalPostgres#ENV_PORT} to change it, or {@value LocalPostgres#ENV_HOST} and friends
 * to use an existing one) and every service listed in {@code deploy/local/services.properties},
 * each from its built {@code quarkus-run.jar}. Data stays in {@code .five-arrows/} between runs.
 * Ctrl-C stops the services, then Kafka, then PostgreSQL.
 *
 * <p>Start it with {@code deploy/local/run.sh}, which builds first.
 */
public final class LocalRun {

    static final String ROOT_PROPERTY = "five-arrows.root";
    private static final int KAFKA_PORT = 9092;
    private static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final int POSTGRES_PORT = 5433;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TOKEN_TTL = Duration.ofHours(12);
    private static final Set<String> TOKEN_ROLES = Set.of("manager", "sales-ops");

    private final Path root;
    private final Path state;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedKafka kafka;
    private LocalPostgres postgres;

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
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Local run failed: " + e.getMessage());
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private void start() {
        ServicesFile plan = ServicesFile.read(root.resolve("deploy/local/services.properties"));
        var externalPostgres = LocalPostgres.fromEnvironment();
        int postgresPort = Integer.parseInt(System.getenv().getOrDefault(LocalPostgres.ENV_PORT, String.valueOf(POSTGRES_PORT)).trim());
        checkPortsFree(plan, externalPostgres.isEmpty() ? postgresPort : null);
        checkServicesBuilt(plan);

        System.out.println("Starting Kafka on localhost:" + KAFKA_PORT + " and PostgreSQL"
                + (externalPostgres.isPresent() ? " (existing server)" : " on localhost:" + postgresPort) + " ...");
        long started = System.nanoTime();
        CompletableFuture<LocalPostgres> startingPostgres = CompletableFuture.supplyAsync(() ->
                externalPostgres.orElseGet(() -> LocalPostgres.start(postgresPort, state.resolve("postgres"))));
        EmbeddedKafka broker = EmbeddedKafka.create(KAFKA_PORT, KAFKA_CONTROLLER_PORT, state.resolve("kafka"));
        RuntimeException failure = null;
        try {
            broker.start();
        } catch (RuntimeException e) {
            failure = e;
        }
        LocalPostgres database = null;
        try {
            database = startingPostgres.join();
        } catch (CompletionException e) {
            failure = failure != null ? failure : (RuntimeException) e.getCause();
        }
        synchronized (this) {
            kafka = broker.isRunning() ? broker : null;
            postgres = database;
        }
        if (failure != null) {
            throw failure;
        }
        System.out.printf("Kafka and PostgreSQL ready in %.1f s%n", (System.nanoTime() - started) / 1e9);

        kafka.createTopics(plan.topics().toArray(String[]::new));
        plan.services().forEach(service -> postgres.createDatabaseIfMissing(service.database()));

        startServices(plan);
        Map<String, String> failures = awaitServices();
        printBanner(plan, failures);
    }

    private void startServices(ServicesFile plan) {
        for (ServicesFile.Service service : plan.services()) {
            Path jar = jar(service);
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("quarkus.http.port", String.valueOf(service.port()));
            properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.database()));
            properties.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(service.database()));
            properties.put("quarkus.datasource.username", postgres.username());
            properties.put("quarkus.datasource.password", postgres.password());
            properties.put("mp.jwt.verify.publickey.location", "dev-jwt/publicKey.pem");
            properties.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
            Path log = state.resolve("logs").resolve(service.name() + ".log");
            synchronized (this) {
                services.add(ServiceProcess.start(service, jar, properties, log));
            }
            System.out.println("Started " + service.name() + " on port " + service.port() + " (log " + root.relativize(log) + ")");
        }
    }

    /** Service name to why it is not ready, for those that are not. */
    private Map<String, String> awaitServices() {
        List<CompletableFuture<String>> readiness = services.stream()
                .map(service -> CompletableFuture.supplyAsync(() -> service.awaitReady(READY_TIMEOUT)))
                .toList();
        Map<String, String> failures = new LinkedHashMap<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceProcess service = services.get(i);
            String problem = readiness.get(i).join();
            if (problem != null) {
                failures.put(service.service().name(), problem + System.lineSeparator()
                        + "    last lines of " + root.relativize(service.logFile()) + ":" + System.lineSeparator()
                        + service.logTail().indent(6).stripTrailing());
            }
        }
        return failures;
    }

    private void printBanner(ServicesFile plan, Map<String, String> failures) {
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
        banner.append(String.format("  %-22s %s   (data %s)%n", "Kafka bootstrap", kafka.bootstrapServers(), root.relativize(kafka.dataDir())));
        banner.append(String.format("  %-22s %s   user %s, password %s%s%n", "PostgreSQL", postgres.jdbcUrl("postgres"),
                postgres.username(), postgres.password(),
                postgres.isEmbedded() ? "   (data " + root.relativize(state.resolve("postgres")) + ")" : ""));
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

    /** Stops what was started, in reverse order: services, then Kafka, then PostgreSQL. */
    private synchronized void stop() {
        if (services.isEmpty() && kafka == null && postgres == null) {
            return;
        }
        System.out.println();
        System.out.println("Stopping ...");
        services.parallelStream().forEach(ServiceProcess::stop);
        services.forEach(service -> System.out.println("  " + service.service().name() + " stopped"));
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
            if (!isFree(port)) {
                busy.add(port + " (" + user + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Port(s) already in use: " + String.join(", ", busy)
                    + ". Is another local run still active?");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
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
