package com.fivearrows.network.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.network.interaction.Interaction;
import com.fivearrows.network.interaction.InteractionSource;
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
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Platforms push interactions in bulk; each item is matched to key persons and recorded once, or rejected with a reason. */
@QuarkusTest
class IntegrationResourceTest {

    @Inject
    AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons;

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    @Test
    void eachItemIsRecordedRejectedWithItsReasonOrRecognisedAsADuplicate() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String crmId = "crm:" + run;
        String email = "Lea.Novak." + run + "@Nordwerk.example";
        String shared = "purchasing." + run + "@nordwerk.example";
        UUID byExternalId = registerPerson(List.of(crmId, "hubspot:" + run), null);
        UUID byEmail = registerPerson(List.of(), email);
        registerPerson(List.of(), shared);
        registerPerson(List.of(), shared);
        awaitInReadModel(4, crmId, email, shared);

        JsonPath answer = given().header("Authorization", Tokens.integration()).contentType(ContentType.JSON)
                .body(new JsonObject().put("items", new JsonArray()
                        .add(report("attend-" + run, new JsonObject().put("externalId", crmId)))
                        .add(report("case-" + run, new JsonObject().put("email", email.toUpperCase())))
                        .add(report("unknown-" + run, new JsonObject().put("externalId", "crm:nobody-" + run)))
                        .add(report("shared-" + run, new JsonObject().put("email", shared)))
                        .add(report("attend-" + run, new JsonObject().put("externalId", crmId)))).encode())
                .post("/integrations/interactions")
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(answer.getList("results.status"))
                .containsExactly("RECORDED", "RECORDED", "REJECTED", "REJECTED", "DUPLICATE");
        assertThat(answer.getList("results.index", Integer.class)).containsExactly(0, 1, 2, 3, 4);
        assertThat(answer.getString("results[0].externalId")).isEqualTo("attend-" + run);
        assertThat(answer.getList("results[0].keyPersonIds")).containsExactly(byExternalId.toString());
        assertThat(answer.getList("results[1].keyPersonIds")).containsExactly(byEmail.toString());
        assertThat(answer.getString("results[2].reason")).isEqualTo("no key person has external id crm:nobody-" + run);
        assertThat(answer.getString("results[3].reason")).isEqualTo("ambiguous: e-mail " + shared + " matches 2 key persons");
        assertThat(answer.getString("results[4].interactionId")).isEqualTo(answer.getString("results[0].interactionId"));
        assertThat(answer.getString("results[0].interactionId"))
                .isEqualTo(Interaction.idFor(InteractionSource.MARKETING, "attend-" + run).toString());
        assertThat(answer.getInt("recorded")).isEqualTo(2);
        assertThat(answer.getInt("duplicates")).isEqualTo(1);
        assertThat(answer.getInt("rejected")).isEqualTo(2);

        assertThat(recorded("unknown-" + run)).as("nothing of a rejected item is recorded").isFalse();
        assertThat(recorded("shared-" + run)).as("nothing of a rejected item is recorded").isFalse();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.seller())
                .queryParam("keyPersonId", byExternalId.toString())
                .get("/interactions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].source", equalTo("MARKETING"))
                .body("items[0].externalId", equalTo("attend-" + run))
                .body("items[0].type", equalTo("MARKETING_EVENT")));
    }

    @Test
    void anItemThatBreaksTheContractIsRejectedWithTheContractsWords() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        JsonObject bidResult = report("bid-" + run, new JsonObject().put("externalId", "crm:" + run)).put("type", "BID_WON");

        given().header("Authorization", Tokens.manager()).contentType(ContentType.JSON)
                .body(new JsonObject().put("items", new JsonArray().add(bidResult)).encode())
                .post("/integrations/interactions")
                .then().statusCode(200)
                .body("results[0].status", equalTo("REJECTED"))
                .body("results[0].reason", containsString("breaks the contract of five-arrows.integration.InteractionReported.v1"))
                .body("results[0].reason", containsString("$.type"));
    }

    @Test
    void anItemDatedOnADayThatDoesNotExistIsRejectedAndTheNextIsStillRecorded() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        JsonObject impossible = report("feb30-" + run, new JsonObject().put("externalId", "crm:" + run))
                .put("occurredAt", "2026-02-30T10:00:00Z");
        JsonObject malformedOnly = report("other-" + run, new JsonObject().put("externalId", "crm:nobody-" + run));

        given().header("Authorization", Tokens.integration()).contentType(ContentType.JSON)
                .body(new JsonObject().put("items", new JsonArray().add(impossible).add(malformedOnly)).encode())
                .post("/integrations/interactions")
                .then().statusCode(200)
                .body("results[0].status", equalTo("REJECTED"))
                .body("results[0].reason", equalTo("occurredAt is not a valid date-time: '2026-02-30T10:00:00Z'"))
                .body("results[1].status", equalTo("REJECTED"))
                .body("results[1].reason", containsString("no key person has external id crm:nobody-" + run));
        assertThat(recorded("feb30-" + run)).isFalse();
    }

    @Test
    void moreThanFiveHundredItemsAreRefusedAsAWhole() {
        JsonArray items = new JsonArray();
        for (int i = 0; i < 501; i++) {
            items.add(new JsonObject());
        }

        given().header("Authorization", Tokens.integration()).contentType(ContentType.JSON)
                .body(new JsonObject().put("items", items).encode())
                .post("/integrations/interactions")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("items")));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        given().header("Authorization", Tokens.integration()).contentType(ContentType.JSON)
                .body("{ \"items\": [")
                .post("/integrations/interactions")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aSellerMayNotPushInteractions() {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(new JsonObject().put("items", new JsonArray()).encode())
                .post("/integrations/interactions")
                .then().statusCode(403)
                .body("detail", containsString("pushed by integrations, managers and sales-ops"));
    }

    private static JsonObject report(String externalId, JsonObject person) {
        return new JsonObject().put("source", "MARKETING").put("externalId", externalId)
                .put("keyPersons", new JsonArray().add(person)).put("type", "MARKETING_EVENT")
                .put("occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()).put("outcome", "POSITIVE")
                .put("notes", "Attended the predictive maintenance roundtable");
    }

    private boolean recorded(String externalId) {
        return store.currentVersion(pool, Interaction.streamIdFor(InteractionSource.MARKETING, externalId))
                .await().indefinitely() > 0;
    }

    private UUID registerPerson(List<String> externalIds, String email) {
        UUID id = UUID.randomUUID();
        KeyPersonProfile profile = new KeyPersonProfile("Lea Novak", null, "Procurement", Seniority.MANAGER, Scope.COMPANY,
                Kind.APPROVER, 0, null, null, email, externalIds);
        keyPersons.handle(KeyPerson.streamId(id), EventStore.NO_STREAM, new RegisterKeyPerson(id, "acct-nordwerk", profile, "test"),
                EventMetadata.command("test", Instant.now())).await().indefinitely();
        return id;
    }

    /** Matching reads the read model: wait until it holds the persons just registered. */
    private void awaitInReadModel(long persons, String externalId, String email, String sharedEmail) {
        await().atMost(Duration.ofSeconds(30)).until(() -> pool.preparedQuery("SELECT count(*) AS n FROM key_person"
                        + " WHERE external_ids @> ARRAY[$1] OR lower(email) IN (lower($2), lower($3))")
                .execute(Tuple.of(externalId, email, sharedEmail)).await().indefinitely()
                .iterator().next().getLong("n") == persons);
    }
}
