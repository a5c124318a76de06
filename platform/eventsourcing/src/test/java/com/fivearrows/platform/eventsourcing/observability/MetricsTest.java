package com.fivearrows.platform.eventsourcing.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What operations read off /q/metrics: how far the relay, each projection and each consumer lag behind. */
@QuarkusTest
class MetricsTest {

    @Test
    void relayBacklogProjectionLagAndConsumerLagAreExposed() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("five_arrows_relay_backlog{topic=\"five-arrows.sample.events\"}"))
                .body(containsString("five_arrows_projection_lag{projection=\"counter-totals\"}"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag")));
    }
}
