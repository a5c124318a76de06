package com.fivearrows.opportunity.closeness;

import com.fivearrows.opportunity.opportunity.ChainFacts;
import com.fivearrows.platform.eventsourcing.envelope.DataTimes;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the figures this service acts on from a {@code ClosenessChanged} of level {@code DECISION_CHAIN}, whose
 * shape its contract has already checked: the group's R, S, P, C, the roles present, the best coach's C and the
 * number of supporters.
 */
final class ChainClosenessReports {
    static final String DECISION_CHAIN = "DECISION_CHAIN";

    private ChainClosenessReports() {
    }

    static boolean isChain(JsonObject data) {
        return DECISION_CHAIN.equals(data.getString("level"));
    }

    static ChainFacts facts(JsonObject data) {
        JsonObject group = data.getJsonObject("group", new JsonObject());
        JsonArray roles = group.getJsonArray("rolesPresent", new JsonArray());
        Set<String> rolesPresent = new LinkedHashSet<>();
        roles.forEach(role -> rolesPresent.add(String.valueOf(role)));
        Number bestCoachC = (Number) group.getValue("bestCoachC");
        return new ChainFacts(data.getDouble("r"), data.getDouble("s"), data.getDouble("p"), data.getDouble("c"),
                rolesPresent, bestCoachC == null ? null : bestCoachC.doubleValue(), group.getInteger("supporters", 0),
                DataTimes.instant("evaluatedAt", data.getString("evaluatedAt")));
    }
}
