package com.fivearrows.opportunity.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fivearrows.opportunity.opportunity.Money;
import com.fivearrows.opportunity.opportunity.Opportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeAmount;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeDetails;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OpenOpportunity;
import com.fivearrows.opportunity.opportunity.OpportunityEvent;
import com.fivearrows.opportunity.opportunity.OpportunityState;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A command decided again after a conflict keeps the time it was first stamped with, so it can be stored after a
 * later-stamped event: the forecast's periods must stay one after the other all the same.
 */
@QuarkusTest
class OutOfOrderTimesTest {

    @Inject
    AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities;

    @Inject
    Projections projections;

    @Inject
    Pool pool;

    @Test
    void anEventStampedBeforeThePreviousOneStillLeavesOneCurrentPositionAndOrderedPeriods() {
        String id = "opp-" + UUID.randomUUID();
        String stream = Opportunity.streamId(id);
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate closeDate = LocalDate.now().plusMonths(3);
        handle(stream, new OpenOpportunity(id, "acct-" + UUID.randomUUID(), "Plant 7", "sam.seller", List.of(),
                Money.of("100000", "EUR"), closeDate, null, false, t), t);
        handle(stream, new ChangeAmount(id, Money.of("120000", "EUR"), t.plusSeconds(10)), t.plusSeconds(10));
        handle(stream, new ChangeDetails(id, "Plant 7 and 8", closeDate, t.plusSeconds(5)), t.plusSeconds(5));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> projections.status(OpportunityReadModel.NAME).await().indefinitely().lag() == 0);
        assertThat(count("SELECT count(*) AS n FROM opportunity_position WHERE opportunity_id = $1 AND valid_to IS NULL", id))
                .as("one current position").isEqualTo(1);
        assertThat(count("SELECT count(*) AS n FROM opportunity_position WHERE opportunity_id = $1 AND valid_to < valid_from", id))
                .as("no period ends before it begins").isZero();
        assertThat(count("SELECT count(*) AS n FROM opportunity_position WHERE opportunity_id = $1 AND valid_to IS NULL"
                + " AND amount = 120000", id)).as("the current position holds the latest amount").isEqualTo(1);
    }

    private void handle(String stream, OpportunityCommand command, Instant at) {
        opportunities.handle(stream, EventStore.ANY, command, EventMetadata.command("sam.seller", at)).await().indefinitely();
    }

    private long count(String sql, String id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong("n");
    }
}
