package com.fivearrows.opportunity.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.opportunity.testing.Opportunities;
import com.fivearrows.platform.embedded.testing.Tokens;
import com.fivearrows.platform.eventsourcing.projection.ProjectionStatus;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A replay of the store writes exactly the read model the live projection wrote. */
@QuarkusTest
class OpportunityRebuildTest {
    // Every table of the projection, ordered by its key.
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("opportunity", "opportunity_id");
        TABLES.put("stage_history", "opportunity_id, version");
        TABLES.put("opportunity_position", "opportunity_id, valid_from");
        TABLES.put("win_step", "opportunity_id, step");
        TABLES.put("proposal", "proposal_id");
        TABLES.put("tactic_attachment", "opportunity_id, tactic_id");
        TABLES.put("tactic", "tactic_id");
    }

    @Inject
    Projections projections;

    @Inject
    Pool pool;

    @Test
    void aRebuildByReplayWritesIdenticalTables() {
        String account = "acct-" + UUID.randomUUID();
        String won = Opportunities.open(account);
        String lost = Opportunities.open(account);
        String regressed = Opportunities.open(account);
        Opportunities.override(won, "QUALIFY");
        write("PUT", won + "/amount", Map.of("value", "99000.50", "currency", "EUR"));
        write("PUT", won + "/win-steps/1", Map.of("evidence", "budget confirmed"));
        write("POST", won + "/proposals", Map.of("kind", "PROPOSAL", "reference", "P-17"));
        String tactic = given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON)
                .body(Map.of("name", "Site visit with the plant manager")).when().post("/tactics")
                .then().statusCode(201).extract().path("tacticId");
        write("POST", won + "/tactics", Map.of("tacticId", tactic, "step", 1));
        write("PUT", won + "/forecast-category", Map.of("category", "COMMIT", "reason", "verbal award"));
        write("POST", won + "/close", Map.of("outcome", "WON", "reason", "signed"));
        write("PUT", lost, Map.of("name", "Renamed", "expectedCloseDate", "2030-01-31"));
        write("POST", lost + "/close", Map.of("outcome", "LOST", "reason", "price", "competitor", "Globex"));
        Opportunities.override(regressed, "QUALIFY");
        write("POST", regressed + "/regress", Map.of("toStage", "IDENTIFY", "reason", "budget frozen"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status().lag() == 0);
        Map<String, List<String>> live = dump();
        pool.query("UPDATE opportunity SET grade = 'A'").execute().await().indefinitely();

        given().header("Authorization", Tokens.manager()).when().post("/ops/projections/opportunities/rebuild")
                .then().statusCode(202).body("name", equalTo("opportunities"));

        await().atMost(Duration.ofSeconds(120)).until(() -> !status().rebuilding() && status().lag() == 0);
        assertThat(dump()).isEqualTo(live);
    }

    private static void write(String method, String path, Map<String, ?> body) {
        given().header("Authorization", Tokens.seller()).contentType(ContentType.JSON).body(body)
                .when().request(method, "/opportunities/" + path).then().statusCode(200);
    }

    private ProjectionStatus status() {
        return projections.status(OpportunityReadModel.NAME).await().indefinitely();
    }

    private Map<String, List<String>> dump() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        TABLES.forEach((table, key) -> {
            List<String> rows = new ArrayList<>();
            String query = "SELECT t::text AS line FROM " + table + " t ORDER BY " + key;
            for (Row row : pool.query(query).execute().await().indefinitely()) {
                rows.add(row.getString("line"));
            }
            tables.put(table, rows);
        });
        return tables;
    }
}
