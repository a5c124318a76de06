package com.fivearrows.platform.service.concurrency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.platform.embedded.testing.Tokens;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IfMatchOverHttpTest {

    private static final String NOTE = "{\"text\":\"versioned\",\"amount\":1}";

    @Test
    void malformedIfMatchAnswers400NamingTheHeader() {
        long id = createNote();

        replace(id, "\"1\", \"2\"").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://five-arrows.dev/problems/validation"))
                .body("errors[0].field", equalTo("If-Match"));
        given().header("Authorization", Tokens.seller()).get("/test-notes/" + id)
                .then().body("version", equalTo(1));
    }

    @Test
    void staleIfMatchAnswers409AndTheCurrentOneReplaces() {
        long id = createNote();

        replace(id, "W/\"0\"").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://five-arrows.dev/problems/version-conflict"));
        replace(id, "\"1\"").then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2));
    }

    private static long createNote() {
        return given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(NOTE)
                .post("/test-notes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response replace(long id, String ifMatch) {
        return given().header("Authorization", Tokens.seller()).header(IfMatch.HEADER, ifMatch)
                .contentType(ContentType.JSON).body(NOTE)
                .put("/test-notes/" + id);
    }
}
