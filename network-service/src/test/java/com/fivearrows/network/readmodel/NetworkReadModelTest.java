package com.fivearrows.network.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fivearrows.network.closeness.ActivityWeighing;
import com.fivearrows.network.closeness.ClosenessInputsRepository;
import com.fivearrows.network.closeness.ClosenessSettings;
import com.fivearrows.network.closeness.DecayScale;
import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkReadModelTest {
    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

    @Inject
    EventStore store;

    @Inject
    Projections projections;

    @Inject
    ClosenessInputsRepository repository;

    @Inject
    Pool pool;

    private NetworkEvents events;

    @BeforeEach
    void setUp() {
        events = new NetworkEvents(store, projections);
    }

    @Test
    void theKeyPersonRowHoldsTheCurrentProfileAndIsFoundByExternalIdOrEmail() {
        String account = NetworkEvents.newId("acc");
        String marketingId = NetworkEvents.newId("mkt");
        String serviceId = NetworkEvents.newId("svc");
        String email = NetworkEvents.newId("Ada.Lovelace") + "@Example.com";
        UUID person = UUID.randomUUID();
        JsonObject profile = NetworkEvents.profile("Ada Lovelace", Scope.COMPANY, Kind.APPROVER, 4)
                .put("title", "CFO").put("politicalStatus", "INNER_CIRCLE").put("email", email)
                .put("externalIds", new JsonArray().add(marketingId));
        events.registerPerson(person, account, profile, T0);
        JsonObject promoted = profile.copy().put("title", "CEO")
                .put("externalIds", new JsonArray().add(marketingId).add(serviceId));
        events.updatePerson(person, promoted, T0.plusSeconds(60));
        events.assess(person, "RelationshipLevelAssessed", "FAMILIAR", T0, T0.plusSeconds(120));
        events.awaitProjected();

        Row row = one(pool.preparedQuery("SELECT * FROM key_person WHERE external_ids @> ARRAY[$1]")
                .execute(Tuple.of(serviceId)));
        assertThat(row.getUUID("key_person_id")).isEqualTo(person);
        assertThat(row.getString("account_id")).isEqualTo(account);
        assertThat(row.getString("title")).isEqualTo("CEO");
        assertThat(row.getString("political_status")).isEqualTo("INNER_CIRCLE");
        assertThat(row.getString("kind")).isEqualTo("APPROVER");
        assertThat(row.getBoolean("active")).isTrue();
        assertThat(row.getString("registered_by")).isEqualTo("seller-1");
        assertThat(row.getOffsetDateTime("registered_at").toInstant()).isEqualTo(T0);
        assertThat(row.getOffsetDateTime("updated_at").toInstant()).isEqualTo(T0.plusSeconds(120));
        assertThat(row.getLong("version")).as("the stream's version, for If-Match").isEqualTo(3);
        assertThat(one(pool.preparedQuery("SELECT key_person_id FROM key_person WHERE lower(email) = lower($1)")
                .execute(Tuple.of(email.toUpperCase()))).getUUID("key_person_id")).isEqualTo(person);
    }

    @Test
    void theChainKeepsTheLastReportedValueOfEachContextFieldAnEventLeavesOut() {
        String opportunity = NetworkEvents.newId("opp");
        events.startChain(opportunity, NetworkEvents.newId("acc"), T0);
        events.changeContext(opportunity, "QUALIFY", new BigDecimal("125000.50"), "OPEN", List.of("seller-1", "seller-2"), T0);
        events.changeContext(opportunity, "PROPOSE", null, null, null, T0.plusSeconds(60));
        events.awaitProjected();

        Row chain = one(pool.preparedQuery("SELECT * FROM decision_chain WHERE opportunity_id = $1")
                .execute(Tuple.of(opportunity)));
        assertThat(chain.getString("stage")).isEqualTo("PROPOSE");
        assertThat(chain.getBigDecimal("amount")).isEqualByComparingTo("125000.50");
        assertThat(chain.getString("currency")).isEqualTo("EUR");
        assertThat(chain.getString("status")).isEqualTo("OPEN");
        assertThat(chain.getArrayOfStrings("team")).containsExactly("seller-1", "seller-2");
        assertThat(chain.getLong("version")).isEqualTo(3);
    }

    @Test
    void anInteractionIsListedOnceWithEveryPersonInItAndCountedForEachOfThem() {
        String account = NetworkEvents.newId("acc");
        UUID first = events.registerPerson(account, Scope.COMPANY, Kind.USER, 2, T0);
        UUID second = events.registerPerson(account, Scope.COMPANY, Kind.COACH, 1, T0);
        UUID interaction = events.recordInteraction(List.of(first, second), InteractionType.SITE_VISIT, Outcome.POSITIVE,
                T0.minus(Duration.ofDays(3)), T0);
        events.awaitProjected();

        Row row = one(pool.preparedQuery("SELECT * FROM interaction WHERE interaction_id = $1")
                .execute(Tuple.of(interaction)));
        assertThat(row.getArrayOfUUIDs("key_person_ids")).containsExactly(first, second);
        assertThat(row.getString("type")).isEqualTo("SITE_VISIT");
        assertThat(row.getString("source")).isEqualTo("SELLER");
        assertThat(row.getOffsetDateTime("occurred_at").toInstant()).isEqualTo(T0.minus(Duration.ofDays(3)));
        assertThat(row.getOffsetDateTime("recorded_at").toInstant()).isEqualTo(T0);
        assertThat(repository.activityBreakdown(List.of(first, second), T0).await().indefinitely().values())
                .hasSize(2)
                .allSatisfy(totals -> assertThat(totals).singleElement()
                        .satisfies(total -> assertThat(total.count()).isEqualTo(1)));
        // SITE_VISIT 6 × POSITIVE 1.0, three days before T0 with a 60-day half-life: 6 × 2^(−3/60)
        DecayScale scale = new DecayScale(Duration.ofDays(60));
        assertThat(repository.personInputs(List.of(first, second), T0).await().indefinitely().values())
                .allSatisfy(inputs -> assertThat(inputs.weightedActivity() / scale.factor(T0))
                        .isCloseTo(6 * Math.pow(2, -3.0 / 60), within(1e-9)));
    }

    @Test
    void activityScaledWithAnotherHalfLifeIsNotAddedToUntilTheProjectionIsRebuilt() {
        UUID person = events.registerPerson(NetworkEvents.newId("acc"), Scope.COMPANY, Kind.USER, 2, T0);
        UUID interaction = events.recordInteraction(List.of(person), InteractionType.EMAIL, Outcome.NEUTRAL, T0, T0);
        events.awaitProjected();
        assertThat(halfLife()).contains(Duration.ofDays(60));

        StoredEvent recorded = store.load("interaction:" + interaction).await().indefinitely().get(0);
        NetworkReadModel withThirtyDays = new NetworkReadModel(
                new ActivityWeighing(ClosenessSettings.defaults(), new DecayScale(Duration.ofDays(30))));

        assertThatThrownBy(() -> pool.withTransaction(tx -> withThirtyDays.apply(tx, recorded)).await().indefinitely())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PT1440H").hasMessageContaining("rebuild the network projection");
        assertThat(halfLife()).isEqualTo(Optional.of(Duration.ofDays(60)));
    }

    @Test
    void activityWeighedWithOtherWeightsIsNotAddedToUntilTheProjectionIsRebuilt() {
        UUID person = events.registerPerson(NetworkEvents.newId("acc"), Scope.COMPANY, Kind.USER, 2, T0);
        UUID interaction = events.recordInteraction(List.of(person), InteractionType.EMAIL, Outcome.NEUTRAL, T0, T0);
        events.awaitProjected();

        StoredEvent recorded = store.load("interaction:" + interaction).await().indefinitely().get(0);
        NetworkReadModel withHeavierEmails = new NetworkReadModel(new ActivityWeighing(
                ClosenessSettings.defaults().toBuilder().typeWeight(InteractionType.EMAIL, 2).build(),
                new DecayScale(Duration.ofDays(60))));

        assertThatThrownBy(() -> pool.withTransaction(tx -> withHeavierEmails.apply(tx, recorded)).await().indefinitely())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EMAIL 1.0").hasMessageContaining("EMAIL 2.0")
                .hasMessageContaining("rebuild the network projection");
    }

    private Optional<Duration> halfLife() {
        return repository.scaledWith().await().indefinitely().map(ClosenessInputsRepository.Scaling::halfLife);
    }

    @Test
    void theProjectionGoesPastEventsItDoesNotRead() {
        events.append("Closeness", "closeness:account:" + NetworkEvents.newId("acc"), "ClosenessChanged",
                new JsonObject().put("level", "ACCOUNT"), T0);
        events.append("Elsewhere", NetworkEvents.newId("elsewhere"), "SomethingElseHappened", new JsonObject(), T0);
        UUID person = events.registerPerson(NetworkEvents.newId("acc"), Scope.COMPANY, Kind.USER, 2, T0);
        events.awaitProjected();

        assertThat(projections.status(NetworkReadModel.NAME).await().indefinitely().lastError()).isNull();
        assertThat(repository.personAt(person, T0).await().indefinitely().kind()).isEqualTo(Kind.USER);
    }

    private static Row one(Uni<RowSet<Row>> query) {
        RowSet<Row> rows = query.await().indefinitely();
        assertThat(rows.size()).isEqualTo(1);
        return rows.iterator().next();
    }
}
