package com.fivearrows.network.closeness;

import com.fivearrows.network.readmodel.NetworkReadModel;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.NewEvent;
import com.fivearrows.platform.eventsourcing.subscription.StoreSubscriptions;
import com.fivearrows.platform.service.sql.SqlTime;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Tells other services about closeness, so they never compute it themselves. The {@code network} projection marks
 * every subject whose inputs it changed (and the decay pass marks every subject, since time alone moves scores);
 * this publisher evaluates the marked subjects as of now and appends a {@code ClosenessChanged} event to the
 * subject's closeness stream when {@link ClosenessChangeRule} says so. The relay publishes it like any other event.
 * A round starts as soon as a transaction that marked subjects commits (its {@code NOTIFY closeness_marked}), and at
 * every poll interval besides, in case a notification was missed.
 *
 * <p>Each subject is evaluated in a transaction of its own that appends (first, as the store requires), records
 * what was published and clears the mark, so a crash publishes nothing twice and loses no mark. A transaction-level
 * advisory lock per subject lets several replicas share the work. Evaluation pauses while the read model is being
 * rebuilt, when its tables do not yet hold the whole history.
 */
@ApplicationScoped
public class ClosenessPublisher {
    private static final Logger LOG = Logger.getLogger(ClosenessPublisher.class);
    private static final String ACTOR = "network-service";
    // Notified when a transaction that marked subjects commits (V1_3_1__closeness_marked_notify.sql).
    private static final String MARKED = "closeness_marked";

    private final Pool pool;
    private final EventStore store;
    private final ClosenessInputsRepository inputs;
    private final ClosenessReader reader;
    private final ClosenessSettings settings;
    private final PublicationConfig config;
    private final Projections projections;
    private final StoreSubscriptions subscriptions;
    private final Clock clock;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile long timer = -1;

    public ClosenessPublisher(Pool pool, EventStore store, ClosenessInputsRepository inputs, ClosenessReader reader,
                              ClosenessSettings settings, PublicationConfig config, Projections projections,
                              StoreSubscriptions subscriptions, Clock clock, Vertx vertx) {
        this.pool = pool;
        this.store = store;
        this.inputs = inputs;
        this.reader = reader;
        this.settings = settings;
        this.config = config;
        this.projections = projections;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.vertx = vertx;
    }

    // After the platform has started the projections (default observer priority), whose status a round reads.
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        if (config.enabled()) {
            subscriptions.onNotify(MARKED, this::wake);
            timer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> wake());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Starts a round now, or another one right after the round in progress. */
    public void wake() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        round().subscribe().with(evaluated -> {
            running.set(false);
            if (evaluated >= config.batchSize() || again.get()) {
                wake();
            }
        }, failure -> {
            running.set(false);
            LOG.warnf(failure, "closeness publication round failed; the marks stay and the next round retries");
        });
    }

    /**
     * Evaluates up to one batch of marked subjects, {@code concurrency} at a time (each subject has its own stream and
     * transaction, so their order does not matter); how many it evaluated (0 while the read model rebuilds). Subjects
     * another replica holds at the moment are not counted, so a round of nothing but those does not start another.
     */
    Uni<Integer> round() {
        // The rebuild status costs two queries: asked only when there is something to evaluate, not on every poll.
        return Uni.createFrom().deferred(() -> inputs.takeDirty(pool, config.batchSize())).flatMap(subjects -> subjects.isEmpty()
                ? Uni.createFrom().item(0)
                : projections.status(NetworkReadModel.NAME).flatMap(status -> status.rebuilding()
                        ? Uni.createFrom().item(0)
                        : Multi.createFrom().iterable(subjects)
                                .onItem().transformToUni(this::evaluateOrSkip).merge(config.concurrency())
                                .collect().asList()
                                .map(evaluated -> (int) evaluated.stream().filter(Boolean::booleanValue).count())));
    }

    /**
     * One subject that cannot be evaluated (e.g. its closeness stream moved under it) must not hold up the others:
     * it keeps its mark, is retried next round, and is logged.
     */
    private Uni<Boolean> evaluateOrSkip(DirtySubject mark) {
        return evaluate(mark).onFailure().recoverWithItem(failure -> {
            LOG.warnf(failure, "could not evaluate the closeness of %s; it stays marked and is retried", mark.subject().streamId());
            return false;
        });
    }

    private Uni<Boolean> evaluate(DirtySubject mark) {
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT pg_try_advisory_xact_lock(1316, hashtext($1))")
                .execute(Tuple.of(mark.subject().streamId()))
                .flatMap(locked -> !locked.iterator().next().getBoolean(0)
                        ? Uni.createFrom().item(false)
                        : evaluateLocked(tx, mark).replaceWith(true)));
    }

    private Uni<Void> evaluateLocked(SqlConnection tx, DirtySubject mark) {
        Subject subject = mark.subject();
        Instant now = clock.instant();
        return published(tx, subject).flatMap(previous -> reading(tx, subject, now, previous, mark.cause())
                .flatMap(candidate -> candidate
                        .filter(c -> ClosenessChangeRule.shouldPublish(previous.map(Published::snapshot).orElse(null), c.snapshot(), settings))
                        .map(c -> append(tx, subject, previous, c))
                        .orElse(Uni.createFrom().voidItem())))
                .flatMap(ignored -> inputs.clearDirty(tx, mark));
    }

    /** The evaluation as an event candidate; empty when the subject is gone (e.g. an unknown chain). */
    private Uni<Optional<Candidate>> reading(SqlConnection tx, Subject subject, Instant now, Optional<Published> previous,
                                              ClosenessTrigger cause) {
        Published last = previous.orElse(null);
        Uni<Candidate> candidate;
        switch (subject.kind()) {
            case PERSON -> candidate = reader.personWithoutExplanation(tx, UUID.fromString(subject.id()), now).map(reading -> new Candidate(
                    ClosenessSnapshot.of(reading.scores(), reading.trend(), personAttributes(reading.person())),
                    ClosenessChangedData.person(reading, last, cause)));
            case DECISION_CHAIN -> candidate = reader.chain(tx, subject.id(), now).map(reading -> group(subject, reading, last, cause));
            default -> candidate = reader.account(tx, subject.id(), now).map(reading -> group(subject, reading, last, cause));
        }
        return candidate.map(Optional::of)
                .onFailure(NotFound.class).recoverWithItem(Optional.empty());
    }

    private static Candidate group(Subject subject, GroupReading reading, Published last, ClosenessTrigger cause) {
        return new Candidate(ClosenessSnapshot.of(reading.scores(), reading.trend()),
                ClosenessChangedData.group(subject, reading, last, cause));
    }

    private static Map<String, Object> personAttributes(PersonStructure person) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("accountId", person.accountId());
        attributes.put("kind", person.kind());
        attributes.put("scope", person.scope());
        attributes.put("department", person.department());
        attributes.put("seniority", person.seniority());
        attributes.put("influence", person.influence());
        attributes.put("active", person.active());
        return attributes;
    }

    private Uni<Void> append(SqlConnection tx, Subject subject, Optional<Published> previous, Candidate candidate) {
        long expected = previous.map(Published::version).orElse(EventStore.NO_STREAM);
        EventMetadata metadata = EventMetadata.command(ACTOR, clock.instant());
        return store.append(tx, "Closeness", subject.streamId(), expected,
                        List.of(NewEvent.of(ClosenessChangedData.TYPE, ClosenessChangedData.VERSION, candidate.data())), metadata)
                .flatMap(result -> tx.preparedQuery("""
                                INSERT INTO closeness_published (subject_kind, subject_id, version, r, s, p, c, flags, published_at)
                                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                                ON CONFLICT (subject_kind, subject_id) DO UPDATE SET version = EXCLUDED.version,
                                    r = EXCLUDED.r, s = EXCLUDED.s, p = EXCLUDED.p, c = EXCLUDED.c, flags = EXCLUDED.flags,
                                    published_at = EXCLUDED.published_at""")
                        .execute(Tuple.tuple(List.of(subject.kind().name(), subject.id(), result.version(),
                                candidate.snapshot().r(), candidate.snapshot().s(), candidate.snapshot().p(), candidate.snapshot().c(),
                                new JsonObject(candidate.snapshot().flags()), SqlTime.utc(clock.instant())))))
                .replaceWithVoid();
    }

    private static Uni<Optional<Published>> published(SqlConnection tx, Subject subject) {
        return tx.preparedQuery("SELECT version, r, s, p, c, flags FROM closeness_published WHERE subject_kind = $1 AND subject_id = $2")
                .execute(Tuple.of(subject.kind().name(), subject.id()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new Published(row.getLong("version"), new ClosenessSnapshot(row.getDouble("r"),
                            row.getDouble("s"), row.getDouble("p"), row.getDouble("c"), row.getJsonObject("flags").getMap())));
                });
    }

    private record Candidate(ClosenessSnapshot snapshot, JsonObject data) {
    }
}
