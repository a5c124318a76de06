package com.fivearrows.platform.eventsourcing.subscription;

import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.GlobalPosition;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the store in commit order for one named subscriber and hands each batch to a handler inside
 * the same transaction that moves the subscriber's checkpoint: the batch's effects and the new position
 * commit together, or neither does.
 *
 * <p>Only one process works for a subscriber at a time: each batch first takes a transaction-scoped
 * advisory lock on the subscriber's name (which assigns no transaction id, so it never holds back the
 * commit-order horizon of other readers); a replica that does not get it skips the round.
 */
public final class CheckpointedReader {

    /** Handles one batch of events inside the reader's transaction. */
    @FunctionalInterface
    public interface BatchHandler {
        Uni<Void> handle(SqlConnection tx, List<StoredEvent> batch);
    }

    /** What one round did: how many events it handled and where the subscriber now stands. */
    public record Round(int handled, GlobalPosition position, boolean locked) {
    }

    private final String subscriber;
    private final EventStore store;
    private final int batchSize;
    private final BatchHandler handler;

    public CheckpointedReader(String subscriber, EventStore store, int batchSize, BatchHandler handler) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.subscriber = subscriber;
        this.store = store;
        this.batchSize = batchSize;
        this.handler = handler;
    }

    public String subscriber() {
        return subscriber;
    }

    /** Creates the subscriber's checkpoint at the start of the store unless it exists. */
    public Uni<Void> register() {
        return store.pool().preparedQuery("INSERT INTO es_checkpoint (subscriber) VALUES ($1) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(subscriber)).replaceWithVoid();
    }

    /** Handles at most one batch after the checkpoint. */
    public Uni<Round> runOnce() {
        return store.pool().withTransaction(tx -> tryLock(tx).flatMap(locked -> {
            if (!locked) {
                return Uni.createFrom().item(new Round(0, null, false));
            }
            return position(tx).flatMap(from -> store.readAfter(tx, from, batchSize).flatMap(batch -> {
                if (batch.isEmpty()) {
                    return Uni.createFrom().item(new Round(0, from, true));
                }
                GlobalPosition last = batch.get(batch.size() - 1).globalPosition();
                return handler.handle(tx, batch)
                        .flatMap(ignored -> moveTo(tx, last))
                        .replaceWith(new Round(batch.size(), last, true));
            }));
        }));
    }

    /**
     * Runs {@code work} under this subscriber's lock (waiting for a batch in flight to finish), then puts
     * the checkpoint back to the start, all in one transaction: how a projection is dropped for a rebuild.
     */
    public Uni<Void> restart(Function<SqlConnection, Uni<Void>> work) {
        return store.pool().withTransaction(tx -> tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of(subscriber))
                .flatMap(ignored -> work.apply(tx))
                .flatMap(ignored -> moveTo(tx, GlobalPosition.START)));
    }

    /**
     * Up to this many events behind, the lag is counted exactly; from here on it is estimated from positions. Counting
     * a million events took half a second of the database's CPU, and the lag is asked for about once a second by each
     * subscriber and on every status request: a rebuild that counted its lag spent most of its time counting.
     */
    public static final long LAG_COUNT_LIMIT = 10_000;

    // The estimate is the distance from the checkpoint's position to the newest event's: positions come from one
    // sequence, so it is exact but for positions a rolled-back append used up and events committed out of position
    // order, which are few against 10,000.
    private static final String LAG = """
            WITH counted AS (
                 SELECT count(*) AS n FROM (SELECT 1 FROM es_event WHERE (transaction_id, position) >
                        (SELECT transaction_id, position FROM es_checkpoint WHERE subscriber = $1) LIMIT $2) behind)
            SELECT CASE WHEN n < $2 THEN n
                        ELSE greatest(n, (SELECT max(position) FROM es_event)
                                         - (SELECT position FROM es_checkpoint WHERE subscriber = $1)) END AS lag
              FROM counted""";

    /**
     * How many events come after the checkpoint in commit order (including those of transactions still in
     * flight): counted when fewer than {@link #LAG_COUNT_LIMIT}, so 0 means caught up, and estimated above.
     */
    public Uni<Long> lag() {
        return lag(LAG_COUNT_LIMIT);
    }

    Uni<Long> lag(long countLimit) {
        return store.pool().preparedQuery(LAG).execute(Tuple.of(subscriber, countLimit))
                .map(rows -> rows.iterator().next().getLong("lag"));
    }

    /** The subscriber's checkpoint as last committed. */
    public Uni<GlobalPosition> position() {
        return store.pool().withConnection(this::position);
    }

    private Uni<GlobalPosition> position(SqlConnection connection) {
        return connection.preparedQuery("SELECT transaction_id::text::bigint AS tx, position FROM es_checkpoint WHERE subscriber = $1")
                .execute(Tuple.of(subscriber))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new IllegalStateException("subscriber " + subscriber + " is not registered");
                    }
                    var row = rows.iterator().next();
                    return new GlobalPosition(row.getLong("tx"), row.getLong("position"));
                });
    }

    private Uni<Boolean> tryLock(SqlConnection tx) {
        return tx.preparedQuery("SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked")
                .execute(Tuple.of(subscriber))
                .map(rows -> rows.iterator().next().getBoolean("locked"));
    }

    private Uni<Void> moveTo(SqlConnection tx, GlobalPosition position) {
        return tx.preparedQuery("UPDATE es_checkpoint SET transaction_id = $2::text::xid8, position = $3, updated_at = now()"
                        + " WHERE subscriber = $1")
                .execute(Tuple.of(subscriber, Long.toString(position.transactionId()), position.position()))
                .replaceWithVoid();
    }
}
