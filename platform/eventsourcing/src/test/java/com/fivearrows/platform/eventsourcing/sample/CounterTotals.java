package com.fivearrows.platform.eventsourcing.sample;

import com.fivearrows.platform.eventsourcing.projection.Projection;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** The sample read model: each counter's total and how many increments made it. */
@ApplicationScoped
public class CounterTotals implements Projection {

    @Override
    public String name() {
        return "counter-totals";
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, StoredEvent event) {
        if (!"Incremented".equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("INSERT INTO sample_counter_totals (counter_id, total, events) VALUES ($1, $2, 1)"
                        + " ON CONFLICT (counter_id) DO UPDATE SET total = sample_counter_totals.total + EXCLUDED.total,"
                        + " events = sample_counter_totals.events + 1")
                .execute(Tuple.of(event.streamId(), event.data().getLong("amount")))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return tx.query("DELETE FROM sample_counter_totals").execute().replaceWithVoid();
    }
}
