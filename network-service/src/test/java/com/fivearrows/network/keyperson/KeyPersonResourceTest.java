package com.fivearrows.network.keyperson;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.fivearrows.network.chain.DecisionChain;
import com.fivearrows.network.chain.DecisionChainCommand;
import com.fivearrows.network.chain.DecisionChainCommand.ApplyOpportunityContext;
import com.fivearrows.network.chain.DecisionChainEvent;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.platform.embedded.testing.Tokens;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeyPersonResourceTest {
    private static final Duration READ_MODEL = Duration.ofSeconds(20);

    @Inject
    Pool pool;

    @Inject
    AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> chains;

    static String newAccount() {
        return "acc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> profile(String accountId, String name, String scope, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountId", accountId);
        body.put("name", name);
        body.put("title", "Head of Procurement");
        body.put("department", "Procurement");
        body.put("seniority", "SENIOR_MANAGER");
        body.put("scope", scope);
        body.put("kind", kind);
        return body;
    }

    static String register(String bearer, Map<String, Object> body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .post("/key-persons")
                .then().statusCode(201)
                .extract().path("keyPersonId");
    }

    static Response put(String bearer, String keyPersonId, String ifMatch, Map<String, Object> body) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/key-persons/" + keyPersonId);
    }

    long registrations(String accountId) {
        return pool.preparedQuery("SELECT count(*) AS n FROM es_event WHERE event_type = 'KeyPersonRegistered'"
                        + " AND data ->> 'accountId' = $1")
                .execute(Tuple.of(accountId)).await().indefinitely().iterator().next().getLong("n");
    }

    @Test
    void registeringAnswers201WithLocationEtagAndThePersonWithItsKindsDefaultInfluence() {
        String account = newAccount();
        Map<String, Object> body = profile(account, "Wang Fang", "COMPANY", "APPROVER");
        body.put("email", "wang.fang@acme.example");
        body.put("externalIds", List.of("mkto-17"));

        Response created = given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(body)
                .post("/key-persons");

        created.then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("accountId", equalTo(account))
                .body("name", equalTo("Wang Fang"))
                .body("kind", equalTo("APPROVER"))
                .body("influence", equalTo(4))
                .body("externalIds", contains("mkto-17"))
                .body("active", equalTo(true))
                .body("registeredBy", equalTo("sam.seller"))
                .body("assessments.level", nullValue());
        String id = created.path("keyPersonId");
        assertThat(created.header("Location")).endsWith("/key-persons/" + id);

        given().header("Authorization", Tokens.otherSeller()).get("/key-persons/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Wang Fang"))
                .body("email", equalTo("wang.fang@acme.example"));
    }

    @Test
    void aMissingNameIsRefusedWith400NamingTheField() {
        Map<String, Object> body = profile(newAccount(), null, "COMPANY", "USER");

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(body)
                .post("/key-persons")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("name"));
    }

    @Test
    void anUnknownKindIsRefusedWith400NamingTheField() {
        Map<String, Object> body = profile(newAccount(), "Chen Jie", "COMPANY", "CHIEF_OF_EVERYTHING");

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(body)
                .post("/key-persons")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("kind"));
    }

    @Test
    void anInfluenceOfSixIsRefusedWith400NamingTheField() {
        Map<String, Object> body = profile(newAccount(), "Chen Jie", "COMPANY", "EVALUATOR");
        body.put("influence", 6);

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(body)
                .post("/key-persons")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("influence"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith400Problem() {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body("{\"name\": \"Chen")
                .post("/key-persons")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://five-arrows.dev/problems/malformed-request"))
                .body("status", equalTo(400));
    }

    @Test
    void anUnknownKeyPersonIs404ForReadsAndWrites() {
        String unknown = UUID.randomUUID().toString();

        given().header("Authorization", Tokens.manager()).get("/key-persons/" + unknown)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("key person " + unknown + " does not exist"));
        put(Tokens.manager(), unknown, null, profile(newAccount(), "Nobody", "COMPANY", "USER"))
                .then().statusCode(404);
        given().header("Authorization", Tokens.manager()).delete("/key-persons/" + unknown)
                .then().statusCode(404);
        given().header("Authorization", Tokens.manager()).contentType(ContentType.JSON).body(Map.of("level", "ALLY"))
                .post("/key-persons/" + unknown + "/assessments")
                .then().statusCode(404);
        given().header("Authorization", Tokens.manager()).get("/key-persons/" + unknown + "/assessments")
                .then().statusCode(404);
    }

    @Test
    void aSecondUpdateAtTheSameVersionIs409AndTheFirstUpdateStands() {
        String account = newAccount();
        String id = register(Tokens.seller(), profile(account, "Liu Yang", "COMPANY", "EVALUATOR"));
        Map<String, Object> promoted = profile(account, "Liu Yang", "COMPANY", "DECISION_MAKER");
        promoted.put("title", "CIO");
        Map<String, Object> renamed = profile(account, "Liu Y.", "COMPANY", "EVALUATOR");

        put(Tokens.seller(), id, "\"1\"", promoted).then().statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo("CIO")).body("influence", equalTo(5));
        put(Tokens.seller(), id, "\"1\"", renamed).then().statusCode(409).contentType("application/problem+json");

        given().header("Authorization", Tokens.seller()).get("/key-persons/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("name", equalTo("Liu Yang"))
                .body("title", equalTo("CIO"))
                .body("kind", equalTo("DECISION_MAKER"));
    }

    @Test
    void anUpdateCannotMoveThePersonToAnotherAccount() {
        String account = newAccount();
        String id = register(Tokens.seller(), profile(account, "Liu Yang", "COMPANY", "EVALUATOR"));

        put(Tokens.seller(), id, null, profile(newAccount(), "Liu Yang", "COMPANY", "EVALUATOR"))
                .then().statusCode(400).body("errors.field", contains("accountId"));
        given().header("Authorization", Tokens.seller()).get("/key-persons/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("accountId", equalTo(account));
    }

    @Test
    void deactivatingAnswers204AndThePersonStaysReadableAsInactive() {
        String account = newAccount();
        String id = register(Tokens.seller(), profile(account, "Huang Lei", "OPPORTUNITY", "COACH"));

        given().header("Authorization", Tokens.seller()).header("If-Match", "\"1\"")
                .queryParam("reason", "left the company")
                .delete("/key-persons/" + id)
                .then().statusCode(204).header("ETag", "\"2\"");

        given().header("Authorization", Tokens.seller()).get("/key-persons/" + id)
                .then().statusCode(200).body("active", equalTo(false)).body("name", equalTo("Huang Lei"));
        given().header("Authorization", Tokens.seller()).delete("/key-persons/" + id)
                .then().statusCode(422).body("detail", containsString("already deactivated"));
        await().atMost(READ_MODEL).untilAsserted(() ->
                given().header("Authorization", Tokens.seller())
                        .queryParam("accountId", account).queryParam("active", "false")
                        .get("/key-persons")
                        .then().statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].keyPersonId", equalTo(id))
                        .body("items[0].deactivationReason", equalTo("left the company")));
    }

    @Test
    void assessingRecordsEachDimensionGivenAndTheLatestByAssessedTimeShowsWithWhoAndWhen() {
        String id = register(Tokens.seller(), profile(newAccount(), "Zhang Min", "COMPANY", "DECISION_MAKER"));
        Instant twoDaysAgo = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant threeDaysAgo = twoDaysAgo.minus(1, ChronoUnit.DAYS);

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(Map.of("level", "TRUSTED", "solutionStance", "CHAMPION", "assessedAt", twoDaysAgo.toString(),
                        "note", "after the site visit"))
                .post("/key-persons/" + id + "/assessments")
                .then().statusCode(201)
                .header("ETag", "\"3\"")
                .body("recorded.dimension", contains("LEVEL", "SOLUTION"))
                .body("recorded.value", contains("TRUSTED", "CHAMPION"))
                .body("recorded.assessedBy", contains("sam.seller", "sam.seller"));
        given().header("Authorization", Tokens.manager()).contentType(ContentType.JSON)
                .body(Map.of("level", "ACQUAINTED", "assessedAt", threeDaysAgo.toString()))
                .post("/key-persons/" + id + "/assessments")
                .then().statusCode(201).body("recorded.dimension", contains("LEVEL"));

        given().header("Authorization", Tokens.seller()).get("/key-persons/" + id)
                .then().statusCode(200)
                .header("ETag", "\"4\"")
                .body("assessments.level.value", equalTo("TRUSTED"))
                .body("assessments.level.assessedBy", equalTo("sam.seller"))
                .body("assessments.level.assessedAt", equalTo(twoDaysAgo.toString()))
                .body("assessments.solutionStance.value", equalTo("CHAMPION"))
                .body("assessments.priceStance", nullValue());
        await().atMost(READ_MODEL).untilAsserted(() ->
                given().header("Authorization", Tokens.seller()).queryParam("dimension", "LEVEL")
                        .get("/key-persons/" + id + "/assessments")
                        .then().statusCode(200)
                        .body("total", equalTo(2))
                        .body("items.value", contains("TRUSTED", "ACQUAINTED"))
                        .body("items.assessedBy", contains("sam.seller", "mia.manager"))
                        .body("items[0].note", equalTo("after the site visit")));
    }

    @Test
    void anAssessmentWithoutAnyDimensionIsRefusedWith400() {
        String id = register(Tokens.seller(), profile(newAccount(), "Zhang Min", "COMPANY", "DECISION_MAKER"));

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(Map.of("note", "met"))
                .post("/key-persons/" + id + "/assessments")
                .then().statusCode(400).body("errors.field", hasItem("level"));
    }

    @Test
    void theSameIdempotencyKeyTwiceRegistersOnePersonAndAnswersTheSameId() {
        String account = newAccount();
        Map<String, Object> body = profile(account, "Sun Li", "COMPANY", "USER");
        String key = UUID.randomUUID().toString();

        Response first = given().header("Authorization", Tokens.seller()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/key-persons");
        Response retry = given().header("Authorization", Tokens.seller()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/key-persons");

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.<String>path("keyPersonId")).isEqualTo(first.path("keyPersonId"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(registrations(account)).isEqualTo(1);
    }

    @Test
    void anIntegrationTokenMayNotRegisterAKeyPerson() {
        String account = newAccount();

        given().header("Authorization", Tokens.integration()).contentType(ContentType.JSON)
                .body(profile(account, "Zhou Xun", "COMPANY", "USER"))
                .post("/key-persons")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("may push interactions, nothing else"));
        assertThat(registrations(account)).isZero();
    }

    @Test
    void anEmailOrExternalIdHeldByAnotherActivePersonIsRefusedSoIntegrationDataStaysUnambiguous() {
        String account = newAccount();
        String crmId = "crm:" + account;
        Map<String, Object> first = profile(account, "Anna Keller", "COMPANY", "APPROVER");
        first.put("email", "anna.keller@" + account + ".example");
        first.put("externalIds", List.of(crmId));
        String anna = register(Tokens.seller(), first);
        await().atMost(Duration.ofSeconds(30)).until(() -> registrations(account) == 1);

        Map<String, Object> second = profile(account, "Anna K.", "COMPANY", "APPROVER");
        second.put("email", "Anna.Keller@" + account + ".EXAMPLE");
        second.put("externalIds", List.of("other:1", crmId));
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(second)
                .post("/key-persons")
                .then().statusCode(422)
                .body("unmetRules", hasItems("e-mail Anna.Keller@" + account + ".EXAMPLE is already held by key person " + anna,
                        "external id " + crmId + " is already held by key person " + anna));
        assertThat(registrations(account)).isEqualTo(1);

        put(Tokens.seller(), anna, null, first).then().statusCode(200);
    }

    @Test
    void aTokenWithoutAWritingRoleMayReadButNotRegister() {
        String account = newAccount();

        given().header("Authorization", Tokens.bearer("auditor")).contentType(ContentType.JSON)
                .body(profile(account, "Zhou Xun", "COMPANY", "USER"))
                .post("/key-persons")
                .then().statusCode(403)
                .body("detail", containsString("may only read"));
        given().header("Authorization", Tokens.bearer("auditor")).get("/key-persons?accountId=" + account)
                .then().statusCode(200);
        assertThat(registrations(account)).isZero();
    }

    @Test
    void aSellerMayNotEditAnotherSellersPersonUntilTheyJoinTheAccountTeamThroughAnOpportunity() {
        String account = newAccount();
        String id = register(Tokens.otherSeller(), profile(account, "Gao Yan", "COMPANY", "EVALUATOR"));
        Map<String, Object> retitled = profile(account, "Gao Yan", "COMPANY", "EVALUATOR");
        retitled.put("title", "Chief Architect");

        put(Tokens.seller(), id, null, retitled).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("only its registrant (olga.seller), sellers on the team of account " + account));

        String opportunity = "opp-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        chains.handle(DecisionChain.streamId(opportunity), EventStore.ANY,
                new ApplyOpportunityContext(opportunity, account, "QUALIFY", new BigDecimal("250000"), "EUR", "OPEN",
                        "olga.seller", List.of("sam.seller"), now, "opportunity-service"),
                EventMetadata.command("opportunity-service", now)).await().indefinitely();
        await().atMost(READ_MODEL).untilAsserted(() ->
                given().header("Authorization", Tokens.seller()).queryParam("accountId", account)
                        .get("/decision-chains")
                        .then().statusCode(200).body("items[0].team", contains("sam.seller")));

        put(Tokens.seller(), id, null, retitled).then().statusCode(200).body("title", equalTo("Chief Architect"));
    }

    @Test
    void theListFiltersByAccountScopeKindAndActiveAndPages() {
        String account = newAccount();
        register(Tokens.seller(), profile(account, "Anna Approver", "COMPANY", "APPROVER"));
        String coach = register(Tokens.seller(), profile(account, "Bo Coach", "OPPORTUNITY", "COACH"));
        String leaver = register(Tokens.seller(), profile(account, "Cai Coach", "COMPANY", "COACH"));
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(Map.of("reason", "retired"))
                .delete("/key-persons/" + leaver)
                .then().statusCode(204);
        register(Tokens.seller(), profile(newAccount(), "Elsewhere", "COMPANY", "COACH"));

        await().atMost(READ_MODEL).untilAsserted(() ->
                given().header("Authorization", Tokens.seller()).queryParam("accountId", account)
                        .get("/key-persons")
                        .then().statusCode(200)
                        .body("total", equalTo(3))
                        .body("items.name", contains("Anna Approver", "Bo Coach", "Cai Coach"))
                        .body("items[2].active", equalTo(false))
                        .body("items[2].deactivationReason", equalTo("retired")));

        given().header("Authorization", Tokens.seller())
                .queryParam("accountId", account).queryParam("kind", "COACH").queryParam("active", "true")
                .get("/key-persons")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].keyPersonId", equalTo(coach));
        given().header("Authorization", Tokens.seller())
                .queryParam("accountId", account).queryParam("scope", "COMPANY")
                .get("/key-persons")
                .then().statusCode(200).body("items.name", contains("Anna Approver", "Cai Coach"));
        given().header("Authorization", Tokens.seller())
                .queryParam("accountId", account).queryParam("page", "1").queryParam("size", "2")
                .get("/key-persons")
                .then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(3))
                .body("items.name", contains("Cai Coach"));
        given().header("Authorization", Tokens.seller()).queryParam("kind", "CHIEF").queryParam("size", "500")
                .get("/key-persons")
                .then().statusCode(400).body("errors.field", contains("kind", "size"));
    }
}
