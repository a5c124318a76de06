package com.fivearrows.network.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.platform.embedded.testing.Tokens;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole way in and out: a marketing platform pushes interactions through the bulk REST endpoint and through the
 * inbound topic; each one moves the key person's closeness, and network-service tells the other services with a
 * ClosenessChanged event on its own topic.
 */
@QuarkusTest
class InteractionsToClosenessFlowTest {
    private static final String INBOUND = "five-arrows.integration.interactions";
    private static final String OUTBOUND = "five-arrows.network.events";

    KafkaCompanion kafka;
    ConsumerTask<String, String> published;
    String run;
    String keyPersonId;

    @BeforeEach
    void registerAKeyPersonKnownToMarketing() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        published = kafka.consumeStrings().withGroupId("flow-" + UUID.randomUUID()).fromTopics(OUTBOUND);
        run = UUID.randomUUID().toString().substring(0, 8);
        keyPersonId = given().header("Authorization", Tokens.seller()).contentType("application/json")
                .body(new JsonObject().put("accountId", "acct-" + run).put("name", "Lena Vogt").put("title", "Head of IT")
                        .put("seniority", "SENIOR_MANAGER").put("scope", "COMPANY").put("kind", "EVALUATOR")
                        .put("email", "lena.vogt@" + run + ".example").put("externalIds", new JsonArray().add("mkto:" + run))
                        .encode())
                .post("/key-persons")
                .then().statusCode(201).extract().path("keyPersonId");
        awaitCloseness(1);
    }

    @AfterEach
    void stop() {
        published.stop();
        kafka.close();
    }

    @Test
    void interactionsPushedByRestAndByTopicAreEachPublishedAsAClosenessChange() {
        Instant occurred = Instant.now().minus(Duration.ofHours(2));
        given().header("Authorization", Tokens.integration()).contentType("application/json")
                .body(new JsonObject().put("items", new JsonArray().add(reported("webinar-" + run, "MARKETING_EVENT", occurred,
                        new JsonObject().put("externalId", "mkto:" + run)))).encode())
                .post("/integrations/interactions")
                .then().statusCode(200).body("results[0].status", equalTo("RECORDED"));

        JsonObject afterWebinar = awaitCloseness(2);
        // Two hours old: decay 2^(−2h/60d) = 0.99904; A = 2 × 0.99904 = 1.9981 (MARKETING_EVENT, positive);
        // I = 100 × (1 − e^(−0.19981)) = 18.111; R = 0.4 × I = 7.244
        assertThat(afterWebinar.getDouble("r")).isCloseTo(7.244, within(0.005));
        assertThat(afterWebinar.getJsonObject("previous").getDouble("r")).isZero();

        JsonObject meeting = reported("meeting-" + run, "MEETING", occurred,
                new JsonObject().put("email", "Lena.Vogt@" + run.toUpperCase() + ".EXAMPLE"));
        kafka.produceStrings().fromRecords(new ProducerRecord<>(INBOUND, run, new String(CloudEventCodec.toBytes(new CloudEvent(
                UUID.randomUUID().toString(), "/marketing-platform", "five-arrows.integration.InteractionReported.v1",
                "meeting-" + run, Instant.now(), null, null, null, "marketing-bridge", null, meeting)), StandardCharsets.UTF_8)))
                .awaitCompletion(Duration.ofSeconds(30));

        JsonObject afterMeeting = awaitCloseness(3);
        // A = (2 + 4) × 0.99904 = 5.9942; I = 100 × (1 − e^(−0.59942)) = 45.088; R = 18.035
        assertThat(afterMeeting.getDouble("r")).isCloseTo(18.035, within(0.005));
        assertThat(afterMeeting.getString("trigger")).isEqualTo("INPUTS_CHANGED");
    }

    private static JsonObject reported(String externalId, String type, Instant occurredAt, JsonObject keyPerson) {
        return new JsonObject().put("source", "MARKETING").put("externalId", externalId)
                .put("keyPersons", new JsonArray().add(keyPerson)).put("type", type)
                .put("occurredAt", occurredAt.toString()).put("outcome", "POSITIVE");
    }

    /** The data of the person's ClosenessChanged at this version of its closeness stream, once published. */
    private JsonObject awaitCloseness(long version) {
        String stream = "closeness:person:" + keyPersonId;
        JsonObject[] found = new JsonObject[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> record : List.copyOf(published.getRecords())) {
                JsonObject event = new JsonObject(record.value());
                if (stream.equals(record.key()) && event.getLong("streamversion") == version) {
                    found[0] = event.getJsonObject("data");
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
