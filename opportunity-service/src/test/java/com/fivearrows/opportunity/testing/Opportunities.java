package com.fivearrows.opportunity.testing;

import static io.restassured.RestAssured.given;

import com.fivearrows.platform.embedded.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Opportunities set up over the service's own REST API, as sam.seller (owner) or mia.manager. */
public final class Opportunities {

    private Opportunities() {
    }

    /** Opens one on {@code accountId} (EUR 125,000, closing in a year); its id. */
    public static String open(String accountId) {
        Map<String, Object> body = Map.of("accountId", accountId, "name", "Plant 7 MES rollout",
                "team", List.of("sam.seller"), "amount", Map.of("value", "125000.00", "currency", "EUR"),
                "expectedCloseDate", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
        return given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(body)
                .when().post("/opportunities").then().statusCode(201).extract().path("opportunityId");
    }

    /** A manager moves it on to {@code toStage} whatever its gate says. */
    public static void override(String opportunityId, String toStage) {
        given().header("Authorization", Tokens.manager()).contentType(ContentType.JSON)
                .body(Map.of("toStage", toStage, "reason", "set up for the test"))
                .when().post("/opportunities/" + opportunityId + "/gate-overrides").then().statusCode(200);
    }

    /** The opportunity as GET shows it; null when it does not exist. */
    public static JsonPath get(String opportunityId) {
        var response = given().header("Authorization", Tokens.seller()).when().get("/opportunities/" + opportunityId);
        return response.statusCode() == 404 ? null : response.then().statusCode(200).extract().jsonPath();
    }
}
