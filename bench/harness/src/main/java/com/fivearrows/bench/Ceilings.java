package com.fivearrows.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the machine does with our code out of the way (B4): single-row and batched INSERTs of an interaction row into
 * the same PostgreSQL server over a pool of the services' size, and records of an event's size produced to the same
 * broker with the relay's producer settings, as fast as possible and at a fixed rate with their produce-to-consume
 * latency.
 */
final class Ceilings {
    static final String TOPIC = "five-arrows.bench.ceiling";
    /** {@code quarkus.datasource.reactive.max-size} of the services. */
    static final int POOL_SIZE = 20;
    static final int BATCH = 100;
    static final String DATABASE = "bench_ceiling";

    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS ceiling_interaction (
                interaction_id UUID PRIMARY KEY, key_person_ids UUID[] NOT NULL, seller TEXT NOT NULL, type TEXT NOT NULL,
                outcome TEXT NOT NULL, occurred_at TIMESTAMPTZ NOT NULL, opportunity_id TEXT, notes TEXT,
                recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())""";
    private static final String INSERT = """
            INSERT INTO ceiling_interaction (interaction_id, key_person_ids, seller, type, outcome, occurred_at, notes)
            VALUES ($1, $2, $3, $4, $5, $6, $7)""";

    private final Suite suite;
    private final Vertx vertx;

    Ceilings(Suite suite, Vertx vertx) {
        this.suite = suite;
        this.vertx = vertx;
    }

    /** Rows per second written by {@value #POOL_SIZE} concurrent writers, {@code rowsPerStatement} rows per statement. */
    double insertRate(int rowsPerStatement, Duration warmUp, Duration measured) throws InterruptedException {
        suite.postgres().createDatabaseIfMissing(DATABASE);
        PgConnectOptions options = PgConnectOptions.fromUri(suite.postgres().reactiveUrl(DATABASE))
                .setUser(suite.postgres().username()).setPassword(suite.postgres().password());
        Pool pool = Pool.pool(vertx, options, new PoolOptions().setMaxSize(POOL_SIZE));
        try {
            Http.await(pool.query(TABLE).execute());
            long measureFrom = System.nanoTime() + warmUp.toNanos();
            long measureTo = measureFrom + measured.toNanos();
            AtomicLong rows = new AtomicLong();
            CountDownLatch done = new CountDownLatch(POOL_SIZE);
            for (int i = 0; i < POOL_SIZE; i++) {
                write(pool, rowsPerStatement, measureFrom, measureTo, rows, done);
            }
            if (!done.await(warmUp.plus(measured).toSeconds() + 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("INSERTs still running a minute after the measured time");
            }
            return rows.get() / (measured.toNanos() / 1e9);
        } finally {
            Http.await(pool.close());
        }
    }

    private void write(Pool pool, int rowsPerStatement, long measureFrom, long measureTo, AtomicLong rows,
                       CountDownLatch done) {
        long sentAt = System.nanoTime();
        if (sentAt >= measureTo) {
            done.countDown();
            return;
        }
        List<Tuple> batch = new ArrayList<>(rowsPerStatement);
        for (int i = 0; i < rowsPerStatement; i++) {
            batch.add(row());
        }
        Future<?> written = rowsPerStatement == 1
                ? pool.preparedQuery(INSERT).execute(batch.get(0))
                : pool.preparedQuery(INSERT).executeBatch(batch);
        written.onComplete(result -> {
            if (result.failed()) {
                throw new IllegalStateException("a ceiling INSERT failed", result.cause());
            }
            if (sentAt >= measureFrom) {
                rows.addAndGet(rowsPerStatement);
            }
            write(pool, rowsPerStatement, measureFrom, measureTo, rows, done);
        });
    }

    private static Tuple row() {
        return Tuple.of(UUID.randomUUID(), new UUID[] {UUID.randomUUID()}, "bench.seller", "MEETING", "POSITIVE",
                OffsetDateTime.now(ZoneOffset.UTC), "written by the ceiling benchmark");
    }

    /** Records of {@code size} bytes per second produced with the relay's settings, as fast as the broker takes them. */
    double produceRate(int size, Duration warmUp, Duration measured) {
        byte[] value = new byte[size];
        Arrays.fill(value, (byte) 'x');
        try (KafkaProducer<String, byte[]> producer = producer()) {
            Semaphore inFlight = new Semaphore(20_000);
            AtomicLong acknowledged = new AtomicLong();
            AtomicReference<Exception> failure = new AtomicReference<>();
            long measureFrom = System.nanoTime() + warmUp.toNanos();
            long measureTo = measureFrom + measured.toNanos();
            long key = 0;
            while (System.nanoTime() < measureTo && failure.get() == null) {
                inFlight.acquireUninterruptibly();
                boolean counted = System.nanoTime() >= measureFrom;
                producer.send(new ProducerRecord<>(TOPIC, Long.toString(key++ % 1000), value), (metadata, error) -> {
                    inFlight.release();
                    if (error != null) {
                        failure.set(error);
                    } else if (counted) {
                        acknowledged.incrementAndGet();
                    }
                });
            }
            producer.flush();
            if (failure.get() != null) {
                throw new IllegalStateException("producing to " + TOPIC + " failed", failure.get());
            }
            return acknowledged.get() / (measured.toNanos() / 1e9);
        }
    }

    /**
     * Produce-to-consume latency of records of {@code size} bytes sent at {@code perSecond} for {@code measured}: the
     * least time any event needs to cross from one service to another through the broker.
     */
    Latencies produceToConsume(int size, int perSecond, Duration measured) throws InterruptedException {
        Latencies latencies = new Latencies();
        Properties consumerSettings = new Properties();
        consumerSettings.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        try (KafkaProducer<String, byte[]> producer = producer();
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerSettings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            int total = (int) (perSecond * measured.toSeconds());
            Thread sender = new Thread(() -> send(producer, size, perSecond, total), "ceiling-sender");
            sender.start();
            int received = 0;
            long deadline = System.nanoTime() + measured.plusSeconds(30).toNanos();
            while (received < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    latencies.record(now - Long.parseLong(new String(record.value(), 0, 20, StandardCharsets.US_ASCII).trim()));
                    received++;
                }
            }
            sender.join();
            return latencies;
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, int size, int perSecond, int total) {
        long start = System.nanoTime();
        long every = 1_000_000_000L / perSecond;
        for (int i = 0; i < total; i++) {
            long due = start + i * every;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            byte[] value = new byte[size];
            Arrays.fill(value, (byte) ' ');
            byte[] stamp = String.format("%20d", System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(stamp, 0, value, 0, stamp.length);
            producer.send(new ProducerRecord<>(TOPIC, Integer.toString(i % 1000), value));
        }
        producer.flush();
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties settings = new Properties();
        settings.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "5",
                ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        return new KafkaProducer<>(settings);
    }
}
