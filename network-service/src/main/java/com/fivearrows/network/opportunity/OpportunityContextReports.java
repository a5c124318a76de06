package com.fivearrows.network.opportunity;

import com.fivearrows.network.chain.DecisionChainCommand.ApplyOpportunityContext;
import com.fivearrows.platform.eventsourcing.envelope.DataTimes;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What each opportunity event tells a decision chain about its opportunity, as an {@link ApplyOpportunityContext}
 * (a null field keeps the value in force):
 * <table>
 *   <caption>opportunity event → context</caption>
 *   <tr><th>event</th><th>sets</th><th>changedAt</th></tr>
 *   <tr><td>OpportunityOpened</td><td>account, stage, amount, currency, status OPEN, owner, team</td><td>openedAt</td></tr>
 *   <tr><td>OpportunityTeamChanged</td><td>account, owner, team</td><td>changedAt</td></tr>
 *   <tr><td>StageAdvanced</td><td>account, stage = toStage</td><td>advancedAt</td></tr>
 *   <tr><td>StageRegressed</td><td>account, stage = toStage</td><td>regressedAt</td></tr>
 *   <tr><td>AmountChanged</td><td>account, amount, currency</td><td>changedAt</td></tr>
 *   <tr><td>OpportunityWon</td><td>account, amount, currency, status WON</td><td>wonAt</td></tr>
 *   <tr><td>OpportunityLost</td><td>account, amount, currency, status LOST</td><td>lostAt</td></tr>
 *   <tr><td>OpportunityAbandoned</td><td>account, status ABANDONED</td><td>abandonedAt</td></tr>
 * </table>
 * Amounts travel as decimal strings and become {@link BigDecimal}s, so no precision is lost. The data must already
 * conform to the event's contract.
 */
final class OpportunityContextReports {
    static final Set<String> APPLIED = Set.of("OpportunityOpened", "OpportunityTeamChanged", "StageAdvanced",
            "StageRegressed", "AmountChanged", "OpportunityWon", "OpportunityLost", "OpportunityAbandoned");

    private OpportunityContextReports() {
    }

    /** Whether events named {@code eventName} change a chain's context; the others are not for network-service. */
    static boolean applies(String eventName) {
        return APPLIED.contains(eventName);
    }

    /** The context that an event named {@code eventName} (one that {@link #applies}) reports, applied by {@code actor}. */
    static ApplyOpportunityContext toCommand(String eventName, JsonObject data, String actor) {
        String opportunityId = data.getString("opportunityId");
        String accountId = data.getString("accountId");
        JsonObject amount = data.getJsonObject("amount");
        switch (eventName) {
            case "OpportunityOpened":
                return new ApplyOpportunityContext(opportunityId, accountId, data.getString("stage"), value(amount),
                        currency(amount), "OPEN", data.getString("owner"), team(data), time(data, "openedAt"), actor);
            case "OpportunityTeamChanged":
                return new ApplyOpportunityContext(opportunityId, accountId, null, null, null, null,
                        data.getString("owner"), team(data), time(data, "changedAt"), actor);
            case "StageAdvanced":
                return stage(data, "advancedAt", actor);
            case "StageRegressed":
                return stage(data, "regressedAt", actor);
            case "AmountChanged":
                return new ApplyOpportunityContext(opportunityId, accountId, null, value(amount), currency(amount), null,
                        null, null, time(data, "changedAt"), actor);
            case "OpportunityWon":
                return closed(data, "WON", "wonAt", actor);
            case "OpportunityLost":
                return closed(data, "LOST", "lostAt", actor);
            case "OpportunityAbandoned":
                return new ApplyOpportunityContext(opportunityId, accountId, null, null, null, "ABANDONED", null, null,
                        time(data, "abandonedAt"), actor);
            default:
                throw new IllegalArgumentException(eventName + " does not change a decision chain's context");
        }
    }

    private static ApplyOpportunityContext stage(JsonObject data, String timeField, String actor) {
        return new ApplyOpportunityContext(data.getString("opportunityId"), data.getString("accountId"),
                data.getString("toStage"), null, null, null, null, null, time(data, timeField), actor);
    }

    private static ApplyOpportunityContext closed(JsonObject data, String status, String timeField, String actor) {
        JsonObject amount = data.getJsonObject("amount");
        return new ApplyOpportunityContext(data.getString("opportunityId"), data.getString("accountId"), null,
                value(amount), currency(amount), status, null, null, time(data, timeField), actor);
    }

    private static BigDecimal value(JsonObject amount) {
        return amount == null ? null : new BigDecimal(amount.getString("value"));
    }

    private static String currency(JsonObject amount) {
        return amount == null ? null : amount.getString("currency");
    }

    private static List<String> team(JsonObject data) {
        JsonArray team = data.getJsonArray("team");
        return team.stream().map(String::valueOf).toList();
    }

    private static Instant time(JsonObject data, String field) {
        return DataTimes.instant(field, data.getString(field));
    }
}
