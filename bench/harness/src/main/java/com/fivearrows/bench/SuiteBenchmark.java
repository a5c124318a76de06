package com.fivearrows.bench;

import com.fivearrows.bench.Results.Better;
import com.fivearrows.bench.Results.Figure;
import com.fivearrows.platform.embedded.DevTokens;
import io.vertx.core.Vertx;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One benchmark run of the suite on this machine (bench/README.md): start-up and memory (B5), the ceilings (B4),
 * command throughput (B1), end-to-end lag (B2) and replay (B3), each of our figures beside the ceiling that bounds it.
 * Prints progress while it runs and writes the table to {@code bench/results/}.
 *
 * <p>Arguments: {@code --smoke} for a run of seconds per step that only checks the harness works; {@code --profile} to
 * record network-service with JFR during B1's measured time and 30 s of B3's rebuild; {@code --no-replay} to leave B3
 * out (a shorter run while working on the others).
 */
public final class SuiteBenchmark {
    private static final double B1_TARGET_RATE = 2_000;
    private static final double B1_TARGET_P99 = 50;
    private static final double B1_TARGET_SHARE = 50;
    private static final double B2_TARGET_P99 = 100;
    private static final double B3_TARGET_RATE = 100_000;
    private static final double B5_TARGET_READY = 3;
    private static final double B5_TARGET_RSS = 300;
    private static final int LAG_RATE_LOW = 100;
    private static final int LAG_RATE_HIGH = 500;

    private final Path root;
    private final Settings settings;
    private final boolean profile;
    private final boolean replay;
    private final Progress progress = new Progress();
    private final Results results = new Results();
    private final String sellerToken = DevTokens.mint("bench.seller", Set.of("seller"), Duration.ofHours(2));
    private final String managerToken = DevTokens.mint("bench.manager", Set.of("manager"), Duration.ofHours(2));

    private SuiteBenchmark(Path root, Settings settings, List<String> options) {
        this.root = root;
        this.settings = settings;
        this.profile = options.contains("--profile");
        this.replay = !options.contains("--no-replay");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("five-arrows.root", ".")).toAbsolutePath().normalize();
        boolean smoke = List.of(args).contains("--smoke");
        int exitCode = 0;
        try {
            new SuiteBenchmark(root, smoke ? Settings.smokeRun() : Settings.fullRun(), List.of(args)).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            exitCode = 1;
        }
        // The HTTP client's event loops would keep the JVM alive.
        System.exit(exitCode);
    }

    private void run() throws Exception {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        describeMachine();
        Vertx vertx = Vertx.vertx();
        try (Suite suite = Suite.start(root, root.resolve("bench/target/run"), progress, profile);
             Http http = new Http(vertx, Math.max(settings.clients(), 16))) {
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "bench-stop"));
            Map<String, Double> rssAtStart = suite.rssNow();

            progress.say("B4 ceilings: INSERTs into the same PostgreSQL over %d connections, records to the same broker",
                    Ceilings.POOL_SIZE);
            Ceilings ceilings = new Ceilings(suite, vertx);
            double singleInserts = ceilings.insertRate(1, settings.insertWarmUp(), settings.insertMeasured());
            progress.say("  single-row INSERT: %,.0f rows/s", singleInserts);
            double batchedInserts = ceilings.insertRate(Ceilings.BATCH, settings.insertWarmUp(), settings.insertMeasured());
            progress.say("  INSERT of %d rows a statement: %,.0f rows/s", Ceilings.BATCH, batchedInserts);
            double produced = ceilings.produceRate(settings.eventSize(), settings.insertWarmUp(), settings.insertMeasured());
            progress.say("  Kafka produce, %d-byte records, acks=all: %,.0f records/s", settings.eventSize(), produced);
            Latencies kafkaLag = ceilings.produceToConsume(settings.eventSize(), LAG_RATE_HIGH, settings.lagMeasured());
            progress.say("  Kafka produce → consume at %d/s: p50 %.1f ms, p99 %.1f ms", LAG_RATE_HIGH,
                    kafkaLag.percentileMillis(0.5), kafkaLag.percentileMillis(0.99));

            Commands commands = new Commands(http, sellerToken);
            progress.say("B1 set-up: %d key persons of account %s", settings.persons(), Commands.ACCOUNT);
            List<String> persons = new Commands(http, managerToken)
                    .registerPersons(suite.uri(Suite.NETWORK, "/key-persons"), settings.persons());
            CommandLoad plain = commandLoad(suite, commands, Suite.PLAIN, persons, "B4 plain endpoint");
            CommandLoad b1 = commandLoad(suite, commands, Suite.NETWORK, persons, "B1 network-service");

            EndToEnd endToEnd = new EndToEnd(suite, http, managerToken, progress);
            progress.say("B2 set-up: %d opportunities, each with a decision chain of one key person", settings.chains());
            endToEnd.setUp(settings.chains());
            endToEnd.awaitQuiet(Duration.ofMinutes(3));
            List<EndToEnd.Phase> phases = List.of(
                    lagPhase(endToEnd, LAG_RATE_LOW + "/s", LAG_RATE_LOW),
                    lagPhase(endToEnd, LAG_RATE_HIGH + "/s", LAG_RATE_HIGH),
                    lagPhase(endToEnd, "saturation (B1's rate)", Math.max(b1.result().perSecond(), LAG_RATE_HIGH)));
            Map<String, Double> rssAfterLoad = suite.rssNow();

            ReplayRun rebuilt = replay ? replay(suite, http) : null;

            report(suite, rssAtStart, rssAfterLoad, singleInserts, batchedInserts, produced, kafkaLag, plain, b1, phases,
                    rebuilt);
        } finally {
            vertx.close();
        }
        results.context("load average at the end (1, 5, 15 min)", Processes.loadAverage());
        results.context("run took", String.format("%.0f s", progress.seconds()));
        Path directory = root.resolve("bench/results");
        List<Path> written = results.write(directory, stamp + (settings.smoke() ? "-smoke" : ""));
        System.out.println();
        System.out.println(results.markdown());
        progress.say("written: %s", written);
    }

    private ReplayRun replay(Suite suite, Http http) throws Exception {
        progress.say("B3 replay: %,d stored interactions, then a rebuild of the network projection", settings.replayEvents());
        awaitRelayed(suite);
        Replay replay = new Replay(suite, http, managerToken, progress);
        replay.seed(settings.replayEvents());
        if (profile) {
            progress.say("  recording network-service with JFR: %s",
                    suite.record(Suite.NETWORK, "b3", Duration.ofSeconds(10), Duration.ofSeconds(30)));
        }
        if (profile) {
            suite.resetStatements(Suite.NETWORK);
        }
        Map<String, Double> before = suite.cpuSeconds();
        Replay.Result rebuilt = replay.rebuild();
        Map<String, Double> cpu = cpuMillisPer(before, suite.cpuSeconds(), rebuilt.events() / 1000.0);
        progress.say("  %,d events replayed in %.1f s: %,.0f events/s", rebuilt.events(), rebuilt.seconds(), rebuilt.perSecond());
        progress.say("  CPU per 1,000 events: %s", cpuText(cpu));
        if (profile) {
            progress.say("  statements: %s", suite.writeStatements(Suite.NETWORK, "b3"));
        }
        return new ReplayRun(rebuilt, cpu);
    }

    /** One closed-loop run of {@code POST /interactions} and the CPU each part of the run spent per command. */
    private record CommandLoad(ClosedLoop.Result result, Map<String, Double> cpuMillisPerCommand) {
        String cpu() {
            return cpuText(cpuMillisPerCommand);
        }
    }

    /** B3's rebuild and the CPU each part of the run spent per 1,000 events replayed. */
    private record ReplayRun(Replay.Result result, Map<String, Double> cpuMillisPerThousand) {
        String cpu() {
            return cpuText(cpuMillisPerThousand);
        }
    }

    /** The CPU milliseconds each part of the run spent between two {@link Suite#cpuSeconds} readings, per unit of work. */
    private static Map<String, Double> cpuMillisPer(Map<String, Double> before, Map<String, Double> after, double units) {
        Map<String, Double> per = new LinkedHashMap<>();
        after.forEach((name, seconds) -> per.put(name, (seconds - before.get(name)) * 1000 / units));
        return per;
    }

    private static String cpuText(Map<String, Double> millisByPart) {
        StringBuilder text = new StringBuilder();
        millisByPart.forEach((name, millis) -> {
            if (millis >= 0.005) {
                text.append(text.length() == 0 ? "" : ", ").append(String.format("%s %.2f ms", name, millis));
            }
        });
        return text.toString();
    }

    private CommandLoad commandLoad(Suite suite, Commands commands, String service, List<String> persons, String label)
            throws Exception {
        progress.say("%s POST /interactions: %d callers, %d s warm-up, %d s measured", label, settings.clients(),
                settings.commandWarmUp().toSeconds(), settings.commandMeasured().toSeconds());
        URI interactions = suite.uri(service, "/interactions");
        commands.run(interactions, persons, settings.clients(), Duration.ZERO, settings.commandWarmUp());
        boolean profiled = profile && service.equals(Suite.NETWORK);
        if (profiled) {
            progress.say("  recording %s with JFR: %s", service,
                    suite.record(service, "b1", Duration.ZERO, settings.commandMeasured()));
            suite.resetStatements(service);
        }
        Map<String, Double> before = suite.cpuSeconds();
        ClosedLoop.Result result = commands.run(interactions, persons, settings.clients(), Duration.ZERO,
                settings.commandMeasured());
        CommandLoad load = new CommandLoad(result, cpuMillisPer(before, suite.cpuSeconds(), result.succeeded()));
        say("  " + service, result);
        progress.say("  CPU per command: %s", load.cpu());
        if (profiled) {
            progress.say("  statements: %s", suite.writeStatements(service, "b1"));
        }
        return load;
    }

    private EndToEnd.Phase lagPhase(EndToEnd endToEnd, String name, double rate) throws Exception {
        progress.say("B2 at %s: %,.0f interactions/s for %d s", name, rate, settings.lagMeasured().toSeconds());
        EndToEnd.Phase phase = endToEnd.run(name, rate, settings.lagMeasured());
        progress.say("  sent %,d (%,.0f/s), seen in opportunity-service %,d; lag p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " %d sent late for want of a free chain", phase.sent(), phase.achievedRate(), phase.observed(),
                phase.lags().percentileMillis(0.5), phase.lags().percentileMillis(0.99), phase.lags().maxMillis(),
                phase.waitedForChain());
        progress.say("  of which %s", stages(phase));
        return phase;
    }

    /** The two halves of an end-to-end lag, as read from the stores after a phase. */
    private static String stages(EndToEnd.Phase phase) {
        return String.format("interaction stored → chain's ClosenessChanged stored (network-service's projection and"
                        + " publisher) p50 %.1f ms, p99 %.1f ms (%,d); ClosenessChanged stored → opportunity-service has it"
                        + " (relay, Kafka, consumer; each chain's last of the phase) p50 %.1f ms, p99 %.1f ms (%,d)",
                phase.published().percentileMillis(0.5), phase.published().percentileMillis(0.99), phase.published().count(),
                phase.delivered().percentileMillis(0.5), phase.delivered().percentileMillis(0.99), phase.delivered().count());
    }

    private void say(String who, ClosedLoop.Result result) {
        progress.say("%s: %,.0f commands/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%s", who, result.perSecond(),
                result.latencies().percentileMillis(0.5), result.latencies().percentileMillis(0.99),
                result.latencies().maxMillis(), result.otherStatuses().isEmpty() ? "" : ", other answers " + result.otherStatuses());
    }

    /** Waits until the relay has published everything, so the replay's stored history starts from a quiet store. */
    private void awaitRelayed(Suite suite) throws Exception {
        try (Connection db = suite.connect(Suite.NETWORK)) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (Sql.stillPublishing(db)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("network-service still publishing 2 min after B2");
                }
                Thread.sleep(200);
            }
        }
    }

    private void describeMachine() {
        results.context("date (UTC)", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        results.context("machine", String.format("%s, %d cores, %.0f GiB", Processes.cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        results.context("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        results.context("mode", settings.smoke() ? "smoke (seconds per step: checks the harness, not the suite)" : "full");
        results.context("everything on this machine", "PostgreSQL, the broker, the services and the load generator share"
                + " the cores; the load generator is this JVM, every service and the broker its own");
        results.context("load average at the start (1, 5, 15 min)", Processes.loadAverage());
    }

    private void report(Suite suite, Map<String, Double> rssAtStart, Map<String, Double> rssAfterLoad, double singleInserts,
                        double batchedInserts, double produced, Latencies kafkaLag, CommandLoad plainLoad,
                        CommandLoad b1Load, List<EndToEnd.Phase> phases, ReplayRun replayRun) {
        ClosedLoop.Result plain = plainLoad.result();
        ClosedLoop.Result b1 = b1Load.result();
        String callers = settings.clients() + " callers";
        String plainWhat = "plain endpoint, one INSERT, same stack";
        results.add(new Figure("B1", "commands/s, `POST /interactions` to network-service, " + callers, b1.perSecond(),
                "cmd/s", plain.perSecond(), plainWhat, Better.HIGHER, B1_TARGET_RATE, ""));
        results.add(new Figure("B1", "share of the plain endpoint's rate", 100 * b1.perSecond() / plain.perSecond(), "%",
                Double.NaN, "", Better.HIGHER, B1_TARGET_SHARE, ""));
        results.add(new Figure("B1", "commands/s against single-row INSERTs", b1.perSecond(), "cmd/s", singleInserts,
                "raw single-row INSERT, " + Ceilings.POOL_SIZE + " connections", Better.HIGHER, Double.NaN, ""));
        results.add(new Figure("B1", "latency p50", b1.latencies().percentileMillis(0.5), "ms",
                plain.latencies().percentileMillis(0.5), plainWhat, Better.LOWER, Double.NaN, ""));
        results.add(new Figure("B1", "latency p99", b1.latencies().percentileMillis(0.99), "ms",
                plain.latencies().percentileMillis(0.99), plainWhat, Better.LOWER, B1_TARGET_P99, ""));
        results.add(new Figure("B1", "latency max", b1.latencies().maxMillis(), "ms", plain.latencies().maxMillis(),
                plainWhat, Better.LOWER, Double.NaN, ""));
        results.note("B1 CPU per command (every process of the run): " + b1Load.cpu());
        results.note("Plain endpoint CPU per command: " + plainLoad.cpu());
        if (!b1.otherStatuses().isEmpty() || !plain.otherStatuses().isEmpty()) {
            results.note("B1 answers other than 201 (status: count; -1 = no answer): network-service " + b1.otherStatuses()
                    + ", plain " + plain.otherStatuses());
        }

        String kafkaWhat = "Kafka produce → consume at " + LAG_RATE_HIGH + "/s";
        for (EndToEnd.Phase phase : phases) {
            boolean targeted = phase.name().equals(LAG_RATE_HIGH + "/s");
            String note = String.format("%,d sent at %,.0f/s, %,d seen%s", phase.sent(), phase.achievedRate(), phase.observed(),
                    phase.waitedForChain() == 0 ? "" : String.format(", %,d sent late: no free chain", phase.waitedForChain()));
            results.add(new Figure("B2", "interaction → opportunity-service p50, " + phase.name(),
                    phase.lags().percentileMillis(0.5), "ms", kafkaLag.percentileMillis(0.5), kafkaWhat, Better.LOWER,
                    Double.NaN, note));
            results.add(new Figure("B2", "interaction → opportunity-service p99, " + phase.name(),
                    phase.lags().percentileMillis(0.99), "ms", kafkaLag.percentileMillis(0.99), kafkaWhat, Better.LOWER,
                    targeted ? B2_TARGET_P99 : Double.NaN, ""));
            results.note("B2 at " + phase.name() + ", where the time went: " + stages(phase));
        }

        if (replayRun == null) {
            results.note("B3 was left out of this run (--no-replay).");
        } else {
            Replay.Result rebuilt = replayRun.result();
            results.add(new Figure("B3", String.format("replay into the closeness read model (%,d events)", rebuilt.events()),
                    rebuilt.perSecond(), "events/s", batchedInserts, "raw INSERT of " + Ceilings.BATCH + " rows a statement",
                    Better.HIGHER, B3_TARGET_RATE, String.format("%.1f s", rebuilt.seconds())));
            results.note("B3 CPU per 1,000 events replayed (every process of the run): " + replayRun.cpu());
        }

        results.add(new Figure("B4", "single-row INSERT, " + Ceilings.POOL_SIZE + " connections", singleInserts, "rows/s",
                Double.NaN, "", Better.HIGHER, Double.NaN, ""));
        results.add(new Figure("B4", "INSERT of " + Ceilings.BATCH + " rows a statement, " + Ceilings.POOL_SIZE
                + " connections", batchedInserts, "rows/s", Double.NaN, "", Better.HIGHER, Double.NaN, ""));
        results.add(new Figure("B4", "Kafka produce, " + settings.eventSize() + "-byte records, acks=all, relay's settings",
                produced, "records/s", Double.NaN, "", Better.HIGHER, Double.NaN, ""));
        results.add(new Figure("B4", kafkaWhat + ", p50 / p99", kafkaLag.percentileMillis(0.5), "ms", Double.NaN, "",
                Better.LOWER, Double.NaN, String.format("p99 %.1f ms", kafkaLag.percentileMillis(0.99))));
        results.add(new Figure("B4", "plain endpoint, " + callers, plain.perSecond(), "cmd/s", Double.NaN, "",
                Better.HIGHER, Double.NaN, String.format("p50 %.1f ms, p99 %.1f ms", plain.latencies().percentileMillis(0.5),
                        plain.latencies().percentileMillis(0.99))));

        double plainReady = suite.starts().stream().filter(start -> start.name().startsWith(Suite.PLAIN))
                .mapToDouble(Suite.Start::readySeconds).findFirst().orElse(Double.NaN);
        // The targets are the services'; the broker's figures stand beside them for comparison.
        for (Suite.Start start : suite.starts()) {
            boolean plainService = start.name().startsWith(Suite.PLAIN);
            boolean broker = start.name().startsWith(Suite.BROKER);
            results.add(new Figure("B5", "time to ready: " + start.name(), start.readySeconds(), "s",
                    plainService ? Double.NaN : plainReady, "plain service, same stack", Better.LOWER,
                    plainService || broker ? Double.NaN : B5_TARGET_READY,
                    String.format("RSS %.0f MiB when ready", start.rssMegabytes())));
        }
        double plainRss = rssAfterLoad.getOrDefault(Suite.PLAIN, Double.NaN);
        rssAfterLoad.forEach((name, rss) -> results.add(new Figure("B5", "RSS after B1 and B2: " + name, rss, "MiB",
                name.equals(Suite.PLAIN) ? Double.NaN : plainRss, "plain service after B4", Better.LOWER,
                name.equals(Suite.PLAIN) || name.equals(Suite.BROKER) ? Double.NaN : B5_TARGET_RSS,
                String.format("%.0f MiB once started", rssAtStart.getOrDefault(name, Double.NaN)))));
    }
}
