package com.fivearrows.network.closeness;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * Builds the data of a {@code five-arrows.network.ClosenessChanged.v1} event (see its schema in the contracts
 * module): the scores with band and trend, what was last published, and what the consumers of each level need to
 * act without calling back.
 */
final class ClosenessChangedData {
    static final String TYPE = "ClosenessChanged";
    static final int VERSION = 1;

    private ClosenessChangedData() {
    }

    static JsonObject person(PersonReading reading, Published previous, ClosenessTrigger trigger) {
        PersonStructure person = reading.person();
        PersonScores scores = reading.scores();
        return scores(Subject.person(person.keyPersonId()), person.accountId(), reading.asOf(), trigger,
                scores.r(), scores.s(), scores.p(), scores.c(), scores.band(), reading.trend(), previous)
                .put("keyPersonId", person.keyPersonId().toString())
                .put("person", new JsonObject()
                        .put("kind", person.kind().name())
                        .put("scope", person.scope().name())
                        .put("department", person.department())
                        .put("seniority", person.seniority() == null ? null : person.seniority().name())
                        .put("influence", person.influence())
                        .put("active", person.active())
                        .put("levelAssessed", scores.levelAssessed())
                        .put("solutionAssessed", scores.solutionAssessed())
                        .put("priceAssessed", scores.priceAssessed()));
    }

    static JsonObject group(Subject subject, GroupReading reading, Published previous, ClosenessTrigger trigger) {
        GroupScores scores = reading.scores();
        JsonObject data = scores(subject, reading.structure().accountId(), reading.asOf(), trigger,
                scores.r(), scores.s(), scores.p(), scores.c(), scores.band(), reading.trend(), previous)
                .put("group", group(scores));
        if (subject.kind() == Subject.Kind.DECISION_CHAIN) {
            data.put("opportunityId", subject.id()).put("opportunityStage", reading.structure().stage());
        }
        return data;
    }

    private static JsonObject scores(Subject subject, String accountId, Instant evaluatedAt, ClosenessTrigger trigger,
                                     double r, double s, double p, double c, Band band, Trend trend, Published previous) {
        return new JsonObject()
                .put("level", subject.kind().name())
                .put("accountId", accountId)
                .put("evaluatedAt", evaluatedAt.toString())
                .put("trigger", trigger.name())
                .put("r", r).put("s", s).put("p", p).put("c", c)
                .put("band", band.name())
                .put("trend", trend.name())
                .put("previous", previous == null ? null : new JsonObject()
                        .put("r", previous.snapshot().r()).put("s", previous.snapshot().s())
                        .put("p", previous.snapshot().p()).put("c", previous.snapshot().c())
                        .put("band", previous.snapshot().flags().get("band")));
    }

    private static JsonObject group(GroupScores scores) {
        JsonArray gaps = new JsonArray();
        scores.gaps().forEach(gap -> gaps.add(new JsonObject()
                .put("keyPersonId", gap.keyPersonId().toString())
                .put("role", gap.role().name())
                .put("effectiveInfluence", gap.effectiveInfluence())
                .put("c", gap.c())));
        JsonArray blockers = new JsonArray();
        scores.blockers().forEach(blocker -> blockers.add(new JsonObject()
                .put("keyPersonId", blocker.keyPersonId().toString())
                .put("role", blocker.role().name())
                .put("influence", blocker.influence())
                .put("reasons", new JsonArray(blocker.reasons().stream()
                        .map(reason -> reason == GroupScores.BlockerReason.SOLUTION_OPPONENT ? "OPPONENT" : "REJECTS")
                        .toList()))));
        return new JsonObject()
                .put("members", scores.members())
                .put("rolesPresent", new JsonArray(scores.rolesPresent().stream().map(Enum::name).sorted().toList()))
                .put("bestCoachC", scores.bestCoachC())
                .put("supporters", scores.supporters())
                .put("coverage", scores.coverage())
                .put("decisionMakerCovered", scores.decisionMakerCovered())
                .put("approverCovered", scores.approverCovered())
                .put("unassessedMembers", scores.unassessedMembers())
                .put("gaps", gaps)
                .put("blockers", blockers);
    }
}
