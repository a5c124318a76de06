package com.fivearrows.network.strategy;

import com.fivearrows.network.closeness.ClosenessSettings;
import java.util.Comparator;
import java.util.List;

/**
 * The recommended next actions of a decision chain (SPEC §3.5): for each member the rule of its role and the
 * strategy band of its C, ordered by
 * <pre>
 * priority = influence × (100 − C)
 * </pre>
 * highest first, ties by key person id (as text) so the order is stable. A decision maker (5) at C 30 (priority
 * 350) comes before an evaluator (3) at C 10 (270).
 */
public final class NextActions {
    private NextActions() {
    }

    public static List<NextAction> rank(List<ActionCandidate> members, StrategyTable table, ClosenessSettings settings) {
        return members.stream()
                .map(member -> {
                    StrategyBand band = StrategyBand.of(member.c(), settings);
                    StrategyRule rule = table.rule(member.role(), band);
                    return new NextAction(member.keyPersonId(), member.role(), member.influence(), member.c(), band,
                            rule.action(), rule.description(), member.influence() * (100 - member.c()));
                })
                .sorted(Comparator.comparingDouble(NextAction::priority).reversed()
                        .thenComparing(action -> action.keyPersonId().toString()))
                .toList();
    }
}
