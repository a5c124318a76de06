package com.fivearrows.platform.eventsourcing.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
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
 *     CloudEvent event = CloudEventCodec.parseConforming(record.value());   // invalid → nack → dead letter
 *     return inbox.once("network-bid-results", CloudEventCodec.eventId(event),
 *             tx -> interactions.recordBidResult(tx, event)).replaceWithVoid();
 * }
 * }</pre>
 *
 * The mark is written after the work, because an event-store append must be the first write of its
 * transaction (see {@code EventStore}). A failure of the work rolls the mark back too, so the message is
 * nacked (and dead-lettered if the channel says so) without being remembered as done, unless another
 * copy of the same event was processed meanwhile: then the failure (a version conflict, or the
 * collision on the mark) only means it was done once already, and this copy counts as a redelivery.
 */
@ApplicationScoped
public class Inbox {
    private final Pool pool;

    public Inbox(Pool pool) {
        this.pool = pool;
    }

    /**
     * Runs {@code work} once per consumer and event id.
     *
     * @return true when the work ran, false when the event had been processed before
     */
    public Uni<Boolean> once(String consumer, UUID eventId, Function<SqlConnection, Uni<?>> work) {
        return pool.withTransaction(tx -> processed(tx, consumer, eventId).flatMap(seen -> seen
                        ? Uni.createFrom().item(false)
                        : work.apply(tx)
                                .flatMap(ignored -> tx.preparedQuery("INSERT INTO es_inbox (consumer, event_id) VALUES ($1, $2)")
                                        .execute(Tuple.of(consumer, eventId)))
                                .replaceWith(true)))
                .onFailure().recoverWithUni(failure -> processed(pool, consumer, eventId).map(seen -> {
                    if (seen) {
                        return false;
                    }
                    throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
                }));
    }

    private static Uni<Boolean> processed(SqlClient client, String consumer, UUID eventId) {
        return client.preparedQuery("SELECT 1 FROM es_inbox WHERE consumer = $1 AND event_id = $2")
                .execute(Tuple.of(consumer, eventId))
                .map(rows -> rows.size() > 0);
    }
}
