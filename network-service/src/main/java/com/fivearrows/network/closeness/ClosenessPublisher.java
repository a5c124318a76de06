package com.fivearrows.network.closeness;

import com.fivearrows.network.readmodel.NetworkReadModel;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.NewEvent;
import com.fivearrows.platform.eventsourcing.store.StreamAppend;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Tells other services about closeness, so they never compute it themselves. The {@code network} projection marks
 * every subject whose inputs it changed (and the decay pass marks every subject, since time alone moves scores);
 * this publisher evaluates the marked subjects as of now and appends a {@code ClosenessChanged} event to the
 * subject's closeness stream when {@link ClosenessChangeRule} says so. The relay publishes it like any other event.
 * A round starts as soon as a transaction that marked subjects commits (its {@code NOTIFY closeness_marked}), and at
 * every poll interval besides, in case a notification was missed.
 *
 * <p>Marked subjects are evaluated together, many in a transaction that appends to their streams (first, as the store
 * requires), records what was published and clears their marks, so a crash publishes nothing twice and loses no
 * mark. Reads and writes are set-based: a transaction costs about a dozen round trips however many subjects it holds
 * (one subject at a time, the publisher kept up with some 300 subjects a second here). A transaction-level advisory
 * lock per subject lets several replicas share the work. Evaluation pauses while the read model is being
 * rebuilt, when its tables do not yet hold the whole history.
 */
@ApplicationScoped
public class ClosenessPublisher {
    private static final Logger LOG = Logger.getLogger(ClosenessPublisher.class);
    private static final String ACTOR = "network-service";
    // Notified when a transaction that marked subjects commits (V1_3_1__closeness_marked_notify.sql).
    private static final String MARKED = "closeness_marked";

    private static final String PUBLISHED = """
            SELECT subject_kind, subject_id, version, r, s, p, c, flags FROM closeness_published
             WHERE (subject_kind, subject_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))""";
    private static final String RECORD_PUBLISHED = """
            INSERT INTO closeness_published (subject_kind, subject_id, version, r, s, p, c, flags, published_at)
            SELECT kind, id, version, r, s, p, c, flags::jsonb, $9
              FROM unnest($1::text[], $2::text[], $3::bigint[], $4::float8[], $5::float8[], $6::float8[], $7::float8[],
                          $8::text[]) AS u (kind, id, version, r, s, p, c, flags)
            ON CONFLICT (subject_kind, subject_id) DO UPDATE SET version = EXCLUDED.version,
                r = EXCLUDED.r, s = EXCLUDED.s, p = EXCLUDED.p, c = EXCLUDED.c, flags = EXCLUDED.flags,
                published_at = EXCLUDED.published_at""";

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
     * Evaluates up to one batch of marked subjects, in transactions of up to {@code subjectsPerTransaction} subjects,
     * {@code concurrency} of them at a time (each subject has its own stream, so their order does not matter); how
     * many it evaluated (0 while the read model rebuilds). Subjects another replica holds at the moment are not
     * counted, so a round of nothing but those does not start another.
     */
    Uni<Integer> round() {
        return Uni.createFrom().deferred(() -> inputs.takeDirty(pool, config.batchSize())).flatMap(subjects -> subjects.isEmpty()
                ? Uni.createFrom().item(0)
                : projections.rebuilding(NetworkReadModel.NAME).flatMap(rebuilding -> rebuilding
                        ? Uni.createFrom().item(0)
                        : Multi.createFrom().iterable(chunks(subjects, config.subjectsPerTransaction()))
                                .onItem().transformToUni(this::evaluateOrOneByOne).merge(config.concurrency())
                                .collect().with(Collectors.summingInt(Integer::intValue))));
    }

    /**
     * A transaction that fails (e.g. a closeness stream moved under it) must not hold up the other subjects in it:
     * they are evaluated again one by one, and one that fails alone keeps its mark, is retried next round, and is
     * logged.
     */
    private Uni<Integer> evaluateOrOneByOne(List<DirtySubject> marks) {
        return evaluate(marks).onFailure().recoverWithUni(failure -> {
            if (marks.size() == 1) {
                LOG.warnf(failure, "could not evaluate the closeness of %s; it stays marked and is retried",
                        marks.get(0).subject().streamId());
                return Uni.createFrom().item(0);
            }
            LOG.debugf(failure, "could not evaluate %d subjects together; evaluating them one by one", marks.size());
            return Multi.createFrom().iterable(marks)
                    .onItem().transformToUniAndConcatenate(mark -> evaluateOrOneByOne(List.of(mark)))
                    .collect().with(Collectors.summingInt(Integer::intValue));
        });
    }

    /**
     * Evaluates the subjects it can lock in one transaction, with a round trip per kind of read and per kind of write
     * rather than per subject: appends (first, as the store requires), records what was published and clears the
     * marks; how many it evaluated.
     */
    private Uni<Integer> evaluate(List<DirtySubject> marks) {
        return pool.withTransaction(tx -> lock(tx, marks).flatMap(locked -> locked.isEmpty()
                ? Uni.createFrom().item(0)
                : evaluateLocked(tx, locked).replaceWith(locked.size())));
    }

    /** The subjects no other evaluation holds, now held by this transaction until it ends. */
    private static Uni<List<DirtySubject>> lock(SqlConnection tx, List<DirtySubject> marks) {
        String[] streamIds = marks.stream().map(mark -> mark.subject().streamId()).toArray(String[]::new);
        return tx.preparedQuery("SELECT id FROM unnest($1::text[]) AS s (id) WHERE pg_try_advisory_xact_lock(1316, hashtext(id))")
                .execute(Tuple.of(streamIds))
                .map(rows -> {
                    Set<String> locked = new HashSet<>();
                    rows.forEach(row -> locked.add(row.getString(0)));
                    return marks.stream().filter(mark -> locked.contains(mark.subject().streamId())).toList();
                });
    }

    private Uni<Void> evaluateLocked(SqlConnection tx, List<DirtySubject> marks) {
        Instant now = clock.instant();
        List<Subject> subjects = marks.stream().map(DirtySubject::subject).toList();
        return Uni.combine().all().unis(published(tx, subjects), reader.readings(tx, subjects, now)).asTuple()
                .flatMap(read -> {
                    List<Publication> publications = new ArrayList<>();
                    for (DirtySubject mark : marks) {
                        Optional<Published> previous = Optional.ofNullable(read.getItem1().get(mark.subject()));
                        candidate(read.getItem2(), mark, previous.orElse(null))
                                .filter(c -> ClosenessChangeRule.shouldPublish(previous.map(Published::snapshot).orElse(null),
                                        c.snapshot(), settings))
                                .ifPresent(c -> publications.add(new Publication(mark.subject(), previous, c)));
                    }
                    return publish(tx, publications);
                })
                .flatMap(ignored -> inputs.clearDirty(tx, marks));
    }

    /** The evaluation as an event candidate; empty when the subject is gone (e.g. an unknown chain). */
    private static Optional<Candidate> candidate(ClosenessReader.Readings readings, DirtySubject mark, Published last) {
        Subject subject = mark.subject();
        ClosenessTrigger cause = mark.cause();
        return switch (subject.kind()) {
            case PERSON -> Optional.ofNullable(readings.persons().get(UUID.fromString(subject.id()))).map(reading -> new Candidate(
                    ClosenessSnapshot.of(reading.scores(), reading.trend(), personAttributes(reading.person())),
                    ClosenessChangedData.person(reading, last, cause)));
            case DECISION_CHAIN -> Optional.ofNullable(readings.chains().get(subject.id()))
                    .map(reading -> group(subject, reading, last, cause));
            case ACCOUNT -> Optional.ofNullable(readings.accounts().get(subject.id()))
                    .map(reading -> group(subject, reading, last, cause));
        };
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

    /** Appends each subject's {@code ClosenessChanged} at the version last published, and records what it said. */
    private Uni<Void> publish(SqlConnection tx, List<Publication> publications) {
        if (publications.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<StreamAppend> appends = publications.stream().map(publication -> new StreamAppend(publication.subject().streamId(),
                publication.previous().map(Published::version).orElse(EventStore.NO_STREAM),
                List.of(NewEvent.of(ClosenessChangedData.TYPE, ClosenessChangedData.VERSION, publication.candidate().data()))))
                .toList();
        Instant now = clock.instant();
        return store.appendToEach(tx, "Closeness", appends, EventMetadata.command(ACTOR, now))
                .flatMap(results -> {
                    int count = publications.size();
                    String[] kinds = new String[count];
                    String[] ids = new String[count];
                    Long[] versions = new Long[count];
                    Double[][] scores = new Double[4][count];
                    String[] flags = new String[count];
                    for (int i = 0; i < count; i++) {
                        Publication publication = publications.get(i);
                        ClosenessSnapshot snapshot = publication.candidate().snapshot();
                        kinds[i] = publication.subject().kind().name();
                        ids[i] = publication.subject().id();
                        versions[i] = results.get(i).version();
                        scores[0][i] = snapshot.r();
                        scores[1][i] = snapshot.s();
                        scores[2][i] = snapshot.p();
                        scores[3][i] = snapshot.c();
                        flags[i] = new JsonObject(snapshot.flags()).encode();
                    }
                    return tx.preparedQuery(RECORD_PUBLISHED).execute(Tuple.tuple(List.of(kinds, ids, versions,
                            scores[0], scores[1], scores[2], scores[3], flags, SqlTime.utc(now))));
                })
                .replaceWithVoid();
    }

    /** What was last published for each subject that has been, by subject. */
    private static Uni<Map<Subject, Published>> published(SqlConnection tx, List<Subject> subjects) {
        String[] kinds = subjects.stream().map(subject -> subject.kind().name()).toArray(String[]::new);
        String[] ids = subjects.stream().map(Subject::id).toArray(String[]::new);
        return tx.preparedQuery(PUBLISHED).execute(Tuple.of(kinds, ids)).map(rows -> {
            Map<Subject, Published> published = new HashMap<>();
            for (Row row : rows) {
                published.put(new Subject(Subject.Kind.valueOf(row.getString("subject_kind")), row.getString("subject_id")),
                        new Published(row.getLong("version"), new ClosenessSnapshot(row.getDouble("r"), row.getDouble("s"),
                                row.getDouble("p"), row.getDouble("c"), row.getJsonObject("flags").getMap())));
            }
            return published;
        });
    }

    /** Splits a round's subjects into transactions of at most {@code size}. */
    private static List<List<DirtySubject>> chunks(List<DirtySubject> subjects, int size) {
        List<List<DirtySubject>> chunks = new ArrayList<>();
        for (int from = 0; from < subjects.size(); from += size) {
            chunks.add(subjects.subList(from, Math.min(subjects.size(), from + size)));
        }
        return chunks;
    }

    private record Publication(Subject subject, Optional<Published> previous, Candidate candidate) {
    }

    private record Candidate(ClosenessSnapshot snapshot, JsonObject data) {
    }
}
