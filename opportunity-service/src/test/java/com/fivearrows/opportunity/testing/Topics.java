package com.fivearrows.opportunity.testing;

import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test broker as another service sees it: sends CloudEvents to a topic as that service would, and reads what
 * this service dead-lettered.
 *
 * <pre>{@code
 * try (Topics topics = Topics.connect()) {
 *     ConsumerTask<String, String> dlq = topics.deadLetters("five-arrows.account.events");
 *     topics.send("five-arrows.account.events", "acct-1", Topics.cloudEvent("/five-arrows/account-service",
 *             "five-arrows.account.AccountRegistered.v1", "acct-1", 1L, data));
 * }
 * }</pre>
 */
public final class Topics implements AutoCloseable {
    private final KafkaCompanion kafka;

    private Topics(KafkaCompanion kafka) {
        this.kafka = kafka;
    }

    public static Topics connect() {
        return new Topics(new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)));
    }

    /** A CloudEvent as the relay of {@code source} publishes it, with a new id and correlation id. */
    public static byte[] cloudEvent(String source, String type, String subject, Instant time, Long streamVersion,
                                    JsonObject data) {
        return CloudEventCodec.toBytes(new CloudEvent(UUID.randomUUID().toString(), source, type, subject, time,
                streamVersion, UUID.randomUUID().toString(), null, source.substring(source.lastIndexOf('/') + 1), null,
                data));
    }

    /**
     * Sends the events with one key, so they share a partition and arrive in this order, with the content type the
     * relay gives them (structured CloudEvents).
     */
    public void send(String topic, String key, byte[]... events) {
        produce(Arrays.stream(events).map(event -> producerRecord(topic, null, key, event)));
    }

    /**
     * Sends records of different keys to one partition, as the relay's partitioner may well place them, so they
     * arrive in this order and a later one shows that the earlier ones were consumed.
     *
     * <pre>{@code
     * topics.sendToOnePartition("five-arrows.network.events",
     *         new Keyed("closeness:person:" + keyPersonId, personCloseness),
     *         new Keyed("closeness:chain:" + opportunityId, chainCloseness));
     * }</pre>
     */
    public void sendToOnePartition(String topic, Keyed... records) {
        produce(Arrays.stream(records).map(keyed -> producerRecord(topic, 0, keyed.key(), keyed.value())));
    }

    /** A record's key (the stream id of its event, or {@code null}) and value, for {@link #sendToOnePartition}. */
    public record Keyed(String key, byte[] value) {
    }

    private static ProducerRecord<String, String> producerRecord(String topic, Integer partition, String key,
                                                                 byte[] value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, key,
                new String(value, StandardCharsets.UTF_8));
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @SuppressWarnings("unchecked")
    private void produce(Stream<ProducerRecord<String, String>> records) {
        kafka.produceStrings().fromRecords(records.toArray(ProducerRecord[]::new))
                .awaitCompletion(Duration.ofSeconds(30));
    }

    /** Starts reading the topic's dead letters ({@code <topic>.dlq}) from the beginning, in a group of its own. */
    public ConsumerTask<String, String> deadLetters(String topic) {
        return kafka.consumeStrings().withGroupId("dlq-" + UUID.randomUUID()).fromTopics(topic + ".dlq");
    }

    /** Why the consumer dead-lettered the record. */
    public static String reason(ConsumerRecord<String, String> deadLetter) {
        return new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
