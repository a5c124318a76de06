package com.fivearrows.opportunity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service starts against the real broker and PostgreSQL and says so to Kubernetes. */
@QuarkusTest
class ReadinessTest {

    @Test
    void theServiceIsReadyOnceItsDatabaseBrokerAndRelayAre() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
