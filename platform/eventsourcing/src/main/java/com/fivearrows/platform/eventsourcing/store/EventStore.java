package com.fivearrows.platform.eventsourcing.store;

import com.fivearrows.platform.domain.ConcurrencyConflict;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The event store on PostgreSQL: append to a stream with optimistic concurrency, load a stream, and
 * read all events in commit order without ever skipping one.
 *
 * <pre>{@code
 * store.append("Counter", "counter-7", 3, List.of(NewEvent.of("Incremented", 1, json)), metadata)
 *      .onFailure(ConcurrencyConflict.class).recoverWithItem(...);   // the stream was no longer at version 3
 * }</pre>
 *
 * <p>Commit order: every event row carries the id of the transaction that wrote it. {@link #readAfter}
 * returns only rows of transactions older than the oldest one still running
 * ({@code pg_snapshot_xmin(pg_current_snapshot())}), ordered by transaction id then position, so a row
 * whose transaction commits late is never passed over by a reader that already moved on.
 *
 * <p>Stream order: an append first takes a transaction-scoped lock on its stream (on each of its streams, for
 * {@link #appendToEach}) and only then gets its transaction id (by writing), so of two transactions appending to
 * one stream, the one that appends later always has the higher transaction id, and readers see each stream's
 * events in version order. That holds only while the append is the transaction's first write; an append into a
 * transaction that has already written is refused, so write other rows (a processed-event mark, a read model)
 * after the append.
 */
@ApplicationScoped
public class EventStore {

    /** Expected version of a stream that must not exist yet. */
    public static final long NO_STREAM = 0;
    /** Expected version that accepts any current version: appends without a concurrency check. */
    public static final long ANY = -1;

    private static final String COLUMNS = "position, transaction_id::text::bigint AS tx, event_id, stream_id, stream_type,"
            + " version, event_type, type_version, data, correlation_id, causation_id, actor, trace_parent, occurred_at, recorded_at";
    private static final String INSERT_EVENT = "INSERT INTO es_event (event_id, stream_id, stream_type, version, event_type,"
            + " type_version, data, correlation_id, causation_id, actor, trace_parent, occurred_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
    // The stream row is claimed first; the event is inserted only when the claim took.
    private static final String START_STREAM = """
            WITH stream AS (INSERT INTO es_stream (stream_id, stream_type, version) VALUES ($2, $3, 1)
                            ON CONFLICT DO NOTHING RETURNING version)
            INSERT INTO es_event (event_id, stream_id, stream_type, version, event_type, type_version, data, correlation_id,
                                  causation_id, actor, trace_parent, occurred_at)
            SELECT $1::uuid, $2::text, $3::text, version, $4::text, $5::int, $6::jsonb, $7::uuid, $8::uuid, $9::text,
                   $10::text, $11::timestamptz
              FROM stream""";
    // Locks each stream in array order (the sorted ids) and tells whether the transaction has written yet.
    private static final String LOCK_STREAMS = """
            SELECT pg_current_xact_id_if_assigned() IS NULL AS fresh,
                   (SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(id, 1))
                                            FROM unnest($1::text[]) AS s (id)) AS locks) AS locked""";
    // Moves each existing stream from its expected version to its last one and creates each new one; the streams it
    // claimed are returned, so a missing one is the conflict.
    private static final String CLAIM_EACH = """
            WITH claim AS (SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS c (stream_id, expected, last)),
                 moved AS (UPDATE es_stream s SET version = c.last FROM claim c
                            WHERE c.expected > 0 AND s.stream_id = c.stream_id AND s.version = c.expected
                           RETURNING s.stream_id),
                 started AS (INSERT INTO es_stream (stream_id, stream_type, version)
                             SELECT stream_id, $4, last FROM claim WHERE expected = 0
                             ON CONFLICT DO NOTHING RETURNING stream_id)
            SELECT stream_id FROM moved UNION ALL SELECT stream_id FROM started""";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String STREAM_VERSION_CONSTRAINT = "es_event_stream_version";

    private final Pool pool;
    private final Upcasters upcasters;

    @Inject
    public EventStore(Pool pool, Instance<Upcaster> upcasters) {
        this(pool, new Upcasters(upcasters));
    }

    public EventStore(Pool pool, Upcasters upcasters) {
        this.pool = pool;
        this.upcasters = upcasters;
    }

    public Pool pool() {
        return pool;
    }

    /** Appends events to a stream in a transaction of its own. */
    public Uni<AppendResult> append(String streamType, String streamId, long expectedVersion, List<NewEvent> events,
                                    EventMetadata metadata) {
        return pool.withTransaction(tx -> append(tx, streamType, streamId, expectedVersion, events, metadata));
    }

    /**
     * Appends events to a stream inside the caller's transaction, so that other writes (a processed-event
     * mark, a read model) commit or roll back with them. The append must come first: an append into a
     * transaction that has already written fails with {@link IllegalStateException} (see the class comment).
     *
     * @param expectedVersion the version the caller last saw: {@link #NO_STREAM} for a new stream,
     *                        {@link #ANY} to skip the check
     * @throws ConcurrencyConflict (as a failed Uni) when the stream is not at the expected version
     */
    public Uni<AppendResult> append(SqlConnection tx, String streamType, String streamId, long expectedVersion,
                                    List<NewEvent> events, EventMetadata metadata) {
        if (events.isEmpty()) {
            return currentVersion(tx, streamId).map(version -> new AppendResult(streamId, version, List.of()));
        }
        return lockStreams(tx, List.of(streamId))
                .flatMap(ignored -> claimVersions(tx, streamType, streamId, expectedVersion, events.size()))
                .flatMap(lastVersion -> {
                    List<StreamAppend> appended = List.of(new StreamAppend(streamId, lastVersion - events.size(), events));
                    return insertEvents(tx, streamType, appended, metadata).replaceWith(result(appended.get(0)));
                })
                .onFailure(PgException.class).transform(failure -> asConflict(failure, streamId, expectedVersion));
    }

    /**
     * Appends to several streams of one type inside the caller's transaction, each at the version its caller last
     * saw, in four round trips however many streams: what a batch of independent decisions (one per stream) costs.
     * Every stream is locked before the first write, in stream id order, so the promises of the class comment hold for
     * each of them and two such batches never deadlock. As with {@link #append}, this must be the transaction's first
     * write, and only once.
     *
     * @return one result per stream, in the order given
     * @throws ConcurrencyConflict (as a failed Uni) naming the first stream that is not at its expected version; some
     *                             streams may have been claimed already, so the caller's transaction must roll back
     * @throws IllegalArgumentException when a stream appears twice
     */
    public Uni<List<AppendResult>> appendToEach(SqlConnection tx, String streamType, List<StreamAppend> appends,
                                                EventMetadata metadata) {
        List<String> streamIds = appends.stream().map(StreamAppend::streamId).sorted().toList();
        for (int i = 1; i < streamIds.size(); i++) {
            if (streamIds.get(i).equals(streamIds.get(i - 1))) {
                return Uni.createFrom().failure(new IllegalArgumentException("stream " + streamIds.get(i) + " appears twice"));
            }
        }
        if (appends.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return lockStreams(tx, streamIds)
                .flatMap(ignored -> claimEach(tx, streamType, appends))
                .flatMap(ignored -> insertEvents(tx, streamType, appends, metadata))
                .map(ignored -> appends.stream().map(EventStore::result).toList())
                .onFailure(PgException.class).transform(failure -> asConflict(failure, "one of " + streamIds, -1));
    }

    /**
     * Starts a stream with one event in a single statement, outside any transaction: the stream row and the event
     * commit together or not at all, and a stream that exists already (the unique stream id, waited for if another
     * writer is creating it) makes it fail with {@link ConcurrencyConflict}. One round trip instead of the five of a
     * transactional {@link #append} ({@code BEGIN}, lock, claim, insert, {@code COMMIT}): what a command that
     * creates an aggregate, such as a new interaction, costs.
     */
    public Uni<AppendResult> start(String streamType, String streamId, NewEvent event, EventMetadata metadata) {
        Tuple row = Tuple.from(Arrays.asList(event.eventId(), streamId, streamType, event.type(), event.typeVersion(),
                event.data(), metadata.correlationId(), metadata.causationId(), metadata.actor(), metadata.traceParent(),
                utc(metadata.occurredAt())));
        return pool.preparedQuery(START_STREAM).execute(row)
                .flatMap(rows -> rows.rowCount() == 1
                        ? Uni.createFrom().item(new AppendResult(streamId, 1, List.of(event.eventId())))
                        : currentVersion(pool, streamId).flatMap(actual ->
                                Uni.createFrom().failure(new ConcurrencyConflict(streamId, NO_STREAM, actual))));
    }

    /** Loads every event of a stream in version order; an unknown stream has none. */
    public Uni<List<StoredEvent>> load(String streamId) {
        return load(pool, streamId);
    }

    public Uni<List<StoredEvent>> load(SqlClient client, String streamId) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM es_event WHERE stream_id = $1 ORDER BY version")
                .execute(Tuple.of(streamId))
                .map(this::toEvents);
    }

    /**
     * Reads up to {@code limit} events after {@code after} in commit order, stopping below the oldest
     * transaction still in flight: no event is ever returned before one that commits later in order.
     */
    public Uni<List<StoredEvent>> readAfter(SqlClient client, GlobalPosition after, int limit) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM es_event"
                        + " WHERE (transaction_id, position) > ($1::text::xid8, $2)"
                        + " AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
                        + " ORDER BY transaction_id, position LIMIT $3")
                .execute(Tuple.of(Long.toString(after.transactionId()), after.position(), limit))
                .map(this::toEvents);
    }

    /** The current version of a stream, 0 when it does not exist. */
    public Uni<Long> currentVersion(SqlClient client, String streamId) {
        return client.preparedQuery("SELECT version FROM es_stream WHERE stream_id = $1").execute(Tuple.of(streamId))
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong("version"));
    }

    /** Locks the streams in the order given (sorted, for several), refusing a transaction that has written already. */
    private static Uni<Void> lockStreams(SqlConnection tx, List<String> streamIds) {
        return tx.preparedQuery(LOCK_STREAMS)
                .execute(Tuple.of(streamIds.toArray(String[]::new)))
                .flatMap(rows -> rows.iterator().next().getBoolean("fresh")
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new IllegalStateException("an append must be the first write of its transaction"
                                + " (stream " + String.join(", ", streamIds) + "): write other rows after it,"
                                + " and append once per transaction")));
    }

    private Uni<Long> claimVersions(SqlConnection tx, String streamType, String streamId, long expectedVersion, int count) {
        if (expectedVersion == ANY) {
            return tx.preparedQuery("INSERT INTO es_stream (stream_id, stream_type, version) VALUES ($1, $2, $3)"
                            + " ON CONFLICT (stream_id) DO UPDATE SET version = es_stream.version + EXCLUDED.version RETURNING version")
                    .execute(Tuple.of(streamId, streamType, (long) count))
                    .map(rows -> rows.iterator().next().getLong("version"));
        }
        if (expectedVersion < ANY) {
            return Uni.createFrom().failure(new IllegalArgumentException("expected version " + expectedVersion + " is not a version"));
        }
        long lastVersion = expectedVersion + count;
        Uni<RowSet<Row>> claim = expectedVersion == NO_STREAM
                ? tx.preparedQuery("INSERT INTO es_stream (stream_id, stream_type, version) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                        .execute(Tuple.of(streamId, streamType, lastVersion))
                : tx.preparedQuery("UPDATE es_stream SET version = $3 WHERE stream_id = $1 AND version = $2")
                        .execute(Tuple.of(streamId, expectedVersion, lastVersion));
        return claim.flatMap(rows -> rows.rowCount() == 1
                ? Uni.createFrom().item(lastVersion)
                : currentVersion(tx, streamId).flatMap(actual ->
                        Uni.createFrom().failure(new ConcurrencyConflict(streamId, expectedVersion, actual))));
    }

    /**
     * Claims every stream's versions in one statement; when one is not at its expected version, fails naming the
     * first such stream with its actual version (read before this transaction moved it, since it was not claimed).
     */
    private Uni<Void> claimEach(SqlConnection tx, String streamType, List<StreamAppend> appends) {
        String[] ids = new String[appends.size()];
        Long[] expected = new Long[appends.size()];
        Long[] last = new Long[appends.size()];
        for (int i = 0; i < ids.length; i++) {
            StreamAppend append = appends.get(i);
            ids[i] = append.streamId();
            expected[i] = append.expectedVersion();
            last[i] = append.expectedVersion() + append.events().size();
        }
        return tx.preparedQuery(CLAIM_EACH).execute(Tuple.of(ids, expected, last, streamType)).flatMap(rows -> {
            if (rows.size() == ids.length) {
                return Uni.createFrom().voidItem();
            }
            Set<String> claimed = new HashSet<>();
            rows.forEach(row -> claimed.add(row.getString("stream_id")));
            StreamAppend conflict = appends.stream().filter(append -> !claimed.contains(append.streamId())).findFirst().orElseThrow();
            return currentVersion(tx, conflict.streamId()).flatMap(actual -> Uni.createFrom().failure(
                    new ConcurrencyConflict(conflict.streamId(), conflict.expectedVersion(), actual)));
        });
    }

    /** Inserts each stream's events after its expected version (already claimed), in one batch. */
    private static Uni<Void> insertEvents(SqlConnection tx, String streamType, List<StreamAppend> appends, EventMetadata metadata) {
        OffsetDateTime occurredAt = utc(metadata.occurredAt());
        List<Tuple> rows = new ArrayList<>();
        for (StreamAppend append : appends) {
            for (int i = 0; i < append.events().size(); i++) {
                NewEvent event = append.events().get(i);
                rows.add(Tuple.from(Arrays.asList(event.eventId(), append.streamId(), streamType,
                        append.expectedVersion() + 1 + i, event.type(), event.typeVersion(), event.data(),
                        metadata.correlationId(), metadata.causationId(), metadata.actor(), metadata.traceParent(), occurredAt)));
            }
        }
        return tx.preparedQuery(INSERT_EVENT).executeBatch(rows).replaceWithVoid();
    }

    private static AppendResult result(StreamAppend append) {
        return new AppendResult(append.streamId(), append.expectedVersion() + append.events().size(),
                append.events().stream().map(NewEvent::eventId).toList());
    }

    private static Throwable asConflict(Throwable failure, String streamId, long expectedVersion) {
        if (failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                && STREAM_VERSION_CONSTRAINT.equals(pg.getConstraint())) {
            return new ConcurrencyConflict(streamId, expectedVersion, -1);
        }
        return failure;
    }

    private List<StoredEvent> toEvents(RowSet<Row> rows) {
        List<StoredEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            events.add(upcasters.upcast(toEvent(row)));
        }
        return events;
    }

    private static StoredEvent toEvent(Row row) {
        EventMetadata metadata = new EventMetadata(row.getUUID("correlation_id"), row.getUUID("causation_id"),
                row.getString("actor"), instant(row.getOffsetDateTime("occurred_at")), instant(row.getOffsetDateTime("recorded_at")),
                row.getString("trace_parent"));
        Object data = row.getValue("data");
        return new StoredEvent(new GlobalPosition(row.getLong("tx"), row.getLong("position")), row.getUUID("event_id"),
                row.getString("stream_id"), row.getString("stream_type"), row.getLong("version"), row.getString("event_type"),
                row.getInteger("type_version"), data instanceof JsonObject json ? json : JsonObject.mapFrom(data), metadata);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
