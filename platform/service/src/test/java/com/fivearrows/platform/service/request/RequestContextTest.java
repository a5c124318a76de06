package com.fivearrows.platform.service.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.fivearrows.platform.embedded.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestContextTest {

    @Test
    void eventsOfARequestCarryTheCallerAndTheCorrelationIdItSent() {
        given().header("Authorization", Tokens.seller()).header(RequestContext.CORRELATION_HEADER, "7d3f1e2a-0c4b-4f5e-9a8b-1c2d3e4f5a6b")
                .get("/test-request-context")
                .then().statusCode(200)
                .body("actor", equalTo("sam.seller"))
                .body("correlationId", equalTo("7d3f1e2a-0c4b-4f5e-9a8b-1c2d3e4f5a6b"))
                .body("traceParent", nullValue());
    }

    @Test
    void withoutACorrelationIdARequestStartsANewFlow() {
        given().header("Authorization", Tokens.manager())
                .get("/test-request-context")
                .then().statusCode(200)
                .body("actor", equalTo("mia.manager"))
                .body("correlationId", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void aCorrelationIdThatIsNotAUuidIsABadRequest() {
        given().header("Authorization", Tokens.seller()).header(RequestContext.CORRELATION_HEADER, "flow-42")
                .get("/test-request-context")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("X-Correlation-Id"));
    }
}
