package com.fivearrows.network.closeness;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * The tunable numbers of the closeness scores (SPEC §3.2–§3.5), read into {@link ClosenessSettings} and validated
 * at start-up by {@link ClosenessSettingsProducer}. The defaults are the specification's. Maps are keyed by enum
 * name (case and {@code -}/{@code _} do not matter); a name left out keeps its default.
 *
 * <pre>
 * network.closeness.level-points.TRUSTED=80
 * network.closeness.type-weights.SITE_VISIT=5
 * network.closeness.outcome-multipliers.NEGATIVE=-0.8
 * network.closeness.composite-relationship-weight=0.5
 * network.closeness.composite-solution-weight=0.25
 * network.closeness.composite-price-weight=0.25
 * network.closeness.half-life=P90D
 * </pre>
 *
 * Changing {@code half-life}, {@code type-weights} or {@code outcome-multipliers} needs a rebuild of the
 * {@code network} projection, which stores activity scaled and weighed by them: the service does it at start
 * ({@link ScaleCheck}).
 */
@ConfigMapping(prefix = "network.closeness")
public interface ClosenessConfig {

    /** L per relationship level: STRANGER 0, ACQUAINTED 25, FAMILIAR 50, TRUSTED 75, ALLY 100. */
    Map<String, Double> levelPoints();

    /** S per solution stance: OPPONENT 0, SKEPTIC 25, NEUTRAL 50, SUPPORTER 75, CHAMPION 100. */
    Map<String, Double> solutionPoints();

    /** P per price stance: REJECTS 0, RESISTANT 25, NEGOTIABLE 50, ACCEPTS 75, ADVOCATES 100. */
    Map<String, Double> pricePoints();

    /** Weight of L in R; with {@link #relationshipActivityWeight()} it sums to 1. */
    @WithDefault("0.6")
    double relationshipLevelWeight();

    /** Weight of the activity intensity I in R. */
    @WithDefault("0.4")
    double relationshipActivityWeight();

    /** I = 100 × (1 − e^(−max(A,0)/saturation)). */
    @WithDefault("10")
    double activitySaturation();

    /** The half-life of an interaction's contribution, ISO-8601 ({@code P60D}), 14 to 3650 days. */
    @WithDefault("P60D")
    Duration halfLife();

    /**
     * w per interaction type: EMAIL 1, CALL 2, MARKETING_EVENT 2, SERVICE_CASE 1, ONLINE_MEETING 3, MEETING 4,
     * DEMO 4, SITE_VISIT 6, SOCIAL 6, EXECUTIVE_MEETING 8, BID_WON 8, BID_LOST 4.
     */
    Map<String, Double> typeWeights();

    /** m per outcome, −1..1: POSITIVE 1.0, NEUTRAL 0.6, NEGATIVE −0.5. */
    Map<String, Double> outcomeMultipliers();

    /** Weight of R in C; the three composite weights sum to 1. */
    @WithDefault("0.4")
    double compositeRelationshipWeight();

    /** Weight of S in C. */
    @WithDefault("0.3")
    double compositeSolutionWeight();

    /** Weight of P in C. */
    @WithDefault("0.3")
    double compositePriceWeight();

    /** C from which the band is GOOD. */
    @WithDefault("60")
    double goodFrom();

    /** C from which the band is FAIR; below {@link #goodFrom()}. */
    @WithDefault("40")
    double fairFrom();

    /** How many points C must move, strictly more, against {@link #trendWindow()} earlier to be UP or DOWN. */
    @WithDefault("2")
    double trendThreshold();

    /** How far back the trend compares. */
    @WithDefault("P30D")
    Duration trendWindow();

    /** R from which a member counts towards a group's coverage. */
    @WithDefault("50")
    double coverageThreshold();

    /** C from which a decision maker or approver covers its role. */
    @WithDefault("60")
    double keyRoleThreshold();

    /** Effective influence from which a member with C below {@link #gapBelow()} is a gap. */
    @WithDefault("4")
    double gapInfluence();

    /** C below which an influential member is a gap. */
    @WithDefault("40")
    double gapBelow();

    /** Base influence (1..5) from which an OPPONENT or a REJECTS member is a blocker. */
    @WithDefault("4")
    int blockerInfluence();

    /** The factor of INFLUENCES edges in the effective influence, 0..1. */
    @WithDefault("0.5")
    double influenceEdgeFactor();

    /** S from which a member counts as a supporter. */
    @WithDefault("75")
    double supporterThreshold();

    /** How many points a score must move against the last published value to be published again. */
    @WithDefault("1")
    double publicationThreshold();

    /** C below which the strategy table's LOW band applies. */
    @WithDefault("40")
    double strategyLowBelow();

    /** C from which the strategy table's HIGH band applies. */
    @WithDefault("70")
    double strategyHighFrom();
}
