package com.fivearrows.opportunity.tactic.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fivearrows.platform.embedded.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A seller's personal tactics over HTTP: keeping them, who may see and change them, attaching them, their win rate. */
@QuarkusTest
class TacticResourceTest {
    private static final String NEXT_YEAR = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();

    /** A seller of their own per test, so counts over "the seller's" tactics and opportunities are this test's. */
    String seller;
    String sellerToken;

    @BeforeEach
    void seller() {
        seller = "tess-" + UUID.randomUUID();
        sellerToken = Tokens.bearer(seller, "seller");
    }

    @Test
    void aSellerKeepsATacticOfTheirOwnAndReadsItBack() {
        String location = create(sellerToken, "Reference plant visit", "Take the evaluator to a running line.")
                .statusCode(201)
                .header("ETag", "\"1\"")
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).endsWith("/tactics/" + UUID.fromString(id));

        given().header("Authorization", sellerToken).when().get("/tactics/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("tacticId", equalTo(id))
                .body("seller", equalTo(seller))
                .body("name", equalTo("Reference plant visit"))
                .body("description", equalTo("Take the evaluator to a running line."))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1));
    }

    @Test
    void badInputIsOne400NamingEveryField() {
        create(sellerToken, " ", "d".repeat(4001))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "description"));
    }

    @Test
    void onlyTheTacticsSellerRevisesOrRetiresItAManagerMayReadItAnotherSellerMayNot() {
        String id = tactic(Tokens.seller(), "Executive sponsor dinner");
        Map<String, String> revision = Map.of("name", "Executive sponsor lunch");

        for (String other : List.of(Tokens.otherSeller(), Tokens.manager())) {
            given().header("Authorization", other).contentType(ContentType.JSON).body(revision)
                    .when().put("/tactics/" + id).then().statusCode(403);
            given().header("Authorization", other).contentType(ContentType.JSON).body(Map.of("reason", "not mine"))
                    .when().delete("/tactics/" + id).then().statusCode(403);
        }
        given().header("Authorization", Tokens.otherSeller()).when().get("/tactics/" + id).then().statusCode(403);
        given().header("Authorization", Tokens.manager()).when().get("/tactics/" + id)
                .then().statusCode(200).body("name", equalTo("Executive sponsor dinner"));
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(revision)
                .when().put("/tactics/" + id).then().statusCode(200).body("name", equalTo("Executive sponsor lunch"));
    }

    @Test
    void aStaleIfMatchIs409AndTheCurrentOneIsAccepted() {
        String id = tactic(sellerToken, "Reference call with a peer CIO");
        Map<String, String> revision = Map.of("name", "Reference call with a peer CFO", "description", "finance angle");

        given().header("Authorization", sellerToken).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(revision).when().put("/tactics/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", sellerToken).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(revision).when().put("/tactics/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("Reference call with a peer CFO"))
                .body("description", equalTo("finance angle"));
    }

    @Test
    void aRetiredTacticStaysReadableButIsNeitherRevisedNorRetiredAgain() {
        String id = tactic(sellerToken, "Early pricing workshop");

        given().header("Authorization", sellerToken).contentType(ContentType.JSON)
                .body(Map.of("reason", "procurement forbids it now")).when().delete("/tactics/" + id)
                .then().statusCode(200).body("status", equalTo("RETIRED"))
                .body("retireReason", equalTo("procurement forbids it now"));
        given().header("Authorization", sellerToken).contentType(ContentType.JSON).body(Map.of("name", "Late workshop"))
                .when().put("/tactics/" + id)
                .then().statusCode(422).body("unmetRules", contains("tactic " + id + " is retired"));
        given().header("Authorization", sellerToken).when().delete("/tactics/" + id)
                .then().statusCode(422).body("unmetRules", contains("tactic " + id + " is retired"));
        given().header("Authorization", sellerToken).when().get("/tactics/" + id)
                .then().statusCode(200).body("status", equalTo("RETIRED"));
    }

    @Test
    void anUnknownTacticIsNotFound() {
        given().header("Authorization", sellerToken).when().get("/tactics/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", sellerToken).when().get("/tactics/tactic-7").then().statusCode(404);
        given().header("Authorization", sellerToken).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .when().put("/tactics/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aSellerListsTheirTacticsByNameAManagerTheirsTooAnotherSellerNot() {
        String visit = tactic(sellerToken, "Reference plant visit");
        String call = tactic(sellerToken, "CFO call");
        given().header("Authorization", sellerToken).contentType(ContentType.JSON).when().delete("/tactics/" + call)
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", sellerToken).when().get("/tactics")
                        .then().statusCode(200)
                        .body("items.tacticId", contains(call, visit))
                        .body("items.status", contains("RETIRED", "ACTIVE"))
                        .body("total", equalTo(2)));
        given().header("Authorization", Tokens.manager()).queryParam("seller", seller).queryParam("status", "ACTIVE")
                .when().get("/tactics")
                .then().statusCode(200).body("items.tacticId", contains(visit));
        given().header("Authorization", Tokens.otherSeller()).queryParam("seller", seller).when().get("/tactics")
                .then().statusCode(403);
        given().header("Authorization", sellerToken).queryParam("status", "GONE").when().get("/tactics")
                .then().statusCode(400).body("errors.field", contains("status"));
    }

    @Test
    void onlyAnActiveTacticOfTheCallersOwnIsAttached() {
        String opportunity = open(sellerToken, seller, List.of());
        String mine = tactic(sellerToken, "Reference plant visit");
        String olgas = tactic(Tokens.otherSeller(), "Olga's secret");
        String retired = tactic(sellerToken, "Old habit");
        given().header("Authorization", sellerToken).when().delete("/tactics/" + retired).then().statusCode(200);
        UUID unknown = UUID.randomUUID();

        attach(sellerToken, opportunity, olgas).statusCode(422)
                .body("unmetRules", contains("tactic " + olgas + " is not one of " + seller + "'s tactics"));
        attach(sellerToken, opportunity, retired).statusCode(422)
                .body("unmetRules", contains("tactic " + retired + " is retired"));
        attach(sellerToken, opportunity, unknown.toString()).statusCode(422)
                .body("unmetRules", contains("tactic " + unknown + " does not exist"));
        attach(sellerToken, opportunity, mine).statusCode(200);
    }

    @Test
    void theWinRateComparesTheSellersWonAndLostOpportunitiesWithTheTacticAgainstThoseWithout() {
        String tactic = tactic(sellerToken, "Reference plant visit");
        String unused = tactic(sellerToken, "Never tried");
        String won1 = open(sellerToken, seller, List.of());
        String won2 = open(sellerToken, seller, List.of());
        String lostOnTheTeam = open(Tokens.manager(), "someone.else", List.of(seller));
        String stillOpen = open(sellerToken, seller, List.of());
        String lostWithout = open(sellerToken, seller, List.of());
        String abandonedWithout = open(sellerToken, seller, List.of());
        for (String opportunity : List.of(won1, won2, lostOnTheTeam, stillOpen)) {
            attach(sellerToken, opportunity, tactic).statusCode(200);
        }
        close(won1, "WON");
        close(won2, "WON");
        close(lostOnTheTeam, "LOST");
        close(lostWithout, "LOST");
        close(abandonedWithout, "ABANDONED");

        // With the tactic: won1, won2 won and lostOnTheTeam lost (stillOpen is not closed): 2 of 3 won, 2/3.
        // Without it: lostWithout lost, abandonedWithout not decided by the customer: 0 of 1 won, 0.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath rate = winRate(tactic);
            assertThat(rate.getString("tacticId")).isEqualTo(tactic);
            assertThat(List.of(rate.getInt("with.won"), rate.getInt("with.lost"), rate.getInt("with.closed")))
                    .containsExactly(2, 1, 3);
            assertThat(rate.getDouble("with.rate")).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(List.of(rate.getInt("without.won"), rate.getInt("without.lost"), rate.getInt("without.closed")))
                    .containsExactly(0, 1, 1);
            assertThat(rate.getDouble("without.rate")).isEqualTo(0.0);
        });
        // A tactic never attached: nothing with it, no rate; without it all four decided ones, 2 of 4 won, 1/2.
        given().header("Authorization", Tokens.manager()).when().get("/tactics/" + unused + "/win-rate")
                .then().statusCode(200)
                .body("with.closed", equalTo(0)).body("with.rate", nullValue())
                .body("without.won", equalTo(2)).body("without.lost", equalTo(2)).body("without.closed", equalTo(4))
                .body("without.rate", equalTo(0.5f));
        given().header("Authorization", Tokens.otherSeller()).when().get("/tactics/" + tactic + "/win-rate")
                .then().statusCode(403);
    }

    private static ValidatableResponse create(String token, String name, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", description);
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/tactics").then();
    }

    private static String tactic(String token, String name) {
        return create(token, name, null).statusCode(201).extract().path("tacticId");
    }

    private static String open(String token, String owner, List<String> team) {
        Map<String, Object> body = Map.of("accountId", "acct-" + UUID.randomUUID(), "name", "Plant 7 MES rollout",
                "owner", owner, "team", team, "amount", Map.of("value", "125000.00", "currency", "EUR"),
                "expectedCloseDate", NEXT_YEAR);
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/opportunities").then().statusCode(201).extract().path("opportunityId");
    }

    private static ValidatableResponse attach(String token, String opportunityId, String tacticId) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("tacticId", tacticId, "step", 3))
                .when().post("/opportunities/" + opportunityId + "/tactics").then();
    }

    private void close(String opportunityId, String outcome) {
        given().header("Authorization", sellerToken).contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "reason", "decided by the customer"))
                .when().post("/opportunities/" + opportunityId + "/close").then().statusCode(200);
    }

    private JsonPath winRate(String tacticId) {
        return given().header("Authorization", sellerToken).when().get("/tactics/" + tacticId + "/win-rate")
                .then().statusCode(200).extract().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
