package com.fivearrows.opportunity.readmodel;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fivearrows.opportunity.testing.Opportunities;
import com.fivearrows.platform.embedded.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The process view from the read model: the stage history with how and how long, and the list with its filters. */
@QuarkusTest
class OpportunityProcessTest {

    @Test
    void theStageHistorySaysHowEachStageWasReachedWhyAndForHowLong() {
        String accountId = "acct-" + UUID.randomUUID();
        String id = Opportunities.open(accountId);
        Opportunities.override(id, "QUALIFY");
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(Map.of("toStage", "IDENTIFY", "reason", "the budget was withdrawn"))
                .when().post("/opportunities/" + id + "/regress").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.seller())
                .when().get("/opportunities/" + id + "/stage-history")
                .then().statusCode(200)
                .body("stage", contains("IDENTIFY", "QUALIFY", "IDENTIFY"))
                .body("how", contains("OPENED", "OVERRIDDEN", "REGRESSED"))
                .body("reason", contains(null, "set up for the test", "the budget was withdrawn"))
                .body("days", everyItem(notNullValue()))
                .body("leftAt[0]", notNullValue()).body("leftAt[2]", nullValue())
                .body("duration", everyItem(notNullValue())));

        given().header("Authorization", Tokens.seller()).queryParam("accountId", accountId).queryParam("stalled", "false")
                .when().get("/opportunities")
                .then().statusCode(200).body("items.opportunityId", contains(id)).body("total", equalTo(1));
        given().header("Authorization", Tokens.seller()).queryParam("accountId", accountId).queryParam("stalled", "true")
                .when().get("/opportunities")
                .then().statusCode(200).body("items.opportunityId", not(hasItem(id)));
        given().header("Authorization", Tokens.seller()).queryParam("status", "DONE").when().get("/opportunities")
                .then().statusCode(400).body("errors.field", contains("status"));
    }
}
