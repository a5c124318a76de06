package com.fivearrows.network.closeness;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fivearrows.network.testing.PublisherPollsHourly;
import com.fivearrows.platform.embedded.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The publisher starts a round when a transaction that marked subjects commits, not at its next poll: with the poll an
 * hour away, a newly registered person's closeness is still published within seconds.
 */
@QuarkusTest
@TestProfile(PublisherPollsHourly.class)
class PublisherWakeTest {

    @Inject
    Pool pool;

    @Test
    void aMarkedSubjectIsPublishedAsSoonAsItsMarkCommitsNotAtTheNextPoll() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String keyPersonId = given().header("Authorization", Tokens.seller()).contentType("application/json")
                .body(new JsonObject().put("accountId", "acct-" + run).put("name", "Mia Berg").put("title", "CFO")
                        .put("seniority", "EXECUTIVE").put("scope", "COMPANY").put("kind", "APPROVER").encode())
                .post("/key-persons")
                .then().statusCode(201).extract().path("keyPersonId");

        await().atMost(Duration.ofSeconds(20)).until(() -> pool
                .preparedQuery("SELECT count(*) FROM closeness_published WHERE subject_kind = 'PERSON' AND subject_id = $1")
                .execute(Tuple.of(keyPersonId)).await().indefinitely().iterator().next().getLong(0) == 1);
    }
}
