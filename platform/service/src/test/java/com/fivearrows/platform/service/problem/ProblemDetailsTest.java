package com.fivearrows.platform.service.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fivearrows.platform.embedded.testing.Tokens;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://five-arrows.dev/problems/";

    @Test
    void invalidFieldsAnswer400NamingEachField() {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body("{\"text\":\" \",\"amount\":-5}")
                .when().post("/test-notes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation"))
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("instance", equalTo("/test-notes"))
                .body("errors.field", containsInAnyOrder("text", "amount"))
                .body("errors.message", hasItem(notNullValue()));
    }

    @Test
    void missingBodyAnswers400NamingTheParameter() {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .when().post("/test-notes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("note"));
    }

    @Test
    void domainValidationFailureAnswers400WithItsFields() {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body("{\"text\":\"Acme is cheaper\",\"amount\":5}")
                .when().post("/test-notes/checked")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "validation"))
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", equalTo("must not name a competitor"));
    }

    @Test
    void malformedJsonAnswers400() {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body("{\"text\": \"unfinished")
                .when().post("/test-notes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "malformed-request"))
                .body("detail", not(containsString("com.fivearrows")));
    }

    @Test
    void wrongJsonTypeAnswers400NamingTheField() {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body("{\"text\":\"fine\",\"amount\":\"lots\"}")
                .when().post("/test-notes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "malformed-request"))
                .body("errors[0].field", equalTo("amount"));
    }

    @Test
    void unknownIdAnswers404() {
        given().header("Authorization", Tokens.seller())
                .when().get("/test-notes/987654321")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "not-found"))
                .body("detail", containsString("987654321"))
                .body("instance", equalTo("/test-notes/987654321"));
    }

    @Test
    void unknownPathAnswers404Problem() {
        given().header("Authorization", Tokens.seller())
                .when().get("/no-such-resource")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
    }

    @Test
    void wrongMethodAnswers405Problem() {
        given().header("Authorization", Tokens.seller())
                .when().patch("/test-notes/5")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(405))
                .body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void staleVersionAnswers409() {
        given().header("Authorization", Tokens.seller())
                .when().post("/test-notes/7/versions/2")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "version-conflict"))
                .body("detail", containsString("note-7"));
    }

    @Test
    void unmetRulesAnswer422ListingEachRule() {
        given().header("Authorization", Tokens.seller())
                .when().post("/test-notes/7/publish")
                .then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "rule-violated"))
                .body("unmetRules", containsInAnyOrder("a reviewer must approve it", "its amount must exceed 100"));
    }

    @Test
    void unexpectedFailureAnswers500WithAnErrorIdAndNoStackTrace() {
        String body = given().header("Authorization", Tokens.seller())
                .when().post("/test-notes/boom")
                .then().statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(TYPES + "internal"))
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .extract().asString();
        for (String leak : new String[] { "secret internal detail", "IllegalStateException", "\tat ",
                "TestNotesResource" }) {
            assertFalse(body.contains(leak), () -> "500 body leaks " + leak + ": " + body);
        }
    }
}
