package com.fivearrows.platform.eventsourcing.sample;

import com.fivearrows.platform.eventsourcing.projection.Projection;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample read model: each counter's total and how many increments made it. It applies a batch with one
 * set-based upsert, the way a projection that must replay fast does.
 */
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
    public Uni<Void> applyBatch(SqlConnection tx, List<StoredEvent> batch) {
        Map<String, long[]> byCounter = new LinkedHashMap<>();
        for (StoredEvent event : batch) {
            if ("Incremented".equals(event.type())) {
                long[] totalAndCount = byCounter.computeIfAbsent(event.streamId(), id -> new long[2]);
                totalAndCount[0] += event.data().getLong("amount");
                totalAndCount[1]++;
            }
        }
        if (byCounter.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("INSERT INTO sample_counter_totals (counter_id, total, events)"
                        + " SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[])"
                        + " ON CONFLICT (counter_id) DO UPDATE SET total = sample_counter_totals.total + EXCLUDED.total,"
                        + " events = sample_counter_totals.events + EXCLUDED.events")
                .execute(Tuple.of(byCounter.keySet().toArray(String[]::new),
                        byCounter.values().stream().map(v -> v[0]).toArray(Long[]::new),
                        byCounter.values().stream().map(v -> (int) v[1]).toArray(Integer[]::new)))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return tx.query("DELETE FROM sample_counter_totals").execute().replaceWithVoid();
    }
}
