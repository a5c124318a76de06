package com.fivearrows.platform.eventsourcing.projection;

import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

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

    /** Removes everything the projection built, inside the rebuild's transaction. */
    Uni<Void> reset(SqlConnection tx);
}
