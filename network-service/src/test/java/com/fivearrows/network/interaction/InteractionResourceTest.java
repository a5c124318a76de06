package com.fivearrows.network.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fivearrows.network.keyperson.KeyPerson;
import com.fivearrows.network.keyperson.KeyPersonCommand;
import com.fivearrows.network.keyperson.KeyPersonCommand.DeactivateKeyPerson;
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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A seller records interactions over REST and everyone reads them back from the read model. */
@QuarkusTest
class InteractionResourceTest {

    @Inject
    AggregateStore<KeyPersonCommand, KeyPersonState, KeyPersonEvent> keyPersons;

    @Test
    void aSellersInteractionIsRecordedAndThenListedAndFoundByItsId() {
        UUID person = registerPerson();
        Instant occurredAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String opportunityId = "opp-" + UUID.randomUUID().toString().substring(0, 8);

        ExtractableResponse<Response> created = post(Tokens.seller(), interaction(person, "MEETING", occurredAt)
                .put("notes", "Walked through the pilot plan").put("opportunityId", opportunityId))
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", startsWith("http"))
                .body("seller", equalTo("sam.seller"))
                .body("source", equalTo("SELLER"))
                .extract();
        String id = created.path("interactionId");
        assertThat(created.header("Location")).endsWith("/interactions/" + id);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.integration())
                .queryParam("keyPersonId", person.toString())
                .get("/interactions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].interactionId", equalTo(id))
                .body("items[0].type", equalTo("MEETING"))
                .body("items[0].outcome", equalTo("POSITIVE"))
                .body("items[0].seller", equalTo("sam.seller"))
                .body("items[0].occurredAt", equalTo(occurredAt.toString()))
                .body("items[0].opportunityId", equalTo(opportunityId))
                .body("items[0].notes", equalTo("Walked through the pilot plan")));

        given().header("Authorization", Tokens.otherSeller())
                .get("/interactions/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("keyPersonIds", hasItem(person.toString()))
                .body("source", equalTo("SELLER"));
    }

    @Test
    void theListIsNewestFirstPagedAndFilteredBySellerAndTime() {
        UUID person = registerPerson();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String older = post(Tokens.seller(), interaction(person, "CALL", now.minus(3, ChronoUnit.DAYS)))
                .then().statusCode(201).extract().path("interactionId");
        String newer = post(Tokens.seller(), interaction(person, "EMAIL", now.minus(1, ChronoUnit.DAYS)))
                .then().statusCode(201).extract().path("interactionId");
        post(Tokens.manager(), interaction(person, "DEMO", now.minus(2, ChronoUnit.DAYS))).then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.seller())
                .queryParam("keyPersonId", person.toString())
                .queryParam("seller", "sam.seller")
                .queryParam("size", 1)
                .get("/interactions")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("size", equalTo(1))
                .body("items[0].interactionId", equalTo(newer)));

        given().header("Authorization", Tokens.seller())
                .queryParam("keyPersonId", person.toString())
                .queryParam("seller", "sam.seller")
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/interactions")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("items[0].interactionId", equalTo(older));

        given().header("Authorization", Tokens.seller())
                .queryParam("keyPersonId", person.toString())
                .queryParam("from", now.minus(50, ChronoUnit.HOURS).toString())
                .queryParam("to", now.minus(1, ChronoUnit.DAYS).toString())
                .get("/interactions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].type", equalTo("DEMO"))
                .body("items[0].seller", equalTo("mia.manager"));
    }

    @Test
    void fromAndToAcceptDatesReadAsTheirStartInUtc() {
        UUID person = registerPerson();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        post(Tokens.seller(), interaction(person, "CALL", now.minus(3, ChronoUnit.DAYS))).then().statusCode(201);
        post(Tokens.seller(), interaction(person, "DEMO", now.minus(2, ChronoUnit.DAYS))).then().statusCode(201);
        post(Tokens.seller(), interaction(person, "EMAIL", now.minus(1, ChronoUnit.DAYS))).then().statusCode(201);
        // [start of the day two days ago, start of yesterday): only the DEMO, whatever the time of day now
        LocalDate twoDaysAgo = LocalDate.ofInstant(now.minus(2, ChronoUnit.DAYS), ZoneOffset.UTC);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.seller())
                .queryParam("keyPersonId", person.toString())
                .queryParam("from", twoDaysAgo.toString())
                .queryParam("to", twoDaysAgo.plusDays(1).toString())
                .get("/interactions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].type", equalTo("DEMO")));
    }

    @Test
    void aMalformedDateIsABadRequestNamingTheParameter() {
        given().header("Authorization", Tokens.seller())
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-31")
                .get("/interactions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("to")));
    }

    @Test
    void anInteractionMoreThanFiveMinutesAheadIsRefusedNamingOccurredAt() {
        UUID person = registerPerson();

        post(Tokens.seller(), interaction(person, "CALL", Instant.now().plus(6, ChronoUnit.MINUTES)))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("occurredAt")));
    }

    @Test
    void aMissingBodyNamesEveryRequiredFieldAndANullKeyPersonIsNamed() {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .post("/interactions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("keyPersonIds", "type", "outcome", "occurredAt"));

        JsonObject withNull = interaction(registerPerson(), "CALL", Instant.now());
        withNull.getJsonArray("keyPersonIds").addNull();
        post(Tokens.seller(), withNull)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("keyPersonIds")))
                .body("errors.message", equalTo(List.of("must not contain null")));
    }

    @Test
    void aSellerCannotReportABidResult() {
        UUID person = registerPerson();

        post(Tokens.seller(), interaction(person, "BID_WON", Instant.now().minus(1, ChronoUnit.HOURS)))
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("type")));
    }

    @Test
    void anUnknownKeyPersonIsNotFoundAndADeactivatedOneIsARuleViolation() {
        UUID unknown = UUID.randomUUID();
        post(Tokens.seller(), interaction(unknown, "CALL", Instant.now()))
                .then().statusCode(404)
                .body("detail", equalTo("key person " + unknown + " does not exist"));

        UUID gone = registerPerson();
        keyPersons.handle(KeyPerson.streamId(gone), EventStore.ANY, new DeactivateKeyPerson(gone, "left the company"),
                EventMetadata.command("test", Instant.now())).await().indefinitely();
        post(Tokens.seller(), interaction(gone, "CALL", Instant.now()))
                .then().statusCode(422)
                .body("unmetRules", equalTo(List.of("key person " + gone + " is deactivated")));
    }

    @Test
    void anIntegrationClientMayNotRecordASellersInteraction() {
        UUID person = registerPerson();

        post(Tokens.integration(), interaction(person, "CALL", Instant.now()))
                .then().statusCode(403)
                .body("detail", equalTo("Interactions are recorded by sellers, managers and sales-ops;"
                        + " integrations push theirs to POST /integrations/interactions"));
    }

    @Test
    void badQueryParametersAreNamed() {
        given().header("Authorization", Tokens.seller())
                .queryParam("keyPersonId", "nobody")
                .queryParam("from", "yesterday")
                .queryParam("size", 500)
                .get("/interactions")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("keyPersonId", "from", "size")));
    }

    private static Response post(String bearer, JsonObject body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body.encode())
                .post("/interactions");
    }

    private static JsonObject interaction(UUID person, String type, Instant occurredAt) {
        return new JsonObject().put("keyPersonIds", new JsonArray().add(person.toString())).put("type", type)
                .put("occurredAt", occurredAt.toString()).put("outcome", "POSITIVE");
    }

    private UUID registerPerson() {
        UUID id = UUID.randomUUID();
        String account = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        KeyPersonProfile profile = new KeyPersonProfile("Lea Novak", "Head of Maintenance", null, Seniority.SENIOR_MANAGER,
                Scope.COMPANY, Kind.EVALUATOR, 0, null, null, null, List.of());
        keyPersons.handle(KeyPerson.streamId(id), EventStore.NO_STREAM, new RegisterKeyPerson(id, account, profile, "test"),
                EventMetadata.command("test", Instant.now())).await().indefinitely();
        return id;
    }
}
