package com.fivearrows.network.closeness;

import com.fivearrows.network.keyperson.Kind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The closeness of a group, a decision chain or the company key persons of an account, as of one instant, and
 * what a seller acts on: who is covered, who is missing, who blocks. Computed by {@link GroupCloseness}; the
 * trend is not part of it (see {@link Trend}).
 *
 * @param r                     Σ eₘ × Rₘ ÷ Σ eₘ, 0 for an empty group
 * @param s                     Σ eₘ × Sₘ ÷ Σ eₘ
 * @param p                     Σ eₘ × Pₘ ÷ Σ eₘ
 * @param c                     Σ eₘ × Cₘ ÷ Σ eₘ
 * @param band                  the band of C (POOR for an empty group)
 * @param coverage              percent (0..100) of members with R ≥ 50
 * @param decisionMakerCovered  whether a DECISION_MAKER member has C ≥ 60
 * @param approverCovered       whether an APPROVER member has C ≥ 60
 * @param gaps                  members with effective influence ≥ 4 and C < 40, in member order
 * @param blockers              members with base influence ≥ 4 who oppose our solution or reject our price
 * @param rolesPresent          the roles at least one member has
 * @param bestCoachC            the highest C of a COACH member, null when there is none
 * @param supporters            how many members have S ≥ 75
 * @param members               how many members the group has
 * @param unassessedMembers     how many members lack a solution or a price assessment
 * @param breakdown             each member's weight and contributions, in member order
 */
public record GroupScores(
        double r,
        double s,
        double p,
        double c,
        Band band,
        double coverage,
        boolean decisionMakerCovered,
        boolean approverCovered,
        List<Gap> gaps,
        List<Blocker> blockers,
        Set<Kind> rolesPresent,
        Double bestCoachC,
        int supporters,
        int members,
        int unassessedMembers,
        List<MemberBreakdown> breakdown) {

    public GroupScores {
        gaps = List.copyOf(gaps);
        blockers = List.copyOf(blockers);
        Set<Kind> roles = EnumSet.noneOf(Kind.class);
        roles.addAll(rolesPresent);
        rolesPresent = Collections.unmodifiableSet(roles);
        breakdown = List.copyOf(breakdown);
    }

    /** An influential member we are not close to: the first person to work on. */
    public record Gap(UUID keyPersonId, Kind role, double effectiveInfluence, double c) {
    }

    /** An influential member who stands against us, with why. */
    public record Blocker(UUID keyPersonId, Kind role, int influence, List<BlockerReason> reasons) {

        public Blocker {
            reasons = List.copyOf(reasons);
        }
    }

    /** Why a member blocks: the latest solution stance is OPPONENT, or the latest price stance is REJECTS. */
    public enum BlockerReason {
        SOLUTION_OPPONENT,
        PRICE_REJECTS
    }

    /**
     * One member's part in the group scores.
     *
     * @param effectiveInfluence eₘ with its edges
     * @param share              eₘ ÷ Σ e, the member's weight in every group score
     * @param rContribution      share × Rₘ; the members' contributions sum to the group's R
     * @param sContribution      share × Sₘ
     * @param pContribution      share × Pₘ
     * @param cContribution      share × Cₘ
     */
    public record MemberBreakdown(
            UUID keyPersonId,
            Kind role,
            int influence,
            EffectiveInfluence effectiveInfluence,
            double r,
            double s,
            double p,
            double c,
            double share,
            double rContribution,
            double sContribution,
            double pContribution,
            double cContribution) {
    }
}
