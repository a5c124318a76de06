package com.fivearrows.network.closeness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What was (or would be) published about a subject: its four scores and its flags, the other values a
 * {@code ClosenessChanged} event carries (band, trend, coverage, gaps, ...). {@link ClosenessChangeRule} compares
 * two snapshots to decide whether to publish.
 *
 * <p>The flags are kept in one canonical JSON-like form so that a snapshot written to the database as JSON and
 * read back equals the one it was made from: keys sorted; enums, UUIDs and other objects as strings; integral
 * numbers as {@code Long}, others as {@code Double}; sets as sorted lists; maps with string keys, sorted; null
 * map values dropped.
 *
 * <p>Flags of a person ({@link #of(PersonScores, Trend, Map)}): {@code band}, {@code trend},
 * {@code levelAssessed}, {@code solutionAssessed}, {@code priceAssessed}, plus the person attributes given
 * (e.g. {@code kind}, {@code scope}, {@code department}, {@code seniority}). Flags of a group
 * ({@link #of(GroupScores, Trend)}): {@code band}, {@code trend}, {@code coverage} (whole percent),
 * {@code decisionMakerCovered}, {@code approverCovered}, {@code gaps} (sorted ids), {@code blockers} (id → reasons),
 * {@code rolesPresent}, {@code bestCoachC} (whole point, absent when there is no coach), {@code supporters},
 * {@code members}, {@code unassessedMembers}.
 */
public record ClosenessSnapshot(double r, double s, double p, double c, Map<String, Object> flags) {

    public ClosenessSnapshot {
        flags = canonicalMap(flags);
    }

    /** The snapshot of a person; {@code personAttributes} are what the event carries about the person. */
    public static ClosenessSnapshot of(PersonScores scores, Trend trend, Map<String, Object> personAttributes) {
        Map<String, Object> flags = new LinkedHashMap<>(personAttributes);
        flags.put("band", scores.band());
        flags.put("trend", trend);
        flags.put("levelAssessed", scores.levelAssessed());
        flags.put("solutionAssessed", scores.solutionAssessed());
        flags.put("priceAssessed", scores.priceAssessed());
        return new ClosenessSnapshot(scores.r(), scores.s(), scores.p(), scores.c(), flags);
    }

    /** The snapshot of a decision chain or an account. */
    public static ClosenessSnapshot of(GroupScores scores, Trend trend) {
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("band", scores.band());
        flags.put("trend", trend);
        flags.put("coverage", Math.round(scores.coverage()));
        flags.put("decisionMakerCovered", scores.decisionMakerCovered());
        flags.put("approverCovered", scores.approverCovered());
        flags.put("gaps", scores.gaps().stream().map(GroupScores.Gap::keyPersonId).collect(Collectors.toSet()));
        Map<UUID, List<GroupScores.BlockerReason>> blockers = new LinkedHashMap<>();
        scores.blockers().forEach(blocker -> blockers.put(blocker.keyPersonId(), blocker.reasons()));
        flags.put("blockers", blockers);
        flags.put("rolesPresent", scores.rolesPresent());
        flags.put("bestCoachC", scores.bestCoachC() == null ? null : Math.round(scores.bestCoachC()));
        flags.put("supporters", scores.supporters());
        flags.put("members", scores.members());
        flags.put("unassessedMembers", scores.unassessedMembers());
        return new ClosenessSnapshot(scores.r(), scores.s(), scores.p(), scores.c(), flags);
    }

    private static Map<String, Object> canonicalMap(Map<?, ?> map) {
        Map<String, Object> canonical = new TreeMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                canonical.put(String.valueOf(key), canonical(value));
            }
        });
        return Collections.unmodifiableMap(canonical);
    }

    private static Object canonical(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) number.longValue() : (Object) d;
        }
        if (value instanceof Map<?, ?> map) {
            return canonicalMap(map);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            collection.forEach(element -> list.add(canonical(element)));
            if (!(collection instanceof List)) {
                list.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            }
            return Collections.unmodifiableList(list);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
