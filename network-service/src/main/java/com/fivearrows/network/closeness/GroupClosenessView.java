package com.fivearrows.network.closeness;

import com.fivearrows.network.keyperson.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The four scores of a decision chain or of an account's enterprise relationship as of an instant: each of R, S, P,
 * C is Σ eₘ × scoreₘ ÷ Σ eₘ over the members, with eₘ the effective influence. The member breakdown shows each
 * member's scores, effective influence (with the edges that raised it), share of the weight and contribution.
 */
public record GroupClosenessView(
        Subject.Kind level,
        String opportunityId,
        String accountId,
        String opportunityStage,
        Instant asOf,
        double r,
        double s,
        double p,
        double c,
        Band band,
        Trend trend,
        PersonClosenessView.TrendBasis trendBasis,
        int members,
        double coverage,
        boolean decisionMakerCovered,
        boolean approverCovered,
        Set<Kind> rolesPresent,
        Double bestCoachC,
        int supporters,
        int unassessedMembers,
        List<GroupScores.Gap> gaps,
        List<GroupScores.Blocker> blockers,
        String formula,
        List<GroupScores.MemberBreakdown> breakdown) {

    static String formula(ClosenessSettings settings) {
        return "each of R, S, P, C = Σ eₘ × scoreₘ ÷ Σ eₘ, eₘ = influenceₘ + " + settings.influenceEdgeFactor()
                + " × Σ (strength/5) × influenceₙ over m's INFLUENCES edges";
    }

    static GroupClosenessView of(Subject subject, GroupReading reading, ClosenessSettings settings) {
        GroupScores scores = reading.scores();
        boolean chain = subject.kind() == Subject.Kind.DECISION_CHAIN;
        return new GroupClosenessView(subject.kind(), chain ? subject.id() : null, reading.structure().accountId(),
                chain ? reading.structure().stage() : null, reading.asOf(),
                scores.r(), scores.s(), scores.p(), scores.c(), scores.band(), reading.trend(),
                new PersonClosenessView.TrendBasis(reading.trendBasisAt(), reading.trendBasis().c()),
                scores.members(), scores.coverage(), scores.decisionMakerCovered(), scores.approverCovered(),
                scores.rolesPresent(), scores.bestCoachC(), scores.supporters(), scores.unassessedMembers(),
                scores.gaps(), scores.blockers(), formula(settings), scores.breakdown());
    }
}
