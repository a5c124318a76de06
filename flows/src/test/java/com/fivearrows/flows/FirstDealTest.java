package com.fivearrows.flows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fivearrows.platform.embedded.DevTokens;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first flows between services (issue 4), with network-service and opportunity-service running from their jars
 * on one broker: an opportunity opened in opportunity-service becomes a decision chain with its account and stage in
 * network-service; the chain's members, contacts and assessments there raise its closeness, which network-service
 * publishes; opportunity-service then grades the deal up, completes win steps 2 and 3 by itself and opens the gate to
 * BID, which refused the advance before. Every wait is an await with a timeout, never a sleep.
 */
class FirstDealTest {
    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final String SELLER = "Bearer " + DevTokens.mint("sam.seller", Set.of("seller"), Duration.ofHours(1));
    private static final String MANAGER = "Bearer " + DevTokens.mint("mia.manager", Set.of("manager"), Duration.ofHours(1));

    private static RunningSuite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = RunningSuite.start("network-service", "opportunity-service");
    }

    @AfterAll
    static void stop() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void closenessRaisedInTheNetworkGradesTheDealUpCompletesItsWinStepsAndOpensTheGateToBid() {
        String account = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        announceAccount(account);

        // Opened in opportunity-service: network-service learns the chain's account, stage and team.
        String opportunity = post(opportunities("/opportunities"), SELLER, Map.of("accountId", account,
                "name", "Plant 7 MES rollout", "team", List.of("sam.seller"),
                "amount", Map.of("value", "250000.00", "currency", "EUR"),
                "expectedCloseDate", LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString()))
                .then().statusCode(201).extract().path("opportunityId");
        await().atMost(FLOW).untilAsserted(() -> given().header("Authorization", SELLER)
                .when().get(network("/decision-chains/" + opportunity))
                .then().statusCode(200).body("accountId", equalTo(account)).body("context.stage", equalTo("IDENTIFY")));

        // QUALIFY once account-service's announcement of the account has arrived.
        await().atMost(FLOW).until(() -> advance(opportunity, "QUALIFY").statusCode() == 200);
        assertThat(advance(opportunity, "SOLUTION").then().statusCode(422).extract().jsonPath().getList("unmetRules", String.class))
                .containsExactlyInAnyOrder("the decision chain must have a DECISION_MAKER",
                        "the decision chain must have an EVALUATOR", "win step 1 (qualify the opportunity) must be completed");

        // The decision chain in network-service: a decision maker, an evaluator and a coach.
        String dana = keyPerson(account, "Dana Park", "DECISION_MAKER");
        String tom = keyPerson(account, "Tom Reyes", "EVALUATOR");
        String ana = keyPerson(account, "Ana Silva", "COACH");
        for (String member : List.of(dana, tom, ana)) {
            post(network("/decision-chains/" + opportunity + "/members"), SELLER, Map.of("keyPersonId", member))
                    .then().statusCode(201);
        }
        given().header("Authorization", SELLER).contentType(ContentType.JSON).body(Map.of("evidence", "budget confirmed by Dana"))
                .when().put(opportunities("/opportunities/" + opportunity + "/win-steps/1")).then().statusCode(200);
        await().atMost(FLOW).until(() -> advance(opportunity, "SOLUTION").statusCode() == 200);
        JsonPath atSolution = opportunity(opportunity);
        assertThat(atSolution.getString("grade")).as("nobody assessed yet: C below 50").isEqualTo("C");
        assertThat(advance(opportunity, "BID").then().statusCode(422).extract().jsonPath().getList("unmetRules", String.class))
                .anyMatch(rule -> rule.startsWith("the decision chain's composite closeness must be at least 40"))
                .contains("win step 3 (develop a coach and supporters) must be completed");

        // Contacts and assessments in network-service raise the chain's closeness...
        post(network("/interactions"), SELLER, Map.of("keyPersonIds", List.of(dana, tom, ana), "type", "MEETING",
                "occurredAt", Instant.now().minus(Duration.ofDays(1)).toString(), "outcome", "POSITIVE",
                "notes", "solution workshop", "opportunityId", opportunity)).then().statusCode(201);
        for (String member : List.of(dana, tom, ana)) {
            post(network("/key-persons/" + member + "/assessments"), SELLER,
                    Map.of("level", "TRUSTED", "solutionStance", "CHAMPION", "priceStance", "ACCEPTS"))
                    .then().statusCode(201);
        }

        // ...and opportunity-service follows from network-service's events alone.
        await().atMost(FLOW).untilAsserted(() -> {
            JsonPath deal = opportunity(opportunity);
            assertThat(deal.getString("grade")).isEqualTo("B");
            assertThat(deal.getList("winSteps.completed", Boolean.class)).containsExactly(true, true, true, false, false, false);
            assertThat(deal.getList("winSteps.automatic", Boolean.class)).containsExactly(false, true, true, false, false, false);
        });
        advance(opportunity, "BID").then().statusCode(200).body("stage", equalTo("BID"));
        // The stage history is a read model: it shows the advance once projected.
        await().atMost(FLOW).untilAsserted(() -> given().header("Authorization", SELLER)
                .when().get(opportunities("/opportunities/" + opportunity + "/stage-history"))
                .then().statusCode(200).body("stage", hasItems("IDENTIFY", "QUALIFY", "SOLUTION", "BID")));
    }

    /** account-service is not built yet: the test announces the account on its topic, as it will. */
    private static void announceAccount(String account) {
        JsonObject data = new JsonObject().put("accountId", account).put("name", "ACME Manufacturing")
                .put("owner", "kim.kam").put("tier", "KEY").put("registeredAt", Instant.now().toString());
        byte[] event = CloudEventCodec.toBytes(new CloudEvent(UUID.randomUUID().toString(), "/five-arrows/account-service",
                "five-arrows.account.AccountRegistered.v1", account, Instant.now(), 1L, UUID.randomUUID().toString(),
                null, "kim.kam", null, data));
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("five-arrows.account.events", account, event));
        }
    }

    private static String keyPerson(String account, String name, String kind) {
        return post(network("/key-persons"), MANAGER, Map.of("accountId", account, "name", name, "seniority", "EXECUTIVE",
                "scope", "COMPANY", "kind", kind)).then().statusCode(201).extract().path("keyPersonId");
    }

    private static Response advance(String opportunity, String toStage) {
        return post(opportunities("/opportunities/" + opportunity + "/advance"), SELLER, Map.of("toStage", toStage));
    }

    private static JsonPath opportunity(String opportunity) {
        return given().header("Authorization", SELLER).when().get(opportunities("/opportunities/" + opportunity))
                .then().statusCode(200).extract().jsonPath();
    }

    private static Response post(URI uri, String token, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).when().post(uri);
    }

    private static URI network(String path) {
        return suite.uri("network-service", path);
    }

    private static URI opportunities(String path) {
        return suite.uri("opportunity-service", path);
    }
}
