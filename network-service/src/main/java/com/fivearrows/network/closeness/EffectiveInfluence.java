package com.fivearrows.network.closeness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * How much a member of a group weighs in the group's scores (SPEC §3.3): its own influence plus half of what it
 * sways through its {@code INFLUENCES} edges to other members,
 * <pre>
 * eₘ = influenceₘ + 0.5 × Σ over m's INFLUENCES edges m→n of (strengthₘₙ / 5) × influenceₙ
 * </pre>
 * (0.5 is {@link ClosenessSettings#influenceEdgeFactor()}). Edges from or to a non-member are ignored. A coach of
 * influence 1 who strongly sways the decision maker (strength 5, influence 5) weighs 1 + 0.5 × 1 × 5 = 3.5.
 *
 * @param influence the member's base influence, 1..5
 * @param value     eₘ
 * @param edges     what each of its edges adds, in edge order
 * @param formula   the computation written out, e.g. {@code e = 3 + 0.5 × (4/5 × 5) = 3 + 2 = 5}
 */
public record EffectiveInfluence(UUID keyPersonId, int influence, double value, List<EdgeContribution> edges,
                                 String formula) {

    public EffectiveInfluence {
        edges = List.copyOf(edges);
    }

    /**
     * What one edge m→n adds: factor × (strength / 5) × influenceₙ.
     *
     * @param toKeyPersonId the influenced member n
     * @param strength      1..5
     * @param toInfluence   n's base influence
     * @param contribution  what the edge adds to eₘ
     */
    public record EdgeContribution(UUID toKeyPersonId, int strength, int toInfluence, double contribution) {
    }

    /** The effective influence of every member, by key person id, in member order. */
    public static Map<UUID, EffectiveInfluence> of(List<GroupMember> members, List<InfluenceEdge> edges,
                                                   ClosenessSettings settings) {
        Map<UUID, GroupMember> byId = new LinkedHashMap<>();
        members.forEach(member -> byId.put(member.keyPersonId(), member));
        Map<UUID, List<InfluenceEdge>> edgesFrom = new HashMap<>();
        edges.forEach(edge -> edgesFrom.computeIfAbsent(edge.fromKeyPersonId(), id -> new ArrayList<>()).add(edge));
        Map<UUID, EffectiveInfluence> result = new LinkedHashMap<>();
        for (GroupMember member : byId.values()) {
            List<EdgeContribution> contributions = new ArrayList<>();
            StringJoiner terms = new StringJoiner(" + ");
            for (InfluenceEdge edge : edgesFrom.getOrDefault(member.keyPersonId(), List.of())) {
                GroupMember to = byId.get(edge.toKeyPersonId());
                if (to == null) {
                    continue;
                }
                double contribution = settings.influenceEdgeFactor() * edge.strength() / 5.0 * to.influence();
                contributions.add(new EdgeContribution(to.keyPersonId(), edge.strength(), to.influence(), contribution));
                terms.add(edge.strength() + "/5 × " + to.influence());
            }
            double added = contributions.stream().mapToDouble(EdgeContribution::contribution).sum();
            double value = member.influence() + added;
            String formula = contributions.isEmpty()
                    ? "e = " + member.influence()
                    : "e = " + member.influence() + " + " + Format.score(settings.influenceEdgeFactor()) + " × (" + terms
                    + ") = " + member.influence() + " + " + Format.score(added) + " = " + Format.score(value);
            result.put(member.keyPersonId(), new EffectiveInfluence(member.keyPersonId(), member.influence(), value,
                    contributions, formula));
        }
        return Collections.unmodifiableMap(result);
    }
}
