package com.fivearrows.platform.eventsourcing.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/**
 * Makes a Kafka consumer idempotent: the event's id is recorded for the consumer in the same transaction
 * as the work it causes, so a redelivered event finds its mark and changes nothing.
 *
 * <pre>{@code
 * @Incoming("bid-results")
 * Uni<Void> onBidResult(ConsumerRecord<String, byte[]> record) {
 *     CloudEvent event = CloudEventCodec.parse(record.value());          // invalid → nack → dead letter
 *     return inbox.once("network-bid-results", CloudEventCodec.eventId(event),
 *             tx -> interactions.recordBidResult(tx, event)).replaceWithVoid();
 * }
 * }</pre>
 *
 * A failure of the work rolls back the mark too, so the message is nacked (and dead-lettered if the
 * channel says so) without being remembered as done. The mark is written after the work, because an
 * event-store append must be the first write of its transaction (see {@code EventStore}); two copies of
 * one event processed at the same moment collide on the mark, and the later one rolls back.
 */
@ApplicationScoped
public class Inbox {
    private final Pool pool;

    public Inbox(Pool pool) {
        this.pool = pool;
    }

    private static boolean isDuplicateMark(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState()) && pg.getMessage().contains("es_inbox");
    }

    /**
     * Runs {@code work} once per consumer and event id.
     *
     * @return true when the work ran, false when the event had been processed before
     */
    public Uni<Boolean> once(String consumer, UUID eventId, Function<SqlConnection, Uni<?>> work) {
        return pool.withTransaction(tx -> tx
                .preparedQuery("SELECT 1 FROM es_inbox WHERE consumer = $1 AND event_id = $2")
                .execute(Tuple.of(consumer, eventId))
                .flatMap(seen -> seen.size() > 0
                        ? Uni.createFrom().item(false)
                        : work.apply(tx)
                                .flatMap(ignored -> tx.preparedQuery("INSERT INTO es_inbox (consumer, event_id) VALUES ($1, $2)")
                                        .execute(Tuple.of(consumer, eventId)))
                                .replaceWith(true)))
                .onFailure(Inbox::isDuplicateMark).recoverWithItem(false);
    }
}
