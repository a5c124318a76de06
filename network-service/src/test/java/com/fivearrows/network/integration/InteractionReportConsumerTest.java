package com.fivearrows.network.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.network.keyperson.KeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand;
import com.fivearrows.network.keyperson.KeyPersonCommand.RegisterKeyPerson;
import com.fivearrows.network.keyperson.KeyPersonEvent;
import com.fivearrows.network.keyperson.KeyPersonProfile;
import com.fivearrows.network.keyperson.KeyPersonState;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.platform.embedded.testing.Tokens;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Platforms report interactions on five-arrows.integration.interactions; what cannot be recorded is dead-lettered. */
@QuarkusTest
class InteractionReportConsumerTest {
    private static final String TOPIC = "five-arrows.integration.interactions";
    private static final String DEAD_LETTERS = TOPIC + ".dlq";

    @Inject
    AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons;

    @Inject
    Pool pool;

    KafkaCompanion kafka;
    String run;
    String crmId;
    UUID person;

    @BeforeEach
    void registerAPerson() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        run = UUID.randomUUID().toString().substring(0, 8);
        crmId = "crm:" + run;
        person = UUID.randomUUID();
        KeyPersonProfile profile = new KeyPersonProfile("Jonas Berg", "CTO", null, Seniority.EXECUTIVE, Scope.COMPANY,
                Kind.DECISION_MAKER, 0, null, null, null, List.of(crmId));
        keyPersons.handle(KeyPerson.streamId(person), EventStore.NO_STREAM,
                new RegisterKeyPerson(person, "acct-" + run, profile, "test"), EventMetadata.command("test", Instant.now()))
                .await().indefinitely();
        await().atMost(Duration.ofSeconds(30)).until(() -> pool.preparedQuery("SELECT 1 FROM key_person WHERE key_person_id = $1")
                .execute(Tuple.of(person)).await().indefinitely().size() == 1);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aReportedInteractionIsRecordedWithItsMatchedPerson() {
        send(reported(UUID.randomUUID(), "webinar-" + run, crmId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.seller())
                .queryParam("keyPersonId", person.toString())
                .get("/interactions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].externalId", equalTo("webinar-" + run))
                .body("items[0].source", equalTo("SERVICE"))
                .body("items[0].seller", equalTo("sam.seller")));
    }

    @Test
    void anUnmatchedReportIsDeadLetteredWithTheReasonAndTheNextIsStillRecorded() {
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().withGroupId("dlq-" + run).fromTopics(DEAD_LETTERS);

        send(reported(UUID.randomUUID(), "lost-" + run, "crm:nobody-" + run),
                reported(UUID.randomUUID(), "after-" + run, crmId));

        await().atMost(Duration.ofSeconds(30)).until(() -> interactions() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> ours(deadLetters).size() == 1);
        assertThat(reason(ours(deadLetters).get(0))).isEqualTo("no key person has external id crm:nobody-" + run);
        deadLetters.stop();
    }

    @Test
    void theSameReportTwiceIsRecordedOnce() {
        byte[] twice = reported(UUID.randomUUID(), "visit-" + run, crmId);
        byte[] copy = reported(UUID.randomUUID(), "visit-" + run, crmId);

        send(twice, twice, copy, reported(UUID.randomUUID(), "marker-" + run, crmId));

        await().atMost(Duration.ofSeconds(30)).until(() -> interactions() == 2);
        assertThat(pool.preparedQuery("SELECT count(*) AS n FROM interaction WHERE external_id = $1")
                .execute(Tuple.of("visit-" + run)).await().indefinitely().iterator().next().getLong("n"))
                .isEqualTo(1);
    }

    @Test
    void anotherEventTypeOnTheTopicIsDeadLettered() {
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().withGroupId("dlq-" + run).fromTopics(DEAD_LETTERS);
        CloudEvent stray = new CloudEvent(UUID.randomUUID().toString(), "/marketing-platform",
                "five-arrows.opportunity.StageAdvanced.v1", run, Instant.now(), null, null, null, null, null,
                new JsonObject());

        send(CloudEventCodec.toBytes(stray));

        await().atMost(Duration.ofSeconds(30)).until(() -> ours(deadLetters).size() == 1);
        assertThat(reason(ours(deadLetters).get(0))).startsWith("unsupported event type five-arrows.opportunity.StageAdvanced.v1");
        deadLetters.stop();
    }

    private byte[] reported(UUID eventId, String externalId, String personExternalId) {
        JsonObject data = new JsonObject().put("source", "SERVICE").put("externalId", externalId)
                .put("keyPersons", new JsonArray().add(new JsonObject().put("externalId", personExternalId)))
                .put("type", "SERVICE_CASE").put("occurredAt", Instant.now().minus(3, ChronoUnit.HOURS).toString())
                .put("outcome", "NEUTRAL").put("seller", "sam.seller");
        return CloudEventCodec.toBytes(new CloudEvent(eventId.toString(), "/service-desk",
                "five-arrows.integration.InteractionReported.v1", externalId, Instant.now(), null,
                UUID.randomUUID().toString(), null, "service-desk-bridge", null, data));
    }

    /** Sends the events with one key, so they share a partition and arrive in this order. */
    @SuppressWarnings("unchecked")
    private void send(byte[]... events) {
        ProducerRecord<String, String>[] records = Arrays.stream(events)
                .map(event -> new ProducerRecord<>(TOPIC, run, new String(event, StandardCharsets.UTF_8)))
                .toArray(ProducerRecord[]::new);
        kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    private long interactions() {
        return pool.preparedQuery("SELECT count(*) AS n FROM interaction WHERE $1 = ANY (key_person_ids)")
                .execute(Tuple.of(person)).await().indefinitely().iterator().next().getLong("n");
    }

    private List<ConsumerRecord<String, String>> ours(ConsumerTask<String, String> deadLetters) {
        return deadLetters.getRecords().stream().filter(record -> run.equals(record.key())).toList();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
