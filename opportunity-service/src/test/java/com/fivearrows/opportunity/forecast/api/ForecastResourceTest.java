package com.fivearrows.opportunity.forecast.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fivearrows.opportunity.forecast.FiscalCalendar;
import com.fivearrows.opportunity.testing.Opportunities;
import com.fivearrows.platform.embedded.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The forecast from the read model: totals as they stood at any instant, deal flow and accuracy, over HTTP. */
@QuarkusTest
class ForecastResourceTest {
    private static final LocalDate CLOSE = LocalDate.now(ZoneOffset.UTC).plusYears(1);
    private static final String PERIOD = new FiscalCalendar(1).quarterOf(CLOSE).name();

    String owner;

    @BeforeEach
    void owner() {
        owner = "fc-" + UUID.randomUUID();
    }

    @Test
    void theWeightedPipelineAsOfBeforeAStageChangeIsWhatItWasThenAndTheCurrenciesAreConverted() {
        String inEuros = open("100000.00", "EUR", CLOSE);
        open("50000.00", "USD", CLOSE);
        // both IDENTIFY 10 %: pipeline 100,000 + 50,000 × 0.9 = 145,000; weighted 10 % of it = 14,500
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> forecast(null)
                .body("pipeline.value", equalTo("145000.00")).body("weighted.value", equalTo("14500.00")));
        Instant beforeTheAdvance = Instant.now();

        Opportunities.override(inEuros, "QUALIFY");

        // QUALIFY 20 %: 100,000 × 0.2 + 45,000 × 0.1 = 24,500
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> forecast(null).body("weighted.value", equalTo("24500.00")));
        forecast(beforeTheAdvance).body("weighted.value", equalTo("14500.00"))
                .body("byCategory.PIPELINE.value", equalTo("145000.00"))
                .body("byCategory.COMMIT.value", equalTo("0.00"))
                .body("opportunities", equalTo(2))
                .body("pipeline.currency", equalTo("EUR"));
    }

    @Test
    void theDealFlowListsWhatWasWonPushedOutAndAddedBetweenTwoInstants() {
        String won = open("10000.00", "EUR", CLOSE);
        String pushed = open("20000.00", "EUR", CLOSE);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> forecast(null).body("opportunities", equalTo(2)));
        Instant from = Instant.now();

        close(won);
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(Map.of("name", "Plant 7 MES rollout", "expectedCloseDate", CLOSE.plusYears(1).toString()))
                .when().put("/opportunities/" + pushed).then().statusCode(200);
        String added = open("30000.00", "EUR", CLOSE);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.manager())
                .queryParam("period", PERIOD).queryParam("owner", owner).queryParam("from", from.toString())
                .when().get("/forecasts/deal-flow")
                .then().statusCode(200)
                .body("won", contains(won)).body("pushedOut", contains(pushed)).body("added", contains(added))
                .body("lost", equalTo(List.of())).body("pulledIn", equalTo(List.of())).body("removed", equalTo(List.of())));
    }

    @Test
    void accuracyIsForAnEndedPeriodOnlyAndABadPeriodIsNamed() {
        given().header("Authorization", Tokens.seller()).queryParam("period", "2020-Q1").queryParam("owner", owner)
                .when().get("/forecasts/accuracy")
                .then().statusCode(200).body("forecast.value", equalTo("0.00")).body("ratio", nullValue());
        given().header("Authorization", Tokens.seller()).queryParam("period", PERIOD).queryParam("owner", owner)
                .when().get("/forecasts/accuracy")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", Tokens.seller()).queryParam("period", "2026-Q5").when().get("/forecasts")
                .then().statusCode(400).body("errors.field", contains("period"));
    }

    private ValidatableResponse forecast(Instant asOf) {
        var request = given().header("Authorization", Tokens.seller()).queryParam("period", PERIOD).queryParam("owner", owner);
        if (asOf != null) {
            request.queryParam("asOf", asOf.toString());
        }
        return request.when().get("/forecasts").then().statusCode(200);
    }

    private String open(String value, String currency, LocalDate closeDate) {
        Map<String, Object> body = Map.of("accountId", "acct-" + UUID.randomUUID(), "name", "Plant 7 MES rollout",
                "owner", owner, "team", List.of("sam.seller"), "amount", Map.of("value", value, "currency", currency),
                "expectedCloseDate", closeDate.toString());
        return given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(body)
                .when().post("/opportunities").then().statusCode(201).extract().path("opportunityId");
    }

    private static void close(String opportunityId) {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "WON", "reason", "signed"))
                .when().post("/opportunities/" + opportunityId + "/close").then().statusCode(200);
    }
}
