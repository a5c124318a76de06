package com.fivearrows.opportunity.readmodel;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.opportunity.testing.Opportunities;
import com.fivearrows.platform.embedded.testing.Tokens;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An open opportunity with no event for 30 days is stalled, in its view and in the list. */
@QuarkusTest
class StalledOpportunityTest {

    @Test
    void anOpenOpportunityWithNoEventFor30DaysIsStalledAndOneTouchedSinceIsNot() {
        String accountId = "acct-" + UUID.randomUUID();
        String quiet = Opportunities.open(accountId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.seller())
                .queryParam("accountId", accountId).when().get("/opportunities")
                .then().statusCode(200).body("total", equalTo(1)));

        // 31 days on, for this test only (QuarkusMock resets after it).
        QuarkusMock.installMockForType(Clock.fixed(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC), Clock.class);

        given().header("Authorization", Tokens.seller()).when().get("/opportunities/" + quiet)
                .then().statusCode(200).body("stalled", equalTo(true));
        given().header("Authorization", Tokens.seller()).queryParam("accountId", accountId).queryParam("stalled", "true")
                .when().get("/opportunities")
                .then().statusCode(200).body("items.opportunityId", contains(quiet)).body("items.stalled", contains(true));
    }
}
