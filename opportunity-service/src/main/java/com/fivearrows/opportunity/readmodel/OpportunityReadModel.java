package com.fivearrows.opportunity.readmodel;

import com.fivearrows.opportunity.stage.StagePlan;
import com.fivearrows.platform.eventsourcing.projection.Projection;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The {@code opportunities} projection: each opportunity as it is now ({@code opportunity}), its stage history with
 * how each stage was entered ({@code stage_history}), what the forecast counted of it over time
 * ({@code opportunity_position}, one row per period), its win steps, proposals and attached tactics; and the sellers'
 * personal tactics ({@code tactic}, from the tactic streams). Built from this service's own events in the transaction
 * that moves the projection's checkpoint; a rebuild replays them.
 *
 * <p>Times are the events' own ({@code occurredAt} of their metadata), never before the opportunity's previous event:
 * a forecast {@code asOf} an instant reads the positions valid then. Several events of one decision share their
 * instant; the position then holds the last. A closed opportunity counts by when it was closed (a bid's decision
 * time), kept in {@code closed_at}.
 */
@ApplicationScoped
public class OpportunityReadModel implements Projection {
    public static final String NAME = "opportunities";
    private static final String TABLES = "opportunity, stage_history, opportunity_position, win_step, proposal,"
            + " tactic_attachment, tactic";
    private static final String TACTIC_STREAM = "Tactic";

    private static final String OPENED = """
            INSERT INTO opportunity (opportunity_id, account_id, name, owner, team, stage, probability, amount, currency,
                                     expected_close_date, source, status, opened_at, stage_entered_at, last_event_at,
                                     version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'OPEN', $12, $12, $12, $13)""";

    // An event's time, but never before the opportunity's last one: a command decided again after a conflict keeps
    // the time it was first stamped with and may be stored after a later-stamped one. Periods stay in order.
    private static final String NOT_BEFORE_LAST = """
            SELECT greatest(last_event_at, $2) AS at FROM opportunity WHERE opportunity_id = $1""";

    private static final String TOUCH = """
            UPDATE opportunity SET last_event_at = $2, version = $3 WHERE opportunity_id = $1""";

    private static final String ENTER_STAGE = """
            INSERT INTO stage_history (opportunity_id, version, stage, probability, how, reason, entered_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)""";

    private static final String LEAVE_STAGE = """
            UPDATE stage_history SET left_at = $2 WHERE opportunity_id = $1 AND left_at IS NULL""";

    // The current position, closed when it began before this instant; then the opportunity as it is now, as the
    // position from this instant (replacing one that began at the same instant: one decision, several events).
    private static final String CLOSE_POSITION = """
            UPDATE opportunity_position SET valid_to = $2
             WHERE opportunity_id = $1 AND valid_to IS NULL AND valid_from < $2""";

    private static final String OPEN_POSITION = """
            INSERT INTO opportunity_position (opportunity_id, valid_from, owner, team, stage, probability, amount, currency,
                                              expected_close_date, category, category_overridden, opened_at, closed_at,
                                              outcome)
            SELECT opportunity_id, $2, owner, team, stage, probability, amount, currency, expected_close_date,
                   coalesce(category, 'PIPELINE'), category_overridden, opened_at, closed_at,
                   CASE WHEN status = 'OPEN' THEN NULL ELSE status END
              FROM opportunity WHERE opportunity_id = $1
            ON CONFLICT (opportunity_id, valid_from) DO UPDATE
               SET owner = EXCLUDED.owner, team = EXCLUDED.team, stage = EXCLUDED.stage,
                   probability = EXCLUDED.probability, amount = EXCLUDED.amount, currency = EXCLUDED.currency,
                   expected_close_date = EXCLUDED.expected_close_date, category = EXCLUDED.category,
                   category_overridden = EXCLUDED.category_overridden, closed_at = EXCLUDED.closed_at,
                   outcome = EXCLUDED.outcome""";

    private final StagePlan plan;

    public OpportunityReadModel(StagePlan plan) {
        this.plan = plan;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, StoredEvent event) {
        if (TACTIC_STREAM.equals(event.streamType())) {
            return tactic(tx, event).replaceWithVoid();
        }
        JsonObject data = event.data();
        String id = data.getString("opportunityId");
        OffsetDateTime occurredAt = SqlTime.utc(event.metadata().occurredAt());
        return tx.preparedQuery(NOT_BEFORE_LAST).execute(Tuple.of(id, occurredAt))
                .map(rows -> rows.size() == 0 ? occurredAt : rows.iterator().next().getOffsetDateTime("at"))
                .flatMap(at -> handle(tx, event, data, id, at)
                        .flatMap(ignored -> tx.preparedQuery(TOUCH).execute(Tuple.of(id, at, event.version()))))
                .replaceWithVoid();
    }

    private Uni<?> handle(SqlConnection tx, StoredEvent event, JsonObject data, String id, OffsetDateTime at) {
        return switch (event.type()) {
            case "OpportunityOpened" -> opened(tx, event, data, id, at);
            case "OpportunityDetailsChanged" -> update(tx, id, at,
                    "name = $2, expected_close_date = $3", data.getString("name"), date(data, "expectedCloseDate"));
            case "OpportunityTeamChanged" -> update(tx, id, at,
                    "owner = $2, team = $3", data.getString("owner"), strings(data.getJsonArray("team")));
            case "AmountChanged" -> update(tx, id, at, "amount = $2, currency = $3",
                    amount(data.getJsonObject("amount")), data.getJsonObject("amount").getString("currency"));
            // An override's stage is entered with the override (its reason is there); its StageAdvanced follows.
            case "GateOverridden" -> enter(tx, event, id, at, data.getString("toStage"),
                    plan.probability(data.getString("toStage")), "OVERRIDDEN", data.getString("reason"));
            case "StageAdvanced" -> data.getBoolean("gateOverridden")
                    ? update(tx, id, at, "stage = $2, probability = $3, stage_entered_at = $4",
                            data.getString("toStage"), data.getDouble("probability"), at)
                    : stage(tx, event, id, at, data.getString("toStage"), data.getDouble("probability"), "ADVANCED", null);
            case "StageRegressed" -> stage(tx, event, id, at, data.getString("toStage"), data.getDouble("probability"),
                    "REGRESSED", data.getString("reason"));
            case "OpportunityGraded" -> tx.preparedQuery("UPDATE opportunity SET grade = $2 WHERE opportunity_id = $1")
                    .execute(Tuple.of(id, data.getString("grade")));
            case "ForecastCategoryChanged" -> update(tx, id, at, "category = $2, category_overridden = $3",
                    data.getString("category"), data.getBoolean("overridden"));
            case "OpportunityWon" -> closed(tx, event, id, at, time(data.getString("wonAt")), StagePlan.WON,
                    data.getString("reason"), null);
            case "OpportunityLost" -> closed(tx, event, id, at, time(data.getString("lostAt")), StagePlan.LOST,
                    data.getString("reason"), data.getString("competitor"));
            case "OpportunityAbandoned" -> closed(tx, event, id, at, time(data.getString("abandonedAt")),
                    StagePlan.ABANDONED, data.getString("reason"), null);
            case "WinStepCompleted" -> winStep(tx, id, data, true, data.getString("evidence"),
                    data.getString("completedBy"), data.getString("completedAt"));
            case "WinStepReopened" -> winStep(tx, id, data, false, data.getString("reason"),
                    data.getString("reopenedBy"), data.getString("reopenedAt"));
            case "ProposalRegistered" -> tx.preparedQuery("""
                            INSERT INTO proposal (proposal_id, opportunity_id, kind, reference, registered_at)
                            VALUES ($1, $2, $3, $4, $5) ON CONFLICT (proposal_id) DO NOTHING""")
                    .execute(Tuple.of(UUID.fromString(data.getString("proposalId")), id, data.getString("kind"),
                            data.getString("reference"), time(data.getString("registeredAt"))));
            case "TacticAttached" -> tx.preparedQuery("""
                            INSERT INTO tactic_attachment (opportunity_id, tactic_id, step, attached_by, attached_at)
                            VALUES ($1, $2, $3, $4, $5)
                            ON CONFLICT (opportunity_id, tactic_id) DO UPDATE SET step = EXCLUDED.step""")
                    .execute(Tuple.of(id, UUID.fromString(data.getString("tacticId")), data.getInteger("step"),
                            data.getString("attachedBy"), time(data.getString("attachedAt"))));
            case "TacticDetached" -> tx.preparedQuery("DELETE FROM tactic_attachment WHERE opportunity_id = $1 AND tactic_id = $2")
                    .execute(Tuple.of(id, UUID.fromString(data.getString("tacticId"))));
            default -> Uni.createFrom().voidItem();
        };
    }

    private static Uni<?> tactic(SqlConnection tx, StoredEvent event) {
        JsonObject data = event.data();
        UUID id = UUID.fromString(data.getString("tacticId"));
        return switch (event.type()) {
            case "TacticCreated" -> tx.preparedQuery("""
                            INSERT INTO tactic (tactic_id, seller, name, description, status, created_at, version)
                            VALUES ($1, $2, $3, $4, 'ACTIVE', $5, $6)""")
                    .execute(Tuple.from(new Object[] {id, data.getString("seller"), data.getString("name"),
                            data.getString("description"), time(data.getString("createdAt")), event.version()}));
            case "TacticRevised" -> tx.preparedQuery("""
                            UPDATE tactic SET name = $2, description = $3, revised_at = $4, version = $5
                             WHERE tactic_id = $1""")
                    .execute(Tuple.from(new Object[] {id, data.getString("name"), data.getString("description"),
                            time(data.getString("revisedAt")), event.version()}));
            case "TacticRetired" -> tx.preparedQuery("""
                            UPDATE tactic SET status = 'RETIRED', retire_reason = $2, retired_at = $3, version = $4
                             WHERE tactic_id = $1""")
                    .execute(Tuple.from(new Object[] {id, data.getString("reason"), time(data.getString("retiredAt")),
                            event.version()}));
            default -> Uni.createFrom().voidItem();
        };
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return tx.query("TRUNCATE " + TABLES).execute().replaceWithVoid();
    }

    private Uni<?> opened(SqlConnection tx, StoredEvent event, JsonObject data, String id, OffsetDateTime at) {
        String stage = data.getString("stage");
        double probability = plan.probability(stage);
        JsonObject amount = data.getJsonObject("amount");
        return tx.preparedQuery(OPENED).execute(Tuple.from(new Object[] {id, data.getString("accountId"),
                        data.getString("name"), data.getString("owner"), strings(data.getJsonArray("team")), stage,
                        probability, amount(amount), amount.getString("currency"), date(data, "expectedCloseDate"),
                        data.getString("source"), at, event.version()}))
                .flatMap(ignored -> tx.preparedQuery(ENTER_STAGE)
                        .execute(Tuple.from(new Object[] {id, event.version(), stage, probability, "OPENED", null, at})))
                .flatMap(ignored -> position(tx, id, at));
    }

    /** Sets columns of the opportunity ({@code $1} is its id, the values {@code $2}…), then its position. */
    private static Uni<?> update(SqlConnection tx, String id, OffsetDateTime at, String assignments, Object... values) {
        Object[] args = new Object[values.length + 1];
        args[0] = id;
        System.arraycopy(values, 0, args, 1, values.length);
        return tx.preparedQuery("UPDATE opportunity SET " + assignments + " WHERE opportunity_id = $1")
                .execute(Tuple.from(args))
                .flatMap(ignored -> position(tx, id, at));
    }

    private static Uni<?> stage(SqlConnection tx, StoredEvent event, String id, OffsetDateTime at, String stage,
                                double probability, String how, String reason) {
        return enter(tx, event, id, at, stage, probability, how, reason)
                .flatMap(ignored -> update(tx, id, at, "stage = $2, probability = $3, stage_entered_at = $4",
                        stage, probability, at));
    }

    /** Closes the stage history's current stay and opens one in {@code stage}. */
    private static Uni<?> enter(SqlConnection tx, StoredEvent event, String id, OffsetDateTime at, String stage,
                                double probability, String how, String reason) {
        return tx.preparedQuery(LEAVE_STAGE).execute(Tuple.of(id, at))
                .flatMap(ignored -> tx.preparedQuery(ENTER_STAGE)
                        .execute(Tuple.from(new Object[] {id, event.version(), stage, probability, how, reason, at})));
    }

    /**
     * The opportunity closed: {@code closedAt} is when it was won, lost or abandoned (for a bid result, when the bid
     * was decided), which is what the forecast counts it by; {@code at} is when that became known here.
     */
    private Uni<?> closed(SqlConnection tx, StoredEvent event, String id, OffsetDateTime at, OffsetDateTime closedAt,
                          String outcome, String reason, String competitor) {
        double probability = plan.probability(outcome);
        return enter(tx, event, id, at, outcome, probability, "CLOSED", reason)
                .flatMap(ignored -> update(tx, id, at, """
                                stage = $2, probability = $3, status = $2, close_reason = $4, competitor = $5,
                                closed_at = $6, stage_entered_at = $7""",
                        outcome, probability, reason, competitor, closedAt, at));
    }

    private static Uni<?> winStep(SqlConnection tx, String id, JsonObject data, boolean completed, String evidence,
                                  String by, String at) {
        return tx.preparedQuery("""
                        INSERT INTO win_step (opportunity_id, step, completed, automatic, evidence, changed_by, changed_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)
                        ON CONFLICT (opportunity_id, step) DO UPDATE
                           SET completed = EXCLUDED.completed, automatic = EXCLUDED.automatic,
                               evidence = EXCLUDED.evidence, changed_by = EXCLUDED.changed_by,
                               changed_at = EXCLUDED.changed_at""")
                .execute(Tuple.from(new Object[] {id, data.getInteger("step"), completed, data.getBoolean("automatic"),
                        evidence, by, time(at)}));
    }

    private static Uni<?> position(SqlConnection tx, String id, OffsetDateTime at) {
        return tx.preparedQuery(CLOSE_POSITION).execute(Tuple.of(id, at))
                .flatMap(ignored -> tx.preparedQuery(OPEN_POSITION).execute(Tuple.of(id, at)));
    }

    private static BigDecimal amount(JsonObject money) {
        return new BigDecimal(money.getString("value"));
    }

    private static LocalDate date(JsonObject data, String field) {
        String value = data.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static OffsetDateTime time(String value) {
        return value == null ? null : OffsetDateTime.parse(value);
    }

    private static String[] strings(JsonArray values) {
        String[] strings = new String[values.size()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = values.getString(i);
        }
        return strings;
    }
}
