package com.fivearrows.network.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.network.testing.PublisherPaused;
import com.fivearrows.platform.embedded.DevTokens;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

// The publisher is paused so that the marks the rebuild writes stay for the test to read: running, it evaluates and
// clears them as soon as the rebuild's last batch commits.
@QuarkusTest
@TestProfile(PublisherPaused.class)
class NetworkRebuildTest {
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    // Every table of the projection but the dirty marks, ordered by its key.
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("key_person", "key_person_id");
        TABLES.put("key_person_history", "key_person_id, since_version");
        TABLES.put("enterprise_relation", "relation_id, since_version");
        TABLES.put("decision_chain", "opportunity_id");
        TABLES.put("chain_member", "opportunity_id, key_person_id, since_version");
        TABLES.put("chain_relation", "opportunity_id, relation_id");
        TABLES.put("person_assessment", "key_person_id, dimension, assessed_at, recorded_position");
        TABLES.put("interaction", "interaction_id");
        TABLES.put("person_interaction", "key_person_id, occurred_at, interaction_id");
        TABLES.put("person_activity", "key_person_id, type, outcome");
        TABLES.put("person_activity_total", "key_person_id");
        TABLES.put("activity_scale", "only_row");
    }

    @Inject
    EventStore store;

    @Inject
    Projections projections;

    @Inject
    Pool pool;

    @Test
    void aRebuildByReplayWritesIdenticalTablesAndMarksEverySubjectAgain() {
        NetworkEvents events = new NetworkEvents(store, projections);
        String account = NetworkEvents.newId("acc");
        String opportunity = NetworkEvents.newId("opp");
        UUID ceo = events.registerPerson(account, Scope.COMPANY, Kind.DECISION_MAKER, 5, T0);
        UUID cfo = events.registerPerson(account, Scope.COMPANY, Kind.APPROVER, 4, T0);
        UUID engineer = events.registerPerson(account, Scope.OPPORTUNITY, Kind.EVALUATOR, 3, T0);
        events.updatePerson(engineer, NetworkEvents.profile("Engineer", Scope.OPPORTUNITY, Kind.USER, 2), T0.plusSeconds(10));
        events.assess(ceo, "RelationshipLevelAssessed", "ACQUAINTED", T0, T0.plusSeconds(20));
        events.assess(cfo, "PriceStanceAssessed", "RESISTANT", T0, T0.plusSeconds(20));
        events.assess(engineer, "SolutionStanceAssessed", "SUPPORTER", T0, T0.plusSeconds(20));
        UUID influence = events.addEnterpriseRelation(account, RelationType.INFLUENCES, cfo, ceo, 3, T0.plusSeconds(30));
        events.addEnterpriseRelation(account, RelationType.REPORTS_TO, cfo, ceo, null, T0.plusSeconds(30));
        events.changeEnterpriseRelationStrength(account, influence, 4, T0.plusSeconds(40));
        events.startChain(opportunity, account, T0.plusSeconds(50));
        events.changeContext(opportunity, "DEVELOP", new BigDecimal("98000"), "OPEN", List.of("seller-1"), T0.plusSeconds(50));
        events.addMember(opportunity, ceo, Kind.DECISION_MAKER, 5, T0.plusSeconds(60));
        events.addMember(opportunity, engineer, Kind.EVALUATOR, 3, T0.plusSeconds(60));
        UUID edge = events.addChainRelation(opportunity, RelationType.INFLUENCES, engineer, ceo, 2, T0.plusSeconds(70));
        events.changeMember(opportunity, engineer, Kind.EVALUATOR, 4, T0.plusSeconds(80));
        Random random = new Random(7);
        List<UUID> persons = List.of(ceo, cfo, engineer);
        for (int i = 0; i < 120; i++) {
            Instant occurred = T0.minus(Duration.ofHours(random.nextInt(24 * 200)));
            List<UUID> with = List.of(persons.get(random.nextInt(3)), persons.get(random.nextInt(3)));
            events.recordInteraction(with, InteractionType.values()[random.nextInt(10)], Outcome.values()[random.nextInt(3)],
                    occurred, T0.plusSeconds(90));
        }
        events.removeChainRelation(opportunity, edge, T0.plusSeconds(100));
        events.removeMember(opportunity, engineer, T0.plusSeconds(100));
        events.removeEnterpriseRelation(account, influence, T0.plusSeconds(110));
        events.deactivatePerson(cfo, T0.plusSeconds(120));
        events.awaitProjected();
        Map<String, List<String>> live = dump();
        pool.query("UPDATE person_activity SET count = -1").execute().await().indefinitely();
        pool.query("DELETE FROM closeness_dirty").execute().await().indefinitely();

        given().auth().oauth2(DevTokens.mint("ops-manager", Set.of("manager"), Duration.ofMinutes(5)))
                .post("/ops/projections/network/rebuild")
                .then().statusCode(202).body("name", equalTo("network"));

        await().atMost(Duration.ofSeconds(120))
                .until(() -> !projections.status(NetworkReadModel.NAME).await().indefinitely().rebuilding());
        assertThat(dump()).isEqualTo(live);
        assertThat(markedIds()).contains(ceo.toString(), cfo.toString(), engineer.toString(), account, opportunity);
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

    private List<String> markedIds() {
        List<String> ids = new ArrayList<>();
        for (Row row : pool.query("SELECT subject_id FROM closeness_dirty").execute().await().indefinitely()) {
            ids.add(row.getString("subject_id"));
        }
        return ids;
    }
}
