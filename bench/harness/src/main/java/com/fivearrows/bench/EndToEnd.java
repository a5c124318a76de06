package com.fivearrows.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * B2: the time from a seller recording an interaction to opportunity-service holding the decision chain's closeness
 * that counts it. The path: {@code POST /interactions} appends to network-service's store; its {@code network}
 * projection applies it and marks the person and the chain; the closeness publisher evaluates the chain and appends
 * {@code ClosenessChanged}; the relay publishes it to Kafka; opportunity-service's consumer keeps it in
 * {@code chain_closeness} (and re-grades the opportunity) in one transaction, stamping {@code received_at}.
 *
 * <p>Every chain has one member of its own, never assessed, so each interaction moves the chain's C by several points
 * and is published (the rule publishes moves of at least 1 point): executive meetings, positive then negative twice,
 * take the activity A from 0 to 8, 4 and back to 0, so C goes 0 → 8.8 → 5.3 → 0 (C = 0.4 × 0.4 × I). A chain gets
 * its next interaction only once opportunity-service holds the closeness that counts the previous one, so each
 * interaction maps to exactly one publication and its lag is exact: {@code received_at} minus the moment the
 * interaction was sent, both read from this machine's clock.
 */
final class EndToEnd {
    static final String ACCOUNT = "bench-b2";
    private static final List<String> OUTCOMES = List.of("POSITIVE", "NEGATIVE", "NEGATIVE");
    // How often opportunity-service's chain closeness is read. The lag is taken from the row's received_at, so this
    // only sets how soon a chain is free for its next interaction.
    private static final Duration POLL = Duration.ofMillis(20);
    // Rows are read from a little before the latest received_at seen: opportunity-service writes received_at in its
    // transaction, and with several consumers a row written earlier may commit after one written later.
    private static final Duration COMMIT_MARGIN = Duration.ofMillis(250);
    private static final Duration DRAIN = Duration.ofSeconds(30);
    // The chains opportunity-service learnt a closeness of since a time, with the version it holds and when.
    private static final String CHANGED_CHAINS =
            "SELECT opportunity_id, version, received_at FROM chain_closeness WHERE received_at > ?";

    /**
     * One rate's figures: {@code lags} end to end; {@code published} from each interaction stored to its chain's
     * {@code ClosenessChanged} stored (network-service's projection and publisher); {@code delivered} from a chain's
     * last {@code ClosenessChanged} of the phase stored to opportunity-service having it (relay, Kafka, consumer).
     */
    record Phase(String name, double targetRate, double achievedRate, int sent, int observed, int waitedForChain,
                 Latencies lags, Latencies published, Latencies delivered) {
    }

    // For each chain ClosenessChanged stored since $1, the time since the latest interaction of that chain stored
    // before it, in milliseconds: what network-service took to project and publish it.
    private static final String PUBLISHED = """
            WITH i AS (SELECT data->>'opportunityId' AS opp, recorded_at FROM es_event
                        WHERE event_type = 'InteractionRecorded' AND recorded_at > ?),
                 c AS (SELECT substring(stream_id FROM length('closeness:chain:') + 1) AS opp, position, recorded_at
                         FROM es_event WHERE stream_id LIKE 'closeness:chain:%' AND recorded_at > ?)
            SELECT extract(epoch FROM c.recorded_at - max(i.recorded_at)) * 1000
              FROM c JOIN i USING (opp)
             WHERE i.recorded_at <= c.recorded_at
             GROUP BY c.position, c.recorded_at""";

    private final Suite suite;
    private final Http http;
    private final String token;
    private final Progress progress;
    private final Deque<String> free = new ArrayDeque<>();
    private final Map<String, String> memberOf = new HashMap<>();
    private final Map<String, Integer> sentCount = new HashMap<>();
    // Chains waiting for their closeness: the version they had when the interaction was sent, and when it was sent.
    private final Map<String, Long> inFlightVersion = new HashMap<>();
    private final Map<String, Instant> inFlightSince = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();

    EndToEnd(Suite suite, Http http, String token, Progress progress) {
        this.suite = suite;
        this.http = http;
        this.token = token;
        this.progress = progress;
    }

    /** Opens {@code chains} opportunities, each with a decision chain of one key person of its own. */
    void setUp(int chains) {
        URI opportunities = suite.uri(Suite.OPPORTUNITY, "/opportunities");
        URI keyPersons = suite.uri(Suite.NETWORK, "/key-persons");
        String closeDate = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();
        List<Integer> indexes = IntStream.range(0, chains).boxed().toList();
        List<String> opened = Http.forEach(indexes, 16, i -> http.post(opportunities, token, new JsonObject()
                        .put("accountId", ACCOUNT).put("name", "Bench deal " + i).put("owner", "bench.seller")
                        .put("team", new JsonArray().add("bench.seller"))
                        .put("amount", new JsonObject().put("value", "100000.00").put("currency", "EUR"))
                        .put("expectedCloseDate", closeDate).encode())
                .map(answer -> idOf(answer, 201, "opening an opportunity", "opportunityId")));
        List<String> persons = Http.forEach(indexes, 16, i -> http.post(keyPersons, token, new JsonObject()
                        .put("accountId", ACCOUNT).put("name", "Chain Member " + i).put("title", "CIO").put("department", "IT")
                        .put("seniority", "EXECUTIVE").put("scope", "OPPORTUNITY").put("kind", "DECISION_MAKER").encode())
                .map(answer -> idOf(answer, 201, "registering a key person", "keyPersonId")));
        Http.forEach(indexes, 16, i -> http.post(suite.uri(Suite.NETWORK, "/decision-chains/" + opened.get(i) + "/members"),
                        token, new JsonObject().put("keyPersonId", persons.get(i)).encode())
                .map(answer -> idOf(answer, 201, "adding a chain member", null)));
        for (int i = 0; i < chains; i++) {
            memberOf.put(opened.get(i), persons.get(i));
            sentCount.put(opened.get(i), 0);
            free.add(opened.get(i));
        }
    }

    private static String idOf(Http.Answer answer, int status, String what, String field) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
        return field == null ? null : Http.json(answer, what).getString(field);
    }

    /**
     * Sends interactions at {@code perSecond} for {@code measured} to chains that have nothing in flight, and waits
     * until opportunity-service has every one of them (at most 30 s after the last).
     */
    Phase run(String name, double perSecond, Duration measured) throws SQLException, InterruptedException {
        Latencies lags = new Latencies();
        int total = (int) Math.round(perSecond * measured.toNanos() / 1e9);
        int waited = 0;
        int observed = 0;
        Instant phaseStart = Instant.now();
        try (Connection db = suite.connect(Suite.OPPORTUNITY);
             PreparedStatement changed = db.prepareStatement(CHANGED_CHAINS)) {
            Instant watermark = latestReceivedAt(db);
            long start = System.nanoTime();
            long every = (long) (1e9 / perSecond);
            long nextPoll = start;
            int sent = 0;
            boolean waiting = false;
            while (sent < total) {
                long now = System.nanoTime();
                if (now >= nextPoll) {
                    watermark = observe(changed, watermark, lags);
                    nextPoll = now + POLL.toNanos();
                }
                long due = start + sent * every;
                if (now < due) {
                    LockSupport.parkNanos(Math.min(due, nextPoll) - now);
                } else if (free.isEmpty()) {
                    // Every chain still waits for its previous interaction: this one goes out late, and is counted.
                    waiting = true;
                    LockSupport.parkNanos(Math.max(0, nextPoll - now));
                } else {
                    send(free.poll());
                    sent++;
                    waited += waiting ? 1 : 0;
                    waiting = false;
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long drainUntil = System.nanoTime() + DRAIN.toNanos();
            while (!inFlightSince.isEmpty() && System.nanoTime() < drainUntil) {
                watermark = observe(changed, watermark, lags);
                TimeUnit.NANOSECONDS.sleep(POLL.toNanos());
            }
            // A consumer transaction that took longer than the margin to commit lands behind the watermark: one last
            // read of everything the phase changed tells such a late commit from an interaction that never arrived.
            observe(changed, phaseStart.plus(COMMIT_MARGIN), lags);
            observed = lags.count();
            int lost = inFlightSince.size();
            if (lost > 0) {
                progress.say("  %d interactions not seen in opportunity-service %d s after the last was sent", lost,
                        DRAIN.toSeconds());
                inFlightSince.keySet().forEach(free::add);
                inFlightSince.clear();
                inFlightVersion.clear();
            }
            try (Connection network = suite.connect(Suite.NETWORK)) {
                return new Phase(name, perSecond, total / elapsed, total, observed, waited, lags,
                        published(network, phaseStart), delivered(network, db, phaseStart));
            }
        }
    }

    private static Latencies published(Connection network, Instant since) throws SQLException {
        Latencies published = new Latencies();
        try (PreparedStatement query = network.prepareStatement(PUBLISHED)) {
            query.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            query.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    published.record((long) (rows.getDouble(1) * 1e6));
                }
            }
        }
        return published;
    }

    /**
     * From each chain's last ClosenessChanged of the phase stored in network-service to opportunity-service having
     * it: opportunity-service keeps only a chain's latest version, so one per chain, the last of the phase.
     */
    private static Latencies delivered(Connection network, Connection opportunity, Instant since) throws SQLException {
        Map<String, Instant> stored = new HashMap<>();
        try (PreparedStatement query = network.prepareStatement("SELECT stream_id, version, recorded_at FROM es_event"
                + " WHERE stream_id LIKE 'closeness:chain:%' AND recorded_at > ?")) {
            query.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1) + "@" + rows.getLong(2), rows.getObject(3, OffsetDateTime.class).toInstant());
                }
            }
        }
        Latencies delivered = new Latencies();
        try (PreparedStatement query = opportunity.prepareStatement(CHANGED_CHAINS)) {
            query.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant at = stored.get("closeness:chain:" + rows.getString(1) + "@" + rows.getLong(2));
                    if (at != null) {
                        delivered.record(Duration.between(at, rows.getObject(3, OffsetDateTime.class).toInstant()).toNanos());
                    }
                }
            }
        }
        return delivered;
    }

    private void send(String chain) {
        int n = sentCount.merge(chain, 1, Integer::sum) - 1;
        String body = new JsonObject().put("keyPersonIds", new JsonArray().add(memberOf.get(chain)))
                .put("type", "EXECUTIVE_MEETING").put("occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
                .put("outcome", OUTCOMES.get(n % OUTCOMES.size())).put("opportunityId", chain).encode();
        inFlightVersion.put(chain, versions.getOrDefault(chain, 0L));
        inFlightSince.put(chain, Instant.now());
        http.post(suite.uri(Suite.NETWORK, "/interactions"), token, body).onComplete(answer -> {
            if (answer.failed() || answer.result().status() != 201) {
                progress.say("  an interaction for chain %s failed: %s", chain,
                        answer.failed() ? answer.cause() : answer.result().status() + " " + answer.result().body());
            }
        });
    }

    /** Reads the chains opportunity-service updated since {@code watermark}; frees those whose interaction arrived. */
    private Instant observe(PreparedStatement changed, Instant watermark, Latencies lags) throws SQLException {
        changed.setObject(1, OffsetDateTime.ofInstant(watermark.minus(COMMIT_MARGIN), ZoneOffset.UTC));
        Instant latest = watermark;
        try (ResultSet rows = changed.executeQuery()) {
            while (rows.next()) {
                String chain = rows.getString(1);
                long version = rows.getLong(2);
                Instant receivedAt = rows.getObject(3, OffsetDateTime.class).toInstant();
                latest = receivedAt.isAfter(latest) ? receivedAt : latest;
                versions.merge(chain, version, Math::max);
                Long before = inFlightVersion.get(chain);
                if (before != null && version > before) {
                    lags.record(Duration.between(inFlightSince.get(chain), receivedAt).toNanos());
                    inFlightVersion.remove(chain);
                    inFlightSince.remove(chain);
                    free.add(chain);
                }
            }
        }
        return latest;
    }

    /** Waits until the set-up's own closeness publications have reached opportunity-service, and notes versions. */
    void awaitQuiet(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection network = suite.connect(Suite.NETWORK); Connection opportunity = suite.connect(Suite.OPPORTUNITY)) {
            long stableSince = System.nanoTime();
            long lastSeen = -1;
            while (System.nanoTime() < deadline) {
                boolean publishing = Sql.stillPublishing(network);
                long seen = Sql.count(opportunity, "SELECT coalesce(sum(version), 0) FROM chain_closeness");
                if (publishing || seen != lastSeen) {
                    stableSince = System.nanoTime();
                    lastSeen = seen;
                } else if (System.nanoTime() - stableSince > Duration.ofSeconds(2).toNanos()) {
                    try (ResultSet rows = opportunity.createStatement().executeQuery(
                            "SELECT opportunity_id, version FROM chain_closeness")) {
                        while (rows.next()) {
                            versions.put(rows.getString(1), rows.getLong(2));
                        }
                    }
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
            throw new IllegalStateException("closeness publication still busy after " + timeout.toSeconds() + " s");
        }
    }

    private static Instant latestReceivedAt(Connection db) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery("SELECT max(received_at) FROM chain_closeness")) {
            rows.next();
            OffsetDateTime latest = rows.getObject(1, OffsetDateTime.class);
            return latest == null ? Instant.EPOCH : latest.toInstant();
        }
    }
}
