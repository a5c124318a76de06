package com.fivearrows.network.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.readmodel.NetworkEvents;
import com.fivearrows.platform.embedded.testing.Tokens;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.service.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A seller's network inventory over HTTP: the persons they logged an interaction with, as of an instant or a date. */
@QuarkusTest
class InventoryResourceTest {
    @Inject
    EventStore store;
    @Inject
    Projections projections;

    final Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1));
    final String seller = NetworkEvents.newId("ines");
    final Instant met = t.minus(Duration.ofDays(60));

    /**
     * One MANAGER key person, never assessed, met by the seller in one positive MEETING one half-life (60 days)
     * before T.
     */
    @BeforeEach
    void seed() {
        NetworkEvents events = new NetworkEvents(store, projections);
        UUID person = events.registerPerson(NetworkEvents.newId("acct"), Scope.COMPANY, Kind.EVALUATOR, 3,
                t.minus(Duration.ofDays(90)));
        UUID interaction = UUID.randomUUID();
        events.append("Interaction", "interaction:" + interaction, "InteractionRecorded", new JsonObject()
                .put("interactionId", interaction.toString())
                .put("keyPersonIds", new JsonArray().add(person.toString())).put("seller", seller)
                .put("type", "MEETING").put("occurredAt", met.toString()).put("outcome", "POSITIVE")
                .put("source", "SELLER").put("externalId", null).put("opportunityId", null).put("notes", null), t);
        events.awaitProjected();
    }

    @Test
    void aSellersInventoryCountsThePersonTheyMetWithTheirScores() {
        JsonPath inventory = given().header("Authorization", Tokens.manager())
                .get("/sellers/" + seller + "/network-inventory?asOf=" + t)
                .then().statusCode(200).extract().jsonPath();

        assertThat(inventory.getString("seller")).isEqualTo(seller);
        assertThat(inventory.getInt("persons")).isEqualTo(1);
        // A = 4 × 1.0 × 2^(−60/60) = 2; I = 100 × (1 − e^(−0.2)) = 18.127; unassessed L = 0: R = 0.4 × 18.127 = 7.251
        assertThat(inventory.getDouble("averageR")).isCloseTo(7.251, within(1e-3));
        // unassessed S = P = 0: C = 0.4 × 7.251 = 2.900, below 40 → POOR; R and C below 50 → DEVELOPING
        assertThat(inventory.getDouble("averageC")).isCloseTo(2.900, within(1e-3));
        assertThat(inventory.getInt("counts.MANAGER.POOR")).isEqualTo(1);
        assertThat(inventory.getString("sellerType")).isEqualTo("DEVELOPING");
    }

    @Test
    void meIsTheCaller() {
        given().header("Authorization", Tokens.bearer(seller, Roles.SELLER))
                .get("/sellers/me/network-inventory")
                .then().statusCode(200)
                .body("seller", equalTo(seller))
                .body("persons", equalTo(1));
    }

    @Test
    void asOfADateBeforeTheMeetingTheInventoryIsEmpty() {
        LocalDate dayBefore = LocalDate.ofInstant(met, ZoneOffset.UTC).minusDays(1);

        given().header("Authorization", Tokens.manager())
                .get("/sellers/" + seller + "/network-inventory?asOf=" + dayBefore)
                .then().statusCode(200)
                .body("persons", equalTo(0))
                .body("sellerType", equalTo("DEVELOPING"));
    }
}
