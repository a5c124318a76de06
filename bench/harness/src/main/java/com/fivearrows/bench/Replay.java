package com.fivearrows.bench;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * B3: rebuilding network-service's read model (the {@code network} projection: interactions, activity sums, and the
 * closeness marks) from a store of {@code events} interactions plus what the run recorded before, through the ops
 * endpoint an operator would use.
 *
 * <p>The history is written straight into the stored events as network-service itself writes them (one
 * {@code InteractionRecorded} per interaction stream) while the service is stopped, spread over two years among the
 * key persons of B1, with the relay's and the projection's checkpoints moved past it: it is history that was
 * published and projected long ago. The service is then started again (a start-up with a full store) and asked to
 * rebuild.
 */
final class Replay {
    private static final String SEED = """
            WITH persons AS (SELECT array_agg(key_person_id ORDER BY key_person_id) AS ids FROM key_person WHERE account_id = ?),
                 history AS (SELECT i, md5('bench-interaction-' || i)::uuid AS interaction_id,
                                    md5('bench-event-' || i)::uuid AS event_id,
                                    now() - interval '1 hour' - random() * interval '730 days' AS occurred_at
                               FROM generate_series(1, ?) AS i),
                 streams AS (INSERT INTO es_stream (stream_id, stream_type, version)
                             SELECT 'interaction:' || interaction_id, 'Interaction', 1 FROM history)
            INSERT INTO es_event (event_id, stream_id, stream_type, version, event_type, type_version, data, actor, occurred_at)
            SELECT event_id, 'interaction:' || interaction_id, 'Interaction', 1, 'InteractionRecorded', 1,
                   jsonb_build_object(
                       'interactionId', interaction_id,
                       'keyPersonIds', jsonb_build_array(ids[1 + i % cardinality(ids)]),
                       'seller', 'bench.seller',
                       'type', (ARRAY['EMAIL', 'CALL', 'MARKETING_EVENT', 'SERVICE_CASE', 'ONLINE_MEETING', 'MEETING', 'DEMO',
                                      'SITE_VISIT', 'SOCIAL', 'EXECUTIVE_MEETING'])[1 + i % 10],
                       'occurredAt', to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                       'outcome', (ARRAY['POSITIVE', 'POSITIVE', 'POSITIVE', 'NEUTRAL', 'NEGATIVE'])[1 + i % 5],
                       'source', 'SELLER', 'externalId', null, 'opportunityId', null,
                       'notes', 'Replayed benchmark contact'),
                   'bench.seller', occurred_at
              FROM history, persons
             ORDER BY occurred_at""";
    private static final String PAST_IT = """
            UPDATE es_checkpoint SET (transaction_id, position, updated_at) =
                   (SELECT transaction_id, position, now() FROM es_event ORDER BY transaction_id DESC, position DESC LIMIT 1)
             WHERE subscriber IN ('relay', 'projection:network')""";

    /** The rebuild's figures. */
    record Result(long events, double seconds) {
        double perSecond() {
            return events / seconds;
        }
    }

    private final Suite suite;
    private final Http http;
    private final String managerToken;
    private final Progress progress;

    Replay(Suite suite, Http http, String managerToken, Progress progress) {
        this.suite = suite;
        this.http = http;
        this.managerToken = managerToken;
        this.progress = progress;
    }

    /** Writes {@code events} interactions of the past into network-service's store while it is stopped. */
    void seed(int events) throws SQLException {
        suite.stop(Suite.NETWORK);
        long at = System.nanoTime();
        try (Connection db = suite.connect(Suite.NETWORK)) {
            db.setAutoCommit(false);
            try (PreparedStatement seed = db.prepareStatement(SEED)) {
                seed.setString(1, Commands.ACCOUNT);
                seed.setInt(2, events);
                seed.executeUpdate();
            }
            Sql.execute(db, PAST_IT);
            db.commit();
            db.setAutoCommit(true);
            Sql.execute(db, "VACUUM (ANALYZE) es_event");
        }
        progress.say("  %,d interactions written to network-service's store in %.1f s", events, (System.nanoTime() - at) / 1e9);
        suite.startAgain(Suite.NETWORK, "restart, " + String.format("%,d", events) + " more events stored");
    }

    /** Rebuilds the {@code network} projection and waits until it has applied the whole store. */
    Result rebuild() throws SQLException, InterruptedException {
        long events;
        try (Connection db = suite.connect(Suite.NETWORK)) {
            events = Sql.count(db, "SELECT count(*) FROM es_event");
        }
        URI status = suite.uri(Suite.NETWORK, "/ops/projections/network");
        long at = System.nanoTime();
        Http.expect(http.post(suite.uri(Suite.NETWORK, "/ops/projections/network/rebuild"), managerToken, null), 202,
                "POST /ops/projections/network/rebuild");
        long lastSaid = at;
        while (true) {
            JsonObject projection = Http.json(Http.expect(http.get(status, managerToken), 200, "GET " + status), "GET " + status);
            if (projection.getLong("lag") == 0 && !projection.getBoolean("rebuilding")) {
                return new Result(events, (System.nanoTime() - at) / 1e9);
            }
            if (projection.getString("lastError") != null) {
                throw new IllegalStateException("the rebuild failed: " + projection.getString("lastError"));
            }
            if (System.nanoTime() - lastSaid > Duration.ofSeconds(5).toNanos()) {
                progress.say("  rebuilding: %,d of %,d events still to apply", projection.getLong("lag"), events);
                lastSaid = System.nanoTime();
            }
            // Not faster: each status counts the events still to apply, a query over the store.
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }
}
