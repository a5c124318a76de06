package com.fivearrows.platform.eventsourcing.bench;

import com.fivearrows.platform.embedded.EmbeddedKafka;
import com.fivearrows.platform.embedded.LocalPostgres;
import com.fivearrows.platform.eventsourcing.relay.KafkaEventPublisher;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.Upcasters;
import com.fivearrows.platform.eventsourcing.subscription.CheckpointedReader;
import com.fivearrows.platform.eventsourcing.subscription.StoreSubscription;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How fast the relay moves events from the store to Kafka on this machine: fills a fresh store with
 * {@code events} events over {@code streams} streams, then times the relay's reader and publisher (the
 * same classes the services run) until its checkpoint reaches the last event. Not a test: run it with
 * {@code bench/relay-benchmark.sh [events] [batch-size]}.
 */
public final class RelayBenchmark {
    private static final String TOPIC = "five-arrows.bench.events";

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int streams = Math.max(1, events / 200);
        Path work = Files.createDirectories(Path.of("target", "relay-benchmark"));

        try (LocalPostgres postgres = LocalPostgres.startTemporary(0, work);
             EmbeddedKafka kafka = EmbeddedKafka.createTemporary(work)) {
            kafka.start();
            kafka.createTopics(TOPIC);
            postgres.createDatabaseIfMissing("relay_bench");
            Vertx vertx = Vertx.vertx();
            PgConnectOptions options = PgConnectOptions.fromUri(postgres.reactiveUrl("relay_bench"))
                    .setUser(postgres.username()).setPassword(postgres.password());
            Pool pool = Pool.pool(vertx, options, new PoolOptions().setMaxSize(4));
            try {
                pool.query(migration()).execute().await().indefinitely();
                fill(pool, events, streams);
                long head = pool.query("SELECT max(position) AS head FROM es_event").execute().await().indefinitely()
                        .iterator().next().getLong("head");
                System.out.printf("Store filled: %,d events in %,d streams; relaying in batches of %,d%n", events, streams, batchSize);

                EventStore store = new EventStore(pool, new Upcasters(List.of()));
                try (KafkaEventPublisher publisher = new KafkaEventPublisher(kafka.bootstrapServers(), Map.of(), TOPIC,
                        "/five-arrows/bench", "bench")) {
                    AtomicLong publishNanos = new AtomicLong();
                    CheckpointedReader reader = new CheckpointedReader("relay", store, batchSize, (tx, batch) -> {
                        long publishStarted = System.nanoTime();
                        return publisher.publish(batch).invoke(() -> publishNanos.addAndGet(System.nanoTime() - publishStarted));
                    });
                    long started = System.nanoTime();
                    try (StoreSubscription relay = new StoreSubscription(reader, Duration.ofMillis(100))) {
                        relay.start();
                        while (relay.position() == null || relay.position().position() < head) {
                            Thread.sleep(20);
                        }
                    }
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("Relay: %,d events from PostgreSQL to Kafka in %.2f s = %,.0f events/s (%d cores);"
                                    + " %.0f %% of the time waiting for Kafka, the rest reading and checkpointing%n",
                            events, seconds, events / seconds, Runtime.getRuntime().availableProcessors(),
                            100 * publishNanos.get() / 1e9 / seconds);
                }
            } finally {
                pool.closeAndAwait();
                vertx.closeAndAwait();
            }
        }
        System.exit(0);
    }

    /** Writes the events with one set-based statement: the benchmark times the relay, not the writers. */
    private static void fill(Pool pool, int events, int streams) {
        pool.query("INSERT INTO es_stream (stream_id, stream_type, version) SELECT 'person-' || s, 'KeyPerson', "
                + (events / streams) + " FROM generate_series(1, " + streams + ") s").execute().await().indefinitely();
        pool.query("INSERT INTO es_event (event_id, stream_id, stream_type, version, event_type, type_version, data, correlation_id,"
                + " actor, occurred_at) SELECT gen_random_uuid(), 'person-' || (i % " + streams + " + 1), 'KeyPerson', i / " + streams
                + " + 1, 'InteractionRecorded', 1, jsonb_build_object('keyPersonId', 'person-' || (i % " + streams + " + 1),"
                + " 'type', 'MEETING', 'outcome', 'POSITIVE', 'occurredAt', now(), 'seller', 'seller-7', 'notes',"
                + " 'Walked the CFO through the business case'), gen_random_uuid(), 'seller-7', now()"
                + " FROM generate_series(0, " + (events - 1) + ") i").execute().await().indefinitely();
    }

    private static String migration() throws IOException {
        try (InputStream sql = RelayBenchmark.class.getResourceAsStream("/db/migration/V0_1_1__event_store.sql")) {
            return new String(sql.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
