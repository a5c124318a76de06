package com.fivearrows.network.relation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fivearrows.platform.embedded.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelationResourceTest {
    private static final Duration READ_MODEL = Duration.ofSeconds(20);

    static String newAccount() {
        return "acc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String register(String bearer, String accountId, String name, String kind) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "name", name, "seniority", "MANAGER", "scope", "COMPANY",
                        "kind", kind))
                .post("/key-persons")
                .then().statusCode(201)
                .extract().path("keyPersonId");
    }

    static Response relate(String bearer, String accountId, String type, String from, String to, Integer strength) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("fromKeyPersonId", from);
        body.put("toKeyPersonId", to);
        body.put("strength", strength);
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .post("/accounts/" + accountId + "/relations");
    }

    @Test
    void addingARelationAnswers201WithItsIdLocationAndEtag() {
        String account = newAccount();
        String cfo = register(Tokens.seller(), account, "Wang Fang", "APPROVER");
        String ceo = register(Tokens.seller(), account, "Zhang Min", "DECISION_MAKER");

        Response added = relate(Tokens.seller(), account, "REPORTS_TO", cfo, ceo, null);

        added.then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("accountId", equalTo(account))
                .body("type", equalTo("REPORTS_TO"))
                .body("fromKeyPersonId", equalTo(cfo))
                .body("toKeyPersonId", equalTo(ceo))
                .body("strength", nullValue());
        String relationId = added.path("relationId");
        assertThat(added.header("Location")).endsWith("/accounts/" + account + "/relations/" + relationId);
        given().header("Authorization", Tokens.otherSeller()).get("/accounts/" + account + "/relations/" + relationId)
                .then().statusCode(200).header("ETag", "\"1\"").body("toKeyPersonId", equalTo(ceo));
    }

    @Test
    void aReportingCycleIsRefusedWith422NamingTheCycle() {
        String account = newAccount();
        String a = register(Tokens.seller(), account, "Ann", "USER");
        String b = register(Tokens.seller(), account, "Ben", "EVALUATOR");
        String c = register(Tokens.seller(), account, "Cui", "DECISION_MAKER");
        relate(Tokens.seller(), account, "REPORTS_TO", a, b, null).then().statusCode(201);
        relate(Tokens.seller(), account, "REPORTS_TO", b, c, null).then().statusCode(201);

        relate(Tokens.seller(), account, "REPORTS_TO", c, a, null)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("unmetRules", contains("reporting lines may not form a cycle: " + c + " → " + a + " → " + b + " → " + c));
    }

    @Test
    void aRelationToAPersonOfAnotherAccountIsRefusedWith422() {
        String account = newAccount();
        String other = newAccount();
        String ours = register(Tokens.seller(), account, "Ann", "USER");
        String theirs = register(Tokens.seller(), other, "Ben", "EVALUATOR");

        relate(Tokens.seller(), account, "INFLUENCES", ours, theirs, 3)
                .then().statusCode(422)
                .body("detail", containsString("key person " + theirs + " belongs to account " + other + ", not " + account));
    }

    @Test
    void aRelationWithoutATypeOrWithStrengthSixIsRefusedWith400NamingTheField() {
        String account = newAccount();
        String a = register(Tokens.seller(), account, "Ann", "USER");
        String b = register(Tokens.seller(), account, "Ben", "EVALUATOR");

        relate(Tokens.seller(), account, null, a, b, null)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("type"));
        relate(Tokens.seller(), account, "INFLUENCES", a, b, 6)
                .then().statusCode(400).body("errors.field", contains("strength"));
        relate(Tokens.seller(), account, "SUPERVISES", a, b, null)
                .then().statusCode(400).body("errors.field", contains("type"));
    }

    @Test
    void anUnknownRelationOrPersonIs404() {
        String account = newAccount();
        String a = register(Tokens.seller(), account, "Ann", "USER");
        String unknownPerson = UUID.randomUUID().toString();
        String unknownRelation = UUID.randomUUID().toString();

        relate(Tokens.seller(), account, "REPORTS_TO", a, unknownPerson, null)
                .then().statusCode(404).body("detail", equalTo("key person " + unknownPerson + " does not exist"));
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(Map.of("strength", 3))
                .put("/accounts/" + account + "/relations/" + unknownRelation)
                .then().statusCode(404).body("detail", equalTo("relation " + unknownRelation + " does not exist"));
        given().header("Authorization", Tokens.seller())
                .delete("/accounts/" + account + "/relations/" + unknownRelation)
                .then().statusCode(404);
        given().header("Authorization", Tokens.seller())
                .get("/accounts/" + account + "/relations/" + unknownRelation)
                .then().statusCode(404);
    }

    @Test
    void aStrengthChangeAtAStaleVersionIs409AndRemovalEndsTheRelation() {
        String account = newAccount();
        String a = register(Tokens.seller(), account, "Ann", "COACH");
        String b = register(Tokens.seller(), account, "Ben", "EVALUATOR");
        Response added = relate(Tokens.seller(), account, "INFLUENCES", a, b, 2);
        String relation = "/accounts/" + account + "/relations/" + added.path("relationId");
        String version = added.header("ETag");

        given().header("Authorization", Tokens.seller()).header("If-Match", version).contentType(ContentType.JSON)
                .body(Map.of("strength", 5)).put(relation)
                .then().statusCode(200).header("ETag", "\"2\"").body("strength", equalTo(5));
        given().header("Authorization", Tokens.seller()).header("If-Match", version).contentType(ContentType.JSON)
                .body(Map.of("strength", 1)).put(relation)
                .then().statusCode(409);
        given().header("Authorization", Tokens.seller()).delete(relation)
                .then().statusCode(204).header("ETag", "\"3\"");

        given().header("Authorization", Tokens.seller()).get(relation).then().statusCode(404);
        await().atMost(READ_MODEL).untilAsserted(() ->
                given().header("Authorization", Tokens.seller()).get("/accounts/" + account + "/relations")
                        .then().statusCode(200).body("total", equalTo(0)).body("items", empty()));
    }

    @Test
    void aSellerOffTheAccountTeamRelatesOnlyPersonsTheyRegisteredBoth() {
        String account = newAccount();
        String samsFirst = register(Tokens.seller(), account, "Ann", "USER");
        String samsSecond = register(Tokens.seller(), account, "Ben", "EVALUATOR");
        String olgas = register(Tokens.otherSeller(), account, "Cui", "APPROVER");

        relate(Tokens.seller(), account, "REPORTS_TO", samsFirst, olgas, null)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("sam.seller may not change the relations of account " + account));
        String relationId = relate(Tokens.seller(), account, "REPORTS_TO", samsFirst, samsSecond, null)
                .then().statusCode(201).extract().path("relationId");
        given().header("Authorization", Tokens.otherSeller())
                .delete("/accounts/" + account + "/relations/" + relationId)
                .then().statusCode(403);
        given().header("Authorization", Tokens.manager())
                .delete("/accounts/" + account + "/relations/" + relationId)
                .then().statusCode(204);
    }

    @Test
    void anIntegrationTokenMayNotAddARelation() {
        String account = newAccount();
        String a = register(Tokens.seller(), account, "Ann", "USER");
        String b = register(Tokens.seller(), account, "Ben", "EVALUATOR");

        relate(Tokens.integration(), account, "INFLUENCES", a, b, 3).then().statusCode(403);
    }

    @Test
    void theOrgChartShowsTheReportingTreeAndTheInfluenceEdgesBesideIt() {
        String account = newAccount();
        String ceo = register(Tokens.seller(), account, "Zhang Min", "DECISION_MAKER");
        String cfo = register(Tokens.seller(), account, "Wang Fang", "APPROVER");
        String cio = register(Tokens.seller(), account, "Chen Jie", "EVALUATOR");
        String architect = register(Tokens.seller(), account, "Liu Yang", "USER");
        String coach = register(Tokens.seller(), account, "Huang Lei", "COACH");
        relate(Tokens.seller(), account, "REPORTS_TO", cfo, ceo, null).then().statusCode(201);
        relate(Tokens.seller(), account, "REPORTS_TO", cio, ceo, null).then().statusCode(201);
        relate(Tokens.seller(), account, "REPORTS_TO", architect, cio, null).then().statusCode(201);
        String influence = relate(Tokens.seller(), account, "INFLUENCES", coach, cio, 4)
                .then().statusCode(201).extract().path("relationId");

        await().atMost(READ_MODEL).untilAsserted(() ->
                given().header("Authorization", Tokens.otherSeller()).get("/accounts/" + account + "/org-chart")
                        .then().statusCode(200)
                        .body("roots.name", contains("Huang Lei", "Zhang Min"))
                        .body("roots[0].reports", empty())
                        .body("roots[1].reports.name", contains("Chen Jie", "Wang Fang"))
                        .body("roots[1].reports[0].reports.name", contains("Liu Yang"))
                        .body("roots[1].reports[0].kind", equalTo("EVALUATOR"))
                        .body("influences.relationId", contains(influence))
                        .body("influences[0].fromKeyPersonId", equalTo(coach))
                        .body("influences[0].toKeyPersonId", equalTo(cio))
                        .body("influences[0].strength", equalTo(4)));
        given().header("Authorization", Tokens.seller()).queryParam("type", "REPORTS_TO")
                .get("/accounts/" + account + "/relations")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.fromKeyPersonId", contains(List.of(cfo, cio, architect).toArray()));
    }
}
