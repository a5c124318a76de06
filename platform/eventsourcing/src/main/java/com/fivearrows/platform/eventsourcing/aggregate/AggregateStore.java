package com.fivearrows.platform.eventsourcing.aggregate;

import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.domain.Decider;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * Handles commands for one kind of aggregate: load the stream, rebuild the state with the decider, decide,
 * append the new events at the version that was loaded. A concurrent writer makes the append fail with
 * {@link ConcurrencyConflict}; a caller that sent an {@code If-Match} version gets the conflict before
 * deciding when the stream has already moved past it.
 *
 * <pre>{@code
 * AggregateStore<CounterCommand, CounterState, CounterEvent> counters =
 *         new AggregateStore<>(eventStore, "Counter", new CounterDecider(), codec);
 * counters.handle("counter-7", EventStore.ANY, new Increment(5), metadata);
 * }</pre>
 */
public final class AggregateStore<C, S, E> {
    static final int UNVERSIONED_ATTEMPTS = 6;
    private final EventStore store;
    private final String streamType;
    private final Decider<C, S, E> decider;
    private final EventCodec<E> codec;

    public AggregateStore(EventStore store, String streamType, Decider<C, S, E> decider, EventCodec<E> codec) {
        this.store = store;
        this.streamType = streamType;
        this.decider = decider;
        this.codec = codec;
    }

    public Uni<Aggregate<S>> load(String streamId) {
        return store.load(streamId).map(events -> rebuild(streamId, events));
    }

    /**
     * Decides and appends in a transaction of its own. With {@link EventStore#ANY} the caller asked for no
     * particular version, so a writer that appended between the load and the append (a consumer of the same
     * service, say) is no conflict for it: the command is decided again on the new state, up to
     * {@value #UNVERSIONED_ATTEMPTS} times in all.
     *
     * @param expectedVersion the version the caller last saw ({@code If-Match}), or {@link EventStore#ANY}
     *                        to decide on whatever is current (still safe: the append checks the loaded version)
     */
    public Uni<Decision<S, E>> handle(String streamId, long expectedVersion, C command, EventMetadata metadata) {
        Uni<Decision<S, E>> once = store.pool().withTransaction(tx -> handle(tx, streamId, expectedVersion, command, metadata));
        if (expectedVersion == EventStore.NO_STREAM) {
            return start(streamId, command, metadata, once);
        }
        return expectedVersion == EventStore.ANY
                ? once.onFailure(ConcurrencyConflict.class).retry().atMost(UNVERSIONED_ATTEMPTS - 1)
                : once;
    }

    /**
     * Decides and appends inside the caller's transaction; a conflict fails the transaction, so the caller retries
     * it whole.
     */
    public Uni<Decision<S, E>> handle(SqlConnection tx, String streamId, long expectedVersion, C command, EventMetadata metadata) {
        return store.load(tx, streamId).flatMap(stored -> {
            Aggregate<S> current = rebuild(streamId, stored);
            if (expectedVersion != EventStore.ANY && expectedVersion != current.version()) {
                return Uni.createFrom().failure(new ConcurrencyConflict(streamId, expectedVersion, current.version()));
            }
            List<E> events = decider.decide(command, current.state());
            return store.append(tx, streamType, streamId, current.version(), events.stream().map(codec::encode).toList(), metadata)
                    .map(result -> new Decision<>(
                            new Aggregate<>(streamId, result.version(), decider.fold(current.state(), events)), events));
        });
    }

    /**
     * A command for a stream that must not exist yet (a creation, or {@code If-Match: "0"}) is decided on the initial
     * state without reading anything, and its single event starts the stream in one statement ({@link EventStore#start}).
     * Anything else goes the usual way ({@code usual}): several events or none, and a command the initial state refuses,
     * so that a stream that exists is reported as the conflict it is, not as the refusal of a command it was never
     * meant for.
     */
    private Uni<Decision<S, E>> start(String streamId, C command, EventMetadata metadata, Uni<Decision<S, E>> usual) {
        S initial = decider.initialState();
        List<E> events;
        try {
            events = decider.decide(command, initial);
        } catch (RuntimeException refused) {
            return usual;
        }
        if (events.size() != 1) {
            return usual;
        }
        return store.start(streamType, streamId, codec.encode(events.get(0)), metadata).map(result ->
                new Decision<>(new Aggregate<>(streamId, result.version(), decider.fold(initial, events)), events));
    }

    private Aggregate<S> rebuild(String streamId, List<StoredEvent> stored) {
        S state = decider.rebuild(stored.stream().map(codec::decode).toList());
        long version = stored.isEmpty() ? 0 : stored.get(stored.size() - 1).version();
        return new Aggregate<>(streamId, version, state);
    }
}
