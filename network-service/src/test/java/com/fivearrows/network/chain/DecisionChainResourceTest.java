package com.fivearrows.network.chain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.platform.embedded.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionChainResourceTest {
    private static final Duration READ_MODEL = Duration.ofSeconds(20);

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String register(String bearer, String accountId, String name, String kind) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "name", name, "seniority", "MANAGER", "scope", "OPPORTUNITY",
                        "kind", kind))
                .post("/key-persons")
                .then().statusCode(201)
                .extract().path("keyPersonId");
    }

    static Response addMember(String bearer, String opportunityId, Map<String, Object> body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .post("/decision-chains/" + opportunityId + "/members");
    }

    static Response relate(String bearer, String opportunityId, String type, String from, String to, Integer strength) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("fromKeyPersonId", from);
        body.put("toKeyPersonId", to);
        body.put("strength", strength);
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .post("/decision-chains/" + opportunityId + "/relations");
    }

    @Test
    void theFirstMemberStartsTheChainWithRoleAndInfluenceFromItsKind() {
        String account = newId("acc");
        String opportunity = newId("opp");
        String evaluator = register(Tokens.seller(), account, "Chen Jie", "EVALUATOR");

        Response added = addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", evaluator));

        added.then().statusCode(201)
                .header("ETag", "\"2\"")
                .body("keyPersonId", equalTo(evaluator))
                .body("role", equalTo("EVALUATOR"))
                .body("influence", equalTo(3))
                .body("addedBy", equalTo("sam.seller"));
        assertThat(added.header("Location")).endsWith("/decision-chains/" + opportunity + "/members/" + evaluator);
        given().header("Authorization", Tokens.otherSeller()).get("/decision-chains/" + opportunity)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("opportunityId", equalTo(opportunity))
                .body("accountId", equalTo(account))
                .body("startedBy", equalTo("sam.seller"))
                .body("context.team", empty())
                .body("members.keyPersonId", contains(evaluator))
                .body("relations", empty());
    }

    @Test
    void aDeactivatedPersonOrOneOfAnotherAccountCannotJoinAChain() {
        String account = newId("acc");
        String opportunity = newId("opp");
        addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", register(Tokens.seller(), account, "Ann", "USER")))
                .then().statusCode(201);
        String leaver = register(Tokens.seller(), account, "Ben", "APPROVER");
        given().header("Authorization", Tokens.seller()).delete("/key-persons/" + leaver).then().statusCode(204);
        String stranger = register(Tokens.seller(), newId("acc"), "Cui", "APPROVER");

        addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", leaver))
                .then().statusCode(422).contentType("application/problem+json")
                .body("unmetRules", contains("key person " + leaver + " is deactivated"));
        addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", stranger))
                .then().statusCode(422).body("detail", containsString("belongs to account"));
    }

    @Test
    void anUnknownChainMemberChainOrPersonIs404() {
        String account = newId("acc");
        String opportunity = newId("opp");
        addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", register(Tokens.seller(), account, "Ann", "USER")))
                .then().statusCode(201);
        String stranger = UUID.randomUUID().toString();

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(Map.of("influence", 2))
                .put("/decision-chains/" + opportunity + "/members/" + stranger)
                .then().statusCode(404).body("detail", equalTo("decision chain member " + stranger + " does not exist"));
        given().header("Authorization", Tokens.seller())
                .delete("/decision-chains/" + opportunity + "/members/" + stranger)
                .then().statusCode(404);
        addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", stranger))
                .then().statusCode(404).body("detail", equalTo("key person " + stranger + " does not exist"));
        String noChain = newId("opp");
        given().header("Authorization", Tokens.seller()).get("/decision-chains/" + noChain)
                .then().statusCode(404).body("detail", equalTo("decision chain " + noChain + " does not exist"));
        given().header("Authorization", Tokens.seller())
                .delete("/decision-chains/" + noChain + "/members/" + stranger)
                .then().statusCode(404);
    }

    @Test
    void aMemberChangeIsValidatedAndAtAStaleVersionIs409() {
        String opportunity = newId("opp");
        String person = register(Tokens.seller(), newId("acc"), "Ann", "USER");
        String version = addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", person)).header("ETag");
        String member = "/decision-chains/" + opportunity + "/members/" + person;

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(Map.of("influence", 6))
                .put(member).then().statusCode(400).body("errors.field", contains("influence"));
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(Map.of("role", "KINGMAKER"))
                .put(member).then().statusCode(400).body("errors.field", contains("role"));
        given().header("Authorization", Tokens.seller()).header("If-Match", version).contentType(ContentType.JSON)
                .body(Map.of("role", "COACH")).put(member)
                .then().statusCode(200).header("ETag", "\"3\"").body("role", equalTo("COACH")).body("influence", equalTo(1));
        given().header("Authorization", Tokens.seller()).header("If-Match", version).contentType(ContentType.JSON)
                .body(Map.of("influence", 4)).put(member)
                .then().statusCode(409);
        given().header("Authorization", Tokens.seller()).get(member)
                .then().statusCode(200).body("role", equalTo("COACH")).body("influence", equalTo(1));
    }

    @Test
    void chainRelationsJoinMembersAndLeaveWithAMember() {
        String account = newId("acc");
        String opportunity = newId("opp");
        String cio = register(Tokens.seller(), account, "Chen Jie", "EVALUATOR");
        String architect = register(Tokens.seller(), account, "Liu Yang", "USER");
        String outsider = register(Tokens.seller(), account, "Huang Lei", "COACH");
        addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", cio)).then().statusCode(201);
        addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", architect, "role", "EVALUATOR", "influence", 4))
                .then().statusCode(201).body("role", equalTo("EVALUATOR")).body("influence", equalTo(4));

        Response reports = relate(Tokens.seller(), opportunity, "REPORTS_TO", architect, cio, null);
        reports.then().statusCode(201).body("type", equalTo("REPORTS_TO")).body("fromKeyPersonId", equalTo(architect));
        assertThat(reports.header("Location"))
                .endsWith("/decision-chains/" + opportunity + "/relations/" + reports.path("relationId"));
        relate(Tokens.seller(), opportunity, "INFLUENCES", cio, architect, 3).then().statusCode(201);
        relate(Tokens.seller(), opportunity, "INFLUENCES", outsider, cio, 3)
                .then().statusCode(422).body("detail", containsString("is not a member of this decision chain"));

        given().header("Authorization", Tokens.seller())
                .delete("/decision-chains/" + opportunity + "/members/" + architect)
                .then().statusCode(204);
        given().header("Authorization", Tokens.seller()).get("/decision-chains/" + opportunity)
                .then().statusCode(200)
                .body("members.keyPersonId", contains(cio))
                .body("relations", empty());
    }

    @Test
    void aSellerTheChainDoesNotInvolveMayNotChangeItButAManagerMay() {
        String account = newId("acc");
        String opportunity = newId("opp");
        String samsPerson = register(Tokens.seller(), account, "Ann", "USER");
        String olgasPerson = register(Tokens.otherSeller(), account, "Ben", "APPROVER");
        addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", samsPerson)).then().statusCode(201);

        addMember(Tokens.otherSeller(), opportunity, Map.of("keyPersonId", olgasPerson))
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("olga.seller may not change the decision chain of opportunity " + opportunity));
        given().header("Authorization", Tokens.otherSeller())
                .delete("/decision-chains/" + opportunity + "/members/" + samsPerson)
                .then().statusCode(403);
        addMember(Tokens.manager(), opportunity, Map.of("keyPersonId", olgasPerson))
                .then().statusCode(201).body("addedBy", equalTo("mia.manager"));
    }

    @Test
    void aSellerMayNotStartAChainWithAnotherSellersPerson() {
        String opportunity = newId("opp");
        String olgasPerson = register(Tokens.otherSeller(), newId("acc"), "Ben", "APPROVER");

        addMember(Tokens.seller(), opportunity, Map.of("keyPersonId", olgasPerson))
                .then().statusCode(403)
                .body("detail", containsString("sam.seller may not start the decision chain of opportunity " + opportunity));
        given().header("Authorization", Tokens.seller()).get("/decision-chains/" + opportunity).then().statusCode(404);
    }

    @Test
    void anIntegrationTokenMayNotChangeAChain() {
        String person = register(Tokens.seller(), newId("acc"), "Ann", "USER");

        addMember(Tokens.integration(), newId("opp"), Map.of("keyPersonId", person)).then().statusCode(403);
    }

    @Test
    void theListShowsAnAccountsChainsWithTheirMemberCounts() {
        String account = newId("acc");
        String first = newId("opp");
        String second = newId("opp");
        String ann = register(Tokens.seller(), account, "Ann", "USER");
        String ben = register(Tokens.seller(), account, "Ben", "APPROVER");
        addMember(Tokens.seller(), first, Map.of("keyPersonId", ann)).then().statusCode(201);
        addMember(Tokens.seller(), second, Map.of("keyPersonId", ann)).then().statusCode(201);
        addMember(Tokens.seller(), second, Map.of("keyPersonId", ben)).then().statusCode(201);

        await().atMost(READ_MODEL).untilAsserted(() ->
                given().header("Authorization", Tokens.manager()).queryParam("accountId", account)
                        .get("/decision-chains")
                        .then().statusCode(200)
                        .body("total", equalTo(2))
                        .body("items.opportunityId", contains(second, first))
                        .body("items.members", contains(2, 1))
                        .body("items[0].startedBy", equalTo("sam.seller")));
    }
}
