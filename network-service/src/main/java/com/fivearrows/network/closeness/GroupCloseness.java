package com.fivearrows.network.closeness;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.SolutionStance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The closeness of a decision chain or of an account's company key persons (SPEC §3.3): each member's scores
 * weighted by its effective influence ({@link EffectiveInfluence}),
 * <pre>
 * X = Σ eₘ × Xₘ ÷ Σ eₘ   for X in R, S, P, C   (0 for an empty group)
 * coverage              = 100 × |{m : Rₘ ≥ 50}| ÷ |members|
 * decision maker/approver covered: a member of that role with Cₘ ≥ 60
 * gaps                  = {m : eₘ ≥ 4 and Cₘ < 40}
 * blockers              = {m : influenceₘ ≥ 4 and (solution stance OPPONENT or price stance REJECTS)}
 * supporters            = |{m : Sₘ ≥ 75}|
 * </pre>
 * with every threshold from {@link ClosenessSettings}. A gap uses the effective influence (a well-connected
 * evaluator matters), a blocker the base influence (the role's own weight).
 */
public final class GroupCloseness {
    private GroupCloseness() {
    }

    /**
     * The group's scores and flags as of the instant its members' scores were computed for.
     *
     * @param edges  the group's INFLUENCES edges; edges touching a non-member are ignored
     * @param scores the scores of every member, by key person id, computed as of the same instant
     * @throws IllegalArgumentException when a member has no scores
     */
    public static GroupScores compute(List<GroupMember> members, List<InfluenceEdge> edges,
                                      Map<UUID, PersonScores> scores, ClosenessSettings settings) {
        Map<UUID, EffectiveInfluence> influence = EffectiveInfluence.of(members, edges, settings);
        double totalWeight = influence.values().stream().mapToDouble(EffectiveInfluence::value).sum();

        double r = 0;
        double s = 0;
        double p = 0;
        double c = 0;
        int covered = 0;
        boolean decisionMakerCovered = false;
        boolean approverCovered = false;
        List<GroupScores.Gap> gaps = new ArrayList<>();
        List<GroupScores.Blocker> blockers = new ArrayList<>();
        Set<Kind> roles = EnumSet.noneOf(Kind.class);
        Double bestCoachC = null;
        int supporters = 0;
        int unassessed = 0;
        List<GroupScores.MemberBreakdown> breakdown = new ArrayList<>();

        for (GroupMember member : members) {
            PersonScores person = scores.get(member.keyPersonId());
            if (person == null) {
                throw new IllegalArgumentException("no scores for member " + member.keyPersonId());
            }
            EffectiveInfluence e = influence.get(member.keyPersonId());
            double share = totalWeight > 0 ? e.value() / totalWeight : 0;
            breakdown.add(new GroupScores.MemberBreakdown(member.keyPersonId(), member.role(), member.influence(), e,
                    person.r(), person.s(), person.p(), person.c(), share,
                    share * person.r(), share * person.s(), share * person.p(), share * person.c()));
            r += share * person.r();
            s += share * person.s();
            p += share * person.p();
            c += share * person.c();

            roles.add(member.role());
            if (ClosenessSettings.reaches(person.r(), settings.coverageThreshold())) {
                covered++;
            }
            boolean keyRoleCovered = ClosenessSettings.reaches(person.c(), settings.keyRoleThreshold());
            decisionMakerCovered |= member.role() == Kind.DECISION_MAKER && keyRoleCovered;
            approverCovered |= member.role() == Kind.APPROVER && keyRoleCovered;
            if (ClosenessSettings.reaches(e.value(), settings.gapInfluence())
                    && !ClosenessSettings.reaches(person.c(), settings.gapBelow())) {
                gaps.add(new GroupScores.Gap(member.keyPersonId(), member.role(), e.value(), person.c()));
            }
            List<GroupScores.BlockerReason> reasons = blockerReasons(person);
            if (member.influence() >= settings.blockerInfluence() && !reasons.isEmpty()) {
                blockers.add(new GroupScores.Blocker(member.keyPersonId(), member.role(), member.influence(), reasons));
            }
            if (member.role() == Kind.COACH && (bestCoachC == null || person.c() > bestCoachC)) {
                bestCoachC = person.c();
            }
            if (ClosenessSettings.reaches(person.s(), settings.supporterThreshold())) {
                supporters++;
            }
            if (!person.solutionAssessed() || !person.priceAssessed()) {
                unassessed++;
            }
        }
        double coverage = members.isEmpty() ? 0 : 100.0 * covered / members.size();
        return new GroupScores(r, s, p, c, Band.of(c, settings), coverage, decisionMakerCovered, approverCovered,
                gaps, blockers, roles, bestCoachC, supporters, members.size(), unassessed, breakdown);
    }

    private static List<GroupScores.BlockerReason> blockerReasons(PersonScores person) {
        List<GroupScores.BlockerReason> reasons = new ArrayList<>();
        if (person.solutionStance() == SolutionStance.OPPONENT) {
            reasons.add(GroupScores.BlockerReason.SOLUTION_OPPONENT);
        }
        if (person.priceStance() == PriceStance.REJECTS) {
            reasons.add(GroupScores.BlockerReason.PRICE_REJECTS);
        }
        return reasons;
    }
}
