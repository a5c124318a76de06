package com.fivearrows.network.bench;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.SolutionStance;
import com.fivearrows.network.readmodel.NetworkEvents;
import com.fivearrows.network.readmodel.NetworkReadModel;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.embedded.DevTokens;
import com.fivearrows.platform.embedded.EmbeddedKafka;
import com.fivearrows.platform.embedded.FreePorts;
import com.fivearrows.platform.embedded.LocalPostgres;
import com.fivearrows.platform.embedded.LogFiles;
import com.fivearrows.platform.embedded.ServiceJar;
import com.fivearrows.platform.embedded.ServiceSettings;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.Upcasters;
import com.fivearrows.platform.service.security.Roles;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Whether closeness reads stay fast as history grows (quality bar: a chain of 50 members with 10,000 interactions
 * answers in under 20 ms). Starts the embedded Kafka and PostgreSQL and network-service itself from its built
 * {@code quarkus-run.jar}, seeds one account with {@code members} key persons in one decision chain, ~2 INFLUENCES
 * edges per 5 members, quarterly assessments of 9 in 10 of them and {@code interactions} interactions over the last
 * two years, waits until the {@code network} projection and the closeness publisher are idle, then times
 * {@code GET /closeness/...} over HTTP from one sequential client and prints a Markdown table. Not a test: run it
 * with {@code bench/closeness-read-benchmark.sh [interactions] [members]}.
 *
 * <p>The seed is appended to the service's event store, shaped as its deciders write them ({@link NetworkEvents}),
 * at chosen times: over REST, registrations and chain memberships would be stamped now, so the chain would have had
 * no members a year ago and the {@code asOf} read would time an empty chain. The service's own projection builds the
 * read model from these events, as in production.
 */
public final class ClosenessReadBenchmark {
    private static final String DATABASE = "network_service";
    private static final String ACCOUNT = "bench-account";
    private static final String OPPORTUNITY = "bench-opportunity";
    private static final List<String> TOPICS = Stream.of("network.events", "integration.interactions",
                    "opportunity.events", "bid.events")
            .map(name -> "five-arrows." + name)
            .flatMap(topic -> Stream.of(topic, topic + ".dlq"))
            .toList();
    private static final Duration HISTORY = Duration.ofDays(730);
    private static final Duration ASSESSMENT_EVERY = Duration.ofDays(91);
    private static final int APPENDERS = 6;
    private static final int WARM_UP = 200;
    private static final int MEASURED = 2_000;
    private static final long RANDOM_SEED = 20_261_127L;
    private static final List<InteractionType> REPORTED_TYPES = Arrays.stream(InteractionType.values())
            .filter(type -> type != InteractionType.BID_WON && type != InteractionType.BID_LOST)
            .toList();

    private final int interactions;
    private final int members;
    private final Random random = new Random(RANDOM_SEED);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String readerToken = "Bearer " + DevTokens.mint("bench.seller", Set.of(Roles.SELLER), Duration.ofHours(2));
    private final String managerToken = "Bearer " + DevTokens.mint("bench.manager", Set.of(Roles.MANAGER), Duration.ofHours(2));
    // What has started, the latest first; stopped by the main thread at the end, or by the shutdown hook on Ctrl-C.
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    private ClosenessReadBenchmark(int interactions, int members) {
        this.interactions = interactions;
        this.members = members;
    }

    public static void main(String[] args) throws Exception {
        int interactions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        if (members < 2 || interactions < 1) {
            throw new IllegalArgumentException("Needs at least 2 members and 1 interaction, got " + members + " and " + interactions);
        }
        ClosenessReadBenchmark benchmark = new ClosenessReadBenchmark(interactions, members);
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopAll, "closeness-read-benchmark-stop"));
        int exitCode = 0;
        try {
            benchmark.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            exitCode = 1;
        } finally {
            benchmark.stopAll();
        }
        System.exit(exitCode);
    }

    private void run() throws Exception {
        Path target = moduleTarget();
        Path work = Files.createDirectories(target.resolve("closeness-read-benchmark"));

        long startedAt = System.nanoTime();
        System.out.println("Starting Kafka and PostgreSQL ...");
        LocalPostgres postgres = onStop(LocalPostgres.startTemporary(0, work));
        EmbeddedKafka kafka = onStop(EmbeddedKafka.createTemporary(work));
        kafka.start();
        kafka.createTopics(TOPICS.toArray(String[]::new));
        postgres.createDatabaseIfMissing(DATABASE);
        System.out.printf("Kafka %s and PostgreSQL %s ready in %.1f s%n", kafka.bootstrapServers(),
                postgres.jdbcUrl(DATABASE), seconds(startedAt));

        startedAt = System.nanoTime();
        Path jar = target.resolve("quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: ./mvnw -pl network-service package -DskipTests");
        }
        ServiceJar service = onStop(ServiceJar.start("network-service", jar, FreePorts.pick(),
                ServiceSettings.of(kafka.bootstrapServers(), postgres, DATABASE), work.resolve("network-service.log")));
        System.out.println("Starting network-service (pid " + service.pid() + ", " + service.uri("") + ", log "
                + service.logFile() + ") ...");
        String notReady = service.awaitReady(Duration.ofSeconds(120), () -> false);
        if (notReady != null) {
            throw new IllegalStateException("network-service " + notReady + "; last lines of " + service.logFile() + ":"
                    + System.lineSeparator() + LogFiles.tail(service.logFile(), 30));
        }
        System.out.printf("network-service ready in %.1f s%n", seconds(startedAt));

        Vertx vertx = Vertx.vertx();
        onStop(vertx::closeAndAwait);
        PgConnectOptions options = PgConnectOptions.fromUri(postgres.reactiveUrl(DATABASE))
                .setUser(postgres.username()).setPassword(postgres.password());
        Pool pool = Pool.pool(vertx, options, new PoolOptions().setMaxSize(APPENDERS));
        onStop(pool::closeAndAwait);
        // Only the fixture's appends are used: whether the projection has caught up is asked of the service itself
        // (GET /ops/projections/network), so it needs no Projections.
        NetworkEvents events = new NetworkEvents(new EventStore(pool, new Upcasters(List.of())), null);

        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        startedAt = System.nanoTime();
        Seeded seeded = seed(events, now);
        System.out.printf("Appended %,d events to the service's event store in %.1f s%n", seeded.events(), seconds(startedAt));

        startedAt = System.nanoTime();
        awaitProjected(service);
        System.out.printf("network projection caught up (lag 0) %.1f s after the last append%n", seconds(startedAt));
        startedAt = System.nanoTime();
        long published = awaitPublisherIdle(pool);
        System.out.printf("Closeness publisher idle %.1f s later (%,d subjects published)%n", seconds(startedAt), published);
        printReadModel(pool);
        vacuumAnalyze(pool);

        Instant yearAgo = now.minus(Duration.ofDays(365));
        URI chainNow = service.uri("/closeness/decision-chains/" + OPPORTUNITY);
        URI chainYearAgo = service.uri("/closeness/decision-chains/" + OPPORTUNITY + "?asOf=" + yearAgo);
        URI busiest = service.uri("/closeness/key-persons/" + seeded.busiest());
        checkChain(chainNow, "now");
        checkChain(chainYearAgo, "as of " + yearAgo);

        System.out.printf("%nMeasuring: %d warm-up requests of each read, then %,d timed of each, one client, sequential"
                + " (%d cores, load average %s)%n", WARM_UP, MEASURED, Runtime.getRuntime().availableProcessors(), loadAverage());
        // All reads share most of their code: warm it up with every one of them before timing any.
        for (URI read : List.of(chainNow, chainYearAgo, busiest)) {
            for (int i = 0; i < WARM_UP; i++) {
                send(request(read));
            }
        }
        List<Timing> timings = List.of(
                measure("`GET /closeness/decision-chains/{id}`", chainNow, service, pool),
                measure("`GET /closeness/decision-chains/{id}?asOf=<1 year ago>`", chainYearAgo, service, pool),
                measure("`GET /closeness/key-persons/{busiest member}` (" + seeded.busiestInteractions() + " interactions)",
                        busiest, service, pool));

        report(timings);
    }

    private void report(List<Timing> timings) {
        System.out.printf("%n%d members, %,d interactions over 2 years (%d cores, load average %s after the run)%n%n",
                members, interactions, Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println("| Read | Requests | p50 ms | p90 ms | p99 ms | max ms | req/s | service CPU ms/req | PostgreSQL CPU ms/req |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        timings.forEach(timing -> System.out.println(timing.row()));
        double chainP99 = timings.get(0).percentile(0.99);
        System.out.printf("%nChain read p99 %.2f ms: %s the 20 ms bar%n", chainP99, chainP99 < 20 ? "under" : "OVER");
    }

    /**
     * The account, its persons, the chain with its members and edges, a little before the history starts; then
     * assessments and interactions in the order they happened.
     */
    private Seeded seed(NetworkEvents events, Instant now) throws InterruptedException, ExecutionException {
        Instant historyStart = now.minus(HISTORY);
        Instant setUp = historyStart.minus(Duration.ofDays(1));
        List<UUID> persons = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            Scope scope = i % 4 == 0 ? Scope.COMPANY : Scope.OPPORTUNITY;
            persons.add(events.registerPerson(ACCOUNT, scope, kind, kind.defaultInfluence(), setUp.plusSeconds(i)));
            kinds.add(kind);
        }
        Instant chainStart = setUp.plus(Duration.ofHours(1));
        events.startChain(OPPORTUNITY, ACCOUNT, chainStart);
        events.changeContext(OPPORTUNITY, "QUALIFY", new BigDecimal("250000"), "OPEN", List.of("bench.seller"),
                chainStart.plusSeconds(1));
        for (int i = 0; i < members; i++) {
            events.addMember(OPPORTUNITY, persons.get(i), kinds.get(i), kinds.get(i).defaultInfluence(),
                    chainStart.plus(Duration.ofHours(1)).plusSeconds(i));
        }
        int edges = Math.min(Math.max(1, members * 2 / 5), members * (members - 1));
        Set<String> pairs = new HashSet<>();
        while (pairs.size() < edges) {
            int from = random.nextInt(members);
            int to = random.nextInt(members);
            if (from != to && pairs.add(from + ">" + to)) {
                events.addChainRelation(OPPORTUNITY, RelationType.INFLUENCES, persons.get(from), persons.get(to),
                        1 + random.nextInt(5), chainStart.plus(Duration.ofHours(2)).plusSeconds(pairs.size()));
            }
        }
        int structure = members + 2 + members + edges;
        System.out.printf("Seeding by appending events to the service's store: %d key persons of account %s, chain %s"
                + " with all of them and %d INFLUENCES edges, ...%n", members, ACCOUNT, OPPORTUNITY, edges);

        List<Happening> history = new ArrayList<>();
        int assessments = assessments(events, persons, historyStart, history);
        int[] perPerson = interactions(events, persons, historyStart, now, history);
        history.sort(Comparator.comparing(Happening::at));
        appendAll(history);
        int busiest = 0;
        for (int i = 1; i < members; i++) {
            if (perPerson[i] > perPerson[busiest]) {
                busiest = i;
            }
        }
        System.out.printf("  %,d assessment events (%d persons assessed quarterly), %,d interactions; the busiest member"
                + " (%s) is in %,d of them%n", assessments, members - members / 10, interactions, kinds.get(busiest),
                perPerson[busiest]);
        return new Seeded(structure + assessments + interactions, persons.get(busiest), perPerson[busiest]);
    }

    /**
     * Appends in time order, {@value #APPENDERS} at a time: each append locks only its own stream, and the order
     * within a person's stream does not matter to the read model (an assessment counts from its assessed-at time).
     */
    private static void appendAll(List<Happening> history) throws InterruptedException, ExecutionException {
        ExecutorService appenders = Executors.newFixedThreadPool(APPENDERS);
        try {
            List<Future<?>> appended = new ArrayList<>(history.size());
            history.forEach(happening -> appended.add(appenders.submit(happening.append())));
            for (int i = 0; i < appended.size(); i++) {
                appended.get(i).get();
                if ((i + 1) % 2_000 == 0 || i + 1 == appended.size()) {
                    System.out.printf("  %,d of %,d assessment rounds and interactions appended%n", i + 1, appended.size());
                }
            }
        } finally {
            appenders.shutdownNow();
        }
    }

    /** Every person but one in ten, on all three dimensions, about every quarter over the history. */
    private int assessments(NetworkEvents events, List<UUID> persons, Instant historyStart, List<Happening> history) {
        int count = 0;
        for (int i = 0; i < persons.size(); i++) {
            if (i % 10 == 9) {
                continue;
            }
            UUID person = persons.get(i);
            for (Instant round = historyStart; round.plus(ASSESSMENT_EVERY).isBefore(historyStart.plus(HISTORY));
                 round = round.plus(ASSESSMENT_EVERY)) {
                Instant at = round.plus(Duration.ofHours(random.nextInt(24 * 10)));
                String level = pick(RelationshipLevel.values()).name();
                String solution = pick(SolutionStance.values()).name();
                String price = pick(PriceStance.values()).name();
                Instant recorded = at.plus(Duration.ofMinutes(30));
                history.add(new Happening(at, () -> {
                    events.assess(person, "RelationshipLevelAssessed", level, at, recorded);
                    events.assess(person, "SolutionStanceAssessed", solution, at, recorded);
                    events.assess(person, "PriceStanceAssessed", price, at, recorded);
                }));
                count += 3;
            }
        }
        return count;
    }

    /**
     * Interactions at random times over the history, with 1 (70 %), 2 (20 %) or 3 persons, picked with weight
     * 1/(rank + 1) so a few members are much busier than the rest; returns how many each person is in.
     */
    private int[] interactions(NetworkEvents events, List<UUID> persons, Instant historyStart, Instant now,
                               List<Happening> history) {
        double[] cumulative = new double[persons.size()];
        double sum = 0;
        for (int i = 0; i < persons.size(); i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        int[] perPerson = new int[persons.size()];
        long span = HISTORY.minus(Duration.ofHours(1)).toMillis();
        for (int n = 0; n < interactions; n++) {
            double share = random.nextDouble();
            int size = share < 0.7 ? 1 : share < 0.9 ? 2 : 3;
            Set<Integer> picked = new HashSet<>();
            while (picked.size() < Math.min(size, persons.size())) {
                int index = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                picked.add(index >= 0 ? index : -index - 1);
            }
            List<UUID> with = new ArrayList<>();
            picked.forEach(index -> {
                with.add(persons.get(index));
                perPerson[index]++;
            });
            Instant occurred = historyStart.plusMillis((long) (random.nextDouble() * span));
            Instant recorded = min(occurred.plus(Duration.ofMinutes(random.nextInt(120))), now);
            InteractionType type = pick(REPORTED_TYPES.toArray(InteractionType[]::new));
            double mood = random.nextDouble();
            Outcome outcome = mood < 0.6 ? Outcome.POSITIVE : mood < 0.9 ? Outcome.NEUTRAL : Outcome.NEGATIVE;
            history.add(new Happening(occurred, () -> events.recordInteraction(with, type, outcome, occurred, recorded)));
        }
        return perPerson;
    }

    private void awaitProjected(ServiceJar service) throws IOException, InterruptedException {
        URI status = service.uri("/ops/projections/" + NetworkReadModel.NAME);
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        long lastPrinted = 0;
        while (true) {
            JsonObject projection = new JsonObject(get(status, managerToken).body());
            long lag = projection.getLong("lag");
            if (lag == 0 && !projection.getBoolean("rebuilding")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The network projection has not caught up after 15 min: " + projection.encode());
            }
            if (System.nanoTime() - lastPrinted > Duration.ofSeconds(5).toNanos()) {
                System.out.printf("  network projection lag %,d%s%n", lag,
                        projection.getString("lastError") == null ? "" : ", last error: " + projection.getString("lastError"));
                lastPrinted = System.nanoTime();
            }
            Thread.sleep(200);
        }
    }

    /** Waits until no closeness subject is marked, so the publisher does not compete with the timed reads. */
    private static long awaitPublisherIdle(Pool pool) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (count(pool, "SELECT count(*) FROM closeness_dirty") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Subjects still marked for the closeness publisher after 5 min");
            }
            Thread.sleep(200);
        }
        return count(pool, "SELECT count(*) FROM closeness_published");
    }

    private static void printReadModel(Pool pool) {
        System.out.printf("Read model: %,d person_interaction rows, %,d person_activity rows, %,d person_assessment rows,"
                        + " %,d events in the store%n",
                count(pool, "SELECT count(*) FROM person_interaction"), count(pool, "SELECT count(*) FROM person_activity"),
                count(pool, "SELECT count(*) FROM person_assessment"), count(pool, "SELECT count(*) FROM es_event"));
    }

    /**
     * What autovacuum has long done on a production database of this size, and not yet on one seeded seconds ago:
     * fresh planner statistics, and the visibility map that lets a read take the interaction window from the index
     * alone.
     */
    private static void vacuumAnalyze(Pool pool) {
        long startedAt = System.nanoTime();
        pool.query("VACUUM (ANALYZE)").execute().await().indefinitely();
        System.out.printf("VACUUM (ANALYZE) in %.1f s%n", seconds(startedAt));
    }

    /** Fails unless the chain reads with every member: a benchmark of an empty chain would prove nothing. */
    private void checkChain(URI uri, String when) throws IOException, InterruptedException {
        HttpResponse<String> response = get(uri, readerToken);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonObject chain = new JsonObject(response.body());
        if (chain.getInteger("members") != members) {
            throw new IllegalStateException("The chain has " + chain.getInteger("members") + " members " + when
                    + ", expected " + members);
        }
        System.out.printf("Chain %s: %d members, R %.1f S %.1f P %.1f C %.1f, band %s, coverage %.2f (%,d bytes of JSON)%n",
                when, chain.getInteger("members"), chain.getDouble("r"), chain.getDouble("s"), chain.getDouble("p"),
                chain.getDouble("c"), chain.getString("band"), chain.getDouble("coverage"), response.body().length());
    }

    /**
     * Times one read, and counts the CPU the service's JVM and the database's server processes spent meanwhile:
     * on a busy machine latency depends on what else runs, the CPU per request much less.
     */
    private Timing measure(String label, URI uri, ServiceJar service, Pool pool)
            throws IOException, InterruptedException {
        HttpRequest request = request(uri);
        long[] nanos = new long[MEASURED];
        Duration serviceCpu = cpuTime(service);
        Map<Long, Duration> databaseCpu = databaseCpu(pool);
        long started = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            long sent = System.nanoTime();
            send(request);
            nanos[i] = System.nanoTime() - sent;
        }
        long elapsed = System.nanoTime() - started;
        Timing timing = new Timing(label, nanos, elapsed, cpuTime(service).minus(serviceCpu),
                spentSince(databaseCpu, databaseCpu(pool)));
        System.out.printf("  %s: p50 %.2f ms, p99 %.2f ms%n", label, timing.percentile(0.5), timing.percentile(0.99));
        return timing;
    }

    private static Duration cpuTime(ServiceJar service) {
        return service.cpuTime().orElseThrow(() -> new IllegalStateException(
                "This platform does not report the CPU time of process " + service.pid()));
    }

    /** CPU time so far of each PostgreSQL server process serving the service's database, by process id. */
    private static Map<Long, Duration> databaseCpu(Pool pool) {
        Map<Long, Duration> cpu = new HashMap<>();
        pool.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database()").execute().await().indefinitely()
                .forEach(row -> {
                    long pid = row.getInteger("pid");
                    ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                            .ifPresent(spent -> cpu.put(pid, spent));
                });
        return cpu;
    }

    /** What the processes spent between the two readings; one that ended in between is not counted. */
    private static Duration spentSince(Map<Long, Duration> before, Map<Long, Duration> after) {
        Duration spent = Duration.ZERO;
        for (Map.Entry<Long, Duration> process : after.entrySet()) {
            spent = spent.plus(process.getValue().minus(before.getOrDefault(process.getKey(), Duration.ZERO)));
        }
        return spent;
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", readerToken).GET().build();
    }

    private void send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body()));
        }
    }

    private HttpResponse<String> get(URI uri, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long count(Pool pool, String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private synchronized <T extends AutoCloseable> T onStop(T resource) {
        started.push(resource);
        return resource;
    }

    /** Stops the service, then the database client, Kafka and PostgreSQL; runs once, later calls find nothing left. */
    private synchronized void stopAll() {
        if (started.isEmpty()) {
            return;
        }
        System.out.println("Stopping network-service, Kafka and PostgreSQL ...");
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("  could not stop cleanly: " + e);
            }
        }
        System.out.println("Stopped.");
    }

    /** {@code network-service/target}, found from where this class was loaded ({@code target/test-classes}). */
    private static Path moduleTarget() throws URISyntaxException {
        Path classes = Path.of(ClosenessReadBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Something that happened at {@code at}, appended in time order with the rest of the history. */
    private record Happening(Instant at, Runnable append) {
    }

    private record Seeded(int events, UUID busiest, int busiestInteractions) {
    }

    /**
     * The latencies of one read, in nanoseconds, in the order they were sent, and the CPU the service and the
     * database spent meanwhile (including their own background polling, a small share).
     */
    private record Timing(String label, long[] nanos, long totalNanos, Duration serviceCpu, Duration databaseCpu) {

        /** Nearest rank: the smallest latency that at least {@code q} of the requests did not exceed, in ms. */
        double percentile(double q) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(q * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        String row() {
            return String.format("| %s | %,d | %.2f | %.2f | %.2f | %.2f | %,.0f | %.2f | %.2f |", label, nanos.length,
                    percentile(0.5), percentile(0.9), percentile(0.99), percentile(1.0), nanos.length / (totalNanos / 1e9),
                    perRequest(serviceCpu), perRequest(databaseCpu));
        }

        private double perRequest(Duration cpu) {
            return cpu.toNanos() / 1e6 / nanos.length;
        }
    }
}
