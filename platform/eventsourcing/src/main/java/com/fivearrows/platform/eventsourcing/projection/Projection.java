package com.fivearrows.platform.eventsourcing.projection;

import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * A read model built from the service's own event store. Register an implementation as a CDI bean and
 * the platform feeds it every event in commit order, each batch in the transaction that also records the
 * projection's position, so an event is applied exactly once and a crash loses nothing. A rebuild (the
 * ops endpoint) calls {@link #reset} and replays the store from the start.
 *
 * <pre>{@code
 * @ApplicationScoped
 * class CounterTotals implements Projection {
 *     public String name() { return "counter-totals"; }
 *     public Uni<Void> apply(SqlConnection tx, StoredEvent event) {
 *         return tx.preparedQuery("INSERT INTO counter_totals ...").execute(...).replaceWithVoid();
 *     }
 *     public Uni<Void> reset(SqlConnection tx) {
 *         return tx.query("DELETE FROM counter_totals").execute().replaceWithVoid();
 *     }
 * }
 * }</pre>
 */
public interface Projection {

    /** A stable name: it keys the projection's checkpoint and its ops endpoint. */
    String name();

    /** Applies one event inside the projection's transaction; ignore event types you do not read. */
    Uni<Void> apply(SqlConnection tx, StoredEvent event);

    /**
     * Applies a batch of events, in commit order, inside the projection's transaction. By default one
     * {@link #apply} after another; a projection that must replay millions of events fast overrides it
     * with set-based SQL (one statement for the whole batch) instead of a round trip per event.
     */
    default Uni<Void> applyBatch(SqlConnection tx, List<StoredEvent> batch) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(event -> apply(tx, event))
                .collect().last().replaceWithVoid();
    }

    /** Removes everything the projection built, inside the rebuild's transaction. */
    Uni<Void> reset(SqlConnection tx);
}
