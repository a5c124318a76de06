package com.fivearrows.platform.eventsourcing.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fivearrows.platform.embedded.testing.FiveArrowsTestStack;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample consumer on topic sample.inbound: idempotent, and dead-letters what it cannot process. */
@QuarkusTest
class InboxTest {
    private static final String TOPIC = "sample.inbound";
    private static final String DEAD_LETTERS = "sample.inbound.dlq";

    @Inject
    Pool pool;

    KafkaCompanion kafka;
    String subject;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(FiveArrowsTestStack.kafka().bootstrapServers());
        subject = "notes-" + UUID.randomUUID();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void anEventDeliveredTwiceChangesTheReadModelOnce() {
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().withGroupId("dlq-" + subject).fromTopics(DEAD_LETTERS);
        UUID twiceId = UUID.randomUUID();
        String twice = cloudEvent(twiceId, "called the CFO");
        UUID afterId = UUID.randomUUID();

        send(twice, twice, cloudEvent(afterId, "sent the proposal"));

        await().atMost(Duration.ofSeconds(30)).until(() -> noteExists(afterId));
        assertThat(notes()).isEqualTo(2);
        assertThat(pool.preparedQuery("SELECT count(*) AS n FROM es_inbox WHERE event_id = $1").execute(Tuple.of(twiceId))
                .await().indefinitely().iterator().next().getLong("n")).isEqualTo(1);
        assertThat(ours(deadLetters)).as("a redelivery is no dead letter").isZero();
        deadLetters.stop();
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsProcessed() {
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().withGroupId("dlq-" + subject).fromTopics(DEAD_LETTERS);
        UUID afterId = UUID.randomUUID();

        send("{ this is not json", cloudEvent(UUID.randomUUID(), ""), cloudEvent(afterId, "booked the demo"));

        await().atMost(Duration.ofSeconds(30)).until(() -> noteExists(afterId));
        await().atMost(Duration.ofSeconds(30)).until(() -> ours(deadLetters) == 2);
        assertThat(notes()).isEqualTo(1);
        assertThat(deadLetters.getRecords().stream().filter(r -> subject.equals(r.key())).map(InboxTest::reason))
                .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
                .anySatisfy(reason -> assertThat(reason).contains("breaks the contract of five-arrows.integration.NoteTaken.v1").contains("$.note"));
        deadLetters.stop();
    }

    private long ours(ConsumerTask<String, String> deadLetters) {
        return deadLetters.getRecords().stream().filter(r -> subject.equals(r.key())).count();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    /** Sends records with one key, so they share a partition and arrive in this order. */
    private void send(String... values) {
        ProducerRecord<String, String>[] records = java.util.Arrays.stream(values)
                .map(value -> new ProducerRecord<>(TOPIC, subject, value))
                .toArray(ProducerRecord[]::new);
        kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    private String cloudEvent(UUID id, String note) {
        return new JsonObject()
                .put("specversion", "1.0")
                .put("id", id.toString())
                .put("source", "/marketing-platform")
                .put("type", "five-arrows.integration.NoteTaken.v1")
                .put("subject", subject)
                .put("datacontenttype", "application/json")
                .put("data", new JsonObject().put("note", note))
                .encode();
    }

    private boolean noteExists(UUID eventId) {
        return pool.preparedQuery("SELECT 1 FROM sample_notes WHERE event_id = $1").execute(Tuple.of(eventId))
                .await().indefinitely().size() > 0;
    }

    private long notes() {
        return pool.preparedQuery("SELECT count(*) AS n FROM sample_notes WHERE subject = $1").execute(Tuple.of(subject))
                .await().indefinitely().iterator().next().getLong("n");
    }
}
