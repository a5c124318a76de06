package com.fivearrows.opportunity.opportunity.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fivearrows.opportunity.account.KnownAccounts;
import com.fivearrows.opportunity.testing.Topics;
import com.fivearrows.platform.embedded.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opportunities over HTTP: the stage machine's answers, bad input, versions and who may change what. */
@QuarkusTest
class OpportunityResourceTest {
    private static final String NEXT_YEAR = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();

    @Inject
    KnownAccounts accounts;

    String accountId;

    @BeforeEach
    void account() {
        accountId = "acct-" + UUID.randomUUID();
    }

    @Test
    void anOpportunityOpensInTheFirstStageGradedDInThePipeline() {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(open(accountId, "125000.00", NEXT_YEAR))
                .when().post("/opportunities")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"3\"")
                .body("stage", equalTo("IDENTIFY"))
                .body("probability", equalTo(10.0f))
                .body("status", equalTo("OPEN"))
                .body("owner", equalTo("sam.seller"))
                .body("amount.value", equalTo("125000.00"))
                .body("amount.currency", equalTo("EUR"))
                .body("grade", equalTo("D"))
                .body("forecastCategory", equalTo("PIPELINE"))
                .body("winSteps.completed", contains(false, false, false, false, false, false))
                .body("stalled", equalTo(false));
    }

    @Test
    void badInputOnOpenIsOne400NamingEveryField() {
        Map<String, Object> body = Map.of("accountId", accountId, "name", " ",
                "amount", Map.of("value", "-5", "currency", "euro"), "expectedCloseDate", "2020-01-31");

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(body)
                .when().post("/opportunities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "amount.value", "amount.currency", "expectedCloseDate"));
    }

    @Test
    void anUnknownStageIs400AndASkippedStage422() {
        String id = opened(accountId);

        advance(id, "CLOSING").statusCode(400).body("errors.field", contains("toStage"));
        advance(id, "SOLUTION").statusCode(422)
                .body("unmetRules", contains("an opportunity advances one stage at a time: from IDENTIFY the next stage"
                        + " is QUALIFY, not SOLUTION"));
    }

    @Test
    void anUnmetGateIs422ListingEveryCriterionUntilItIsMet() {
        String id = given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(open(accountId, "0", null)).when().post("/opportunities").then().statusCode(201)
                .extract().path("opportunityId");

        advance(id, "QUALIFY").statusCode(422).body("unmetRules", containsInAnyOrder(
                "the amount must be above zero, is 0 EUR", "the expected close date must be set",
                "the account " + accountId + " must be known to account-service"));

        register(accountId);
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(Map.of("value", "80000", "currency", "EUR")).when().put("/opportunities/" + id + "/amount")
                .then().statusCode(200);
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(Map.of("name", "Plant 7 MES", "expectedCloseDate", NEXT_YEAR)).when().put("/opportunities/" + id)
                .then().statusCode(200);
        advance(id, "QUALIFY").statusCode(200).body("stage", equalTo("QUALIFY")).body("probability", equalTo(20.0f))
                .body("grade", equalTo("C"));
    }

    @Test
    void aManagerMayLetAnOpportunityPassAnUnmetGateWithAReasonASellerMayNot() {
        String id = opened(accountId);
        Map<String, String> body = Map.of("toStage", "QUALIFY", "reason", "account-service import pending");

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(body)
                .when().post("/opportunities/" + id + "/gate-overrides")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.manager()).contentType(ContentType.JSON).body(body)
                .when().post("/opportunities/" + id + "/gate-overrides")
                .then().statusCode(200).body("stage", equalTo("QUALIFY"));
    }

    @Test
    void aStaleIfMatchIs409AndTheCurrentOneIsAccepted() {
        String id = opened(accountId);
        Map<String, String> amount = Map.of("value", "90000.00", "currency", "EUR");

        given().header("Authorization", Tokens.seller()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(amount).when().put("/opportunities/" + id + "/amount")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", Tokens.seller()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(amount).when().put("/opportunities/" + id + "/amount")
                .then().statusCode(200).header("ETag", "\"4\"").body("amount.value", equalTo("90000.00"));
    }

    @Test
    void aSellerOffTheTeamAndAnIntegrationClientMayNotChangeItButMayRead() {
        String id = opened(accountId);

        given().header("Authorization", Tokens.otherSeller()).contentType(ContentType.JSON)
                .body(Map.of("value", "1", "currency", "EUR")).when().put("/opportunities/" + id + "/amount")
                .then().statusCode(403).body("detail", equalTo("olga.seller is neither the owner of opportunity " + id
                        + " nor on its team"));
        given().header("Authorization", Tokens.integration()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "WON")).when().post("/opportunities/" + id + "/close")
                .then().statusCode(403);
        given().header("Authorization", Tokens.otherSeller()).when().get("/opportunities/" + id)
                .then().statusCode(200).body("stage", equalTo("IDENTIFY"));
    }

    @Test
    void aProposalNeedsItsReference() {
        String id = opened(accountId);

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(Map.of("kind", "BID"))
                .when().post("/opportunities/" + id + "/proposals")
                .then().statusCode(400).body("errors.field", contains("reference"));
    }

    @Test
    void anUnknownOpportunityIs404() {
        given().header("Authorization", Tokens.seller()).when().get("/opportunities/opp-unknown")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRegressNeedsAReasonAndAClosedOpportunityCountsAsClosedInTheForecast() {
        String id = opened(accountId);
        given().header("Authorization", Tokens.manager()).contentType(ContentType.JSON)
                .body(Map.of("toStage", "QUALIFY", "reason", "qualified in the steering meeting"))
                .when().post("/opportunities/" + id + "/gate-overrides").then().statusCode(200);

        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(Map.of("toStage", "IDENTIFY"))
                .when().post("/opportunities/" + id + "/regress")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "WON", "reason", "signed"))
                .when().post("/opportunities/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("WON")).body("stage", equalTo("WON"))
                .body("forecastCategory", equalTo("CLOSED"));
    }

    private String opened(String account) {
        return given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(open(account, "125000.00", NEXT_YEAR)).when().post("/opportunities")
                .then().statusCode(201).extract().path("opportunityId");
    }

    private static ValidatableResponse advance(String id, String toStage) {
        return given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(Map.of("toStage", toStage)).when().post("/opportunities/" + id + "/advance").then();
    }

    private void register(String account) {
        JsonObject data = new JsonObject().put("accountId", account).put("name", "Contoso").put("owner", "kim.kam")
                .put("tier", "KEY").put("registeredAt", Instant.now().toString());
        try (Topics topics = Topics.connect()) {
            topics.send("five-arrows.account.events", account, Topics.cloudEvent("/five-arrows/account-service",
                    "five-arrows.account.AccountRegistered.v1", account, Instant.now(), 1L, data));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> accounts.isKnown(account).await().indefinitely());
    }

    private static Map<String, Object> open(String account, String amount, String closeDate) {
        JsonObject body = new JsonObject().put("accountId", account).put("name", "Plant 7 MES rollout")
                .put("team", List.of("sam.seller")).put("amount", Map.of("value", amount, "currency", "EUR"))
                .put("expectedCloseDate", closeDate).put("source", "trade fair");
        return body.getMap();
    }
}
