package com.fivearrows.platform.eventsourcing.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.sample.Counter;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectionRebuildTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");

    @Inject
    AggregateStore<Counter.Increment, Counter.State, Counter.Event> counters;

    @Inject
    Projections projections;

    @Inject
    Pool pool;

    @Test
    void theProjectionFollowsTheStoreAndARebuildByReplayGivesAnIdenticalReadModel() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 40; i++) {
            counters.handle("counter-" + run + "-" + (i % 4), EventStore.ANY, new Counter.Increment(i), EventMetadata.command("test", NOW))
                    .await().indefinitely();
        }
        // Counter i%4 = 0 got 4 + 8 + ... + 40 = 220 in 10 increments.
        await().atMost(Duration.ofSeconds(30)).until(() -> total("counter-" + run + "-0") == 220);
        await().atMost(Duration.ofSeconds(30)).until(() -> status().lag() == 0);
        List<String> before = readModel();

        pool.query("UPDATE sample_counter_totals SET total = -1").execute().await().indefinitely();
        given().post("/ops/projections/counter-totals/rebuild")
                .then().statusCode(202).body("name", equalTo("counter-totals"));

        await().atMost(Duration.ofSeconds(60)).until(() -> !status().rebuilding() && readModel().equals(before));
        assertThat(total("counter-" + run + "-0")).isEqualTo(220);
    }

    @Test
    void anUnknownProjectionCannotBeRebuilt() {
        given().post("/ops/projections/no-such-projection/rebuild").then().statusCode(404);
    }

    private ProjectionStatus status() {
        return projections.status("counter-totals").await().indefinitely();
    }

    private long total(String counter) {
        var rows = pool.preparedQuery("SELECT total FROM sample_counter_totals WHERE counter_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(counter)).await().indefinitely();
        return rows.size() == 0 ? 0 : rows.iterator().next().getLong("total");
    }

    private List<String> readModel() {
        List<String> rows = new ArrayList<>();
        for (Row row : pool.query("SELECT counter_id, total, events FROM sample_counter_totals ORDER BY counter_id").execute()
                .await().indefinitely()) {
            rows.add(row.getString("counter_id") + "=" + row.getLong("total") + "/" + row.getInteger("events"));
        }
        return rows;
    }
}
