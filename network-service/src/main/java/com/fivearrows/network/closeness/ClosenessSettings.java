package com.fivearrows.network.closeness;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every number the closeness scores, bands, flags and strategies are computed with (SPEC §3.2–§3.5), so that a
 * sales-operations team can tune them in configuration ({@code network.closeness.*}, see {@link ClosenessConfig})
 * and every formula reads them from one place. {@link #defaults()} holds the numbers of the specification.
 *
 * <p>A settings value may hold nonsense (weights not summing to 1, a band boundary above 100); {@link #problems()}
 * lists all of it at once, and the service refuses to start while the list is not empty. Each problem names the
 * property to fix, relative to {@code network.closeness.}.
 *
 * <p>Thresholds are compared with {@link #reaches(double, double)}, which forgives {@link #TOLERANCE} so that a
 * score computed as 59.999999999999993 counts as 60.
 *
 * <pre>{@code
 * ClosenessSettings settings = ClosenessSettings.defaults().toBuilder().compositeWeights(0.5, 0.25, 0.25).build();
 * settings.problems(); // [] — valid
 * }</pre>
 *
 * @param levelPoints                  L per relationship level (STRANGER 0, ACQUAINTED 25, FAMILIAR 50, TRUSTED 75, ALLY 100)
 * @param solutionPoints               S per solution stance (OPPONENT 0 … CHAMPION 100)
 * @param pricePoints                  P per price stance (REJECTS 0 … ADVOCATES 100)
 * @param relationshipLevelWeight      weight of L in R (0.6)
 * @param relationshipActivityWeight   weight of I in R (0.4)
 * @param activitySaturation           the activity at which I reaches 1 − 1/e of 100 (10)
 * @param halfLife                     the half-life H of an interaction's contribution (60 days)
 * @param typeWeights                  w per interaction type (EMAIL 1 … EXECUTIVE_MEETING 8)
 * @param outcomeMultipliers           m per outcome (POSITIVE 1.0, NEUTRAL 0.6, NEGATIVE −0.5)
 * @param compositeRelationshipWeight  weight of R in C (0.4)
 * @param compositeSolutionWeight      weight of S in C (0.3)
 * @param compositePriceWeight         weight of P in C (0.3)
 * @param goodFrom                     C from which the band is GOOD (60)
 * @param fairFrom                     C from which the band is FAIR (40)
 * @param trendThreshold               how far C must move, strictly more, to be a trend (2 points)
 * @param trendWindow                  how far back the trend compares C (30 days)
 * @param coverageThreshold            R from which a member counts as covered (50)
 * @param keyRoleThreshold             C from which a decision maker or approver covers its role (60)
 * @param gapInfluence                 effective influence from which a member can be a gap (4)
 * @param gapBelow                     C below which such a member is a gap (40)
 * @param blockerInfluence             base influence from which an opponent or price rejecter blocks (4)
 * @param influenceEdgeFactor          share of an influenced member's influence an INFLUENCES edge adds (0.5)
 * @param supporterThreshold           S from which a member counts as a supporter (75)
 * @param publicationThreshold         how far a score must move to be published again (1 point)
 * @param strategyLowBelow             C below which a strategy is for the LOW band (40)
 * @param strategyHighFrom             C from which a strategy is for the HIGH band (70)
 */
public record ClosenessSettings(
        Map<RelationshipLevel, Double> levelPoints,
        Map<SolutionStance, Double> solutionPoints,
        Map<PriceStance, Double> pricePoints,
        double relationshipLevelWeight,
        double relationshipActivityWeight,
        double activitySaturation,
        Duration halfLife,
        Map<InteractionType, Double> typeWeights,
        Map<Outcome, Double> outcomeMultipliers,
        double compositeRelationshipWeight,
        double compositeSolutionWeight,
        double compositePriceWeight,
        double goodFrom,
        double fairFrom,
        double trendThreshold,
        Duration trendWindow,
        double coverageThreshold,
        double keyRoleThreshold,
        double gapInfluence,
        double gapBelow,
        int blockerInfluence,
        double influenceEdgeFactor,
        double supporterThreshold,
        double publicationThreshold,
        double strategyLowBelow,
        double strategyHighFrom) {

    /** How much rounding a threshold comparison and a sum of weights forgive. */
    public static final double TOLERANCE = 1e-9;

    /** The shortest half-life allowed: {@link DecayScale} stays within a double for 39 years after its epoch. */
    public static final Duration MIN_HALF_LIFE = Duration.ofDays(14);

    /** The longest half-life allowed: ten years, beyond which activity no longer fades in any useful sense. */
    public static final Duration MAX_HALF_LIFE = Duration.ofDays(3650);

    public ClosenessSettings {
        levelPoints = copy(RelationshipLevel.class, levelPoints);
        solutionPoints = copy(SolutionStance.class, solutionPoints);
        pricePoints = copy(PriceStance.class, pricePoints);
        typeWeights = copy(InteractionType.class, typeWeights);
        outcomeMultipliers = copy(Outcome.class, outcomeMultipliers);
        Objects.requireNonNull(halfLife, "halfLife");
        Objects.requireNonNull(trendWindow, "trendWindow");
    }

    /** The numbers of SPEC §3.2–§3.5. */
    public static ClosenessSettings defaults() {
        return new Builder().build();
    }

    /** A builder holding the {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether {@code value} ≥ {@code threshold}, forgiving {@link #TOLERANCE} of rounding. */
    public static boolean reaches(double value, double threshold) {
        return value >= threshold - TOLERANCE;
    }

    /** L for a level, 0..100. */
    public double pointsOf(RelationshipLevel level) {
        return levelPoints.get(level);
    }

    /** S for a solution stance, 0..100. */
    public double pointsOf(SolutionStance stance) {
        return solutionPoints.get(stance);
    }

    /** P for a price stance, 0..100. */
    public double pointsOf(PriceStance stance) {
        return pricePoints.get(stance);
    }

    /** w for an interaction type. */
    public double weightOf(InteractionType type) {
        return typeWeights.get(type);
    }

    /** m for an outcome. */
    public double multiplierOf(Outcome outcome) {
        return outcomeMultipliers.get(outcome);
    }

    /**
     * Everything wrong with these settings, each naming its property relative to {@code network.closeness.}, e.g.
     * {@code "composite-relationship-weight + composite-solution-weight + composite-price-weight must sum to 1,
     * were 0.4 + 0.3 + 0.4 = 1.1"}; empty when the settings are usable.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        points(problems, "level-points", RelationshipLevel.values(), levelPoints);
        points(problems, "solution-points", SolutionStance.values(), solutionPoints);
        points(problems, "price-points", PriceStance.values(), pricePoints);
        weights(problems, new String[] {"relationship-level-weight", "relationship-activity-weight"},
                relationshipLevelWeight, relationshipActivityWeight);
        if (!(activitySaturation > 0 && Double.isFinite(activitySaturation))) {
            problems.add("activity-saturation must be positive, was " + Format.number(activitySaturation, 6));
        }
        if (halfLife.compareTo(MIN_HALF_LIFE) < 0 || halfLife.compareTo(MAX_HALF_LIFE) > 0) {
            problems.add("half-life must be between " + days(MIN_HALF_LIFE) + " and " + days(MAX_HALF_LIFE)
                    + ", was " + days(halfLife));
        }
        for (InteractionType type : InteractionType.values()) {
            Double weight = typeWeights.get(type);
            if (weight == null) {
                problems.add("type-weights." + type + " is missing");
            } else if (!(weight >= 0 && Double.isFinite(weight))) {
                problems.add("type-weights." + type + " must not be negative, was " + Format.number(weight, 6));
            }
        }
        for (Outcome outcome : Outcome.values()) {
            Double multiplier = outcomeMultipliers.get(outcome);
            if (multiplier == null) {
                problems.add("outcome-multipliers." + outcome + " is missing");
            } else if (!(multiplier >= -1 && multiplier <= 1)) {
                problems.add("outcome-multipliers." + outcome + " must be between -1 and 1, was "
                        + Format.number(multiplier, 6));
            }
        }
        weights(problems, new String[] {"composite-relationship-weight", "composite-solution-weight",
                "composite-price-weight"}, compositeRelationshipWeight, compositeSolutionWeight, compositePriceWeight);
        score(problems, "good-from", goodFrom);
        score(problems, "fair-from", fairFrom);
        if (fairFrom >= goodFrom) {
            problems.add("fair-from must be below good-from, were " + Format.number(fairFrom, 6) + " and "
                    + Format.number(goodFrom, 6));
        }
        score(problems, "trend-threshold", trendThreshold);
        if (trendWindow.isNegative() || trendWindow.isZero()) {
            problems.add("trend-window must be positive, was " + trendWindow);
        }
        score(problems, "coverage-threshold", coverageThreshold);
        score(problems, "key-role-threshold", keyRoleThreshold);
        if (!(gapInfluence >= 0 && Double.isFinite(gapInfluence))) {
            problems.add("gap-influence must not be negative, was " + Format.number(gapInfluence, 6));
        }
        score(problems, "gap-below", gapBelow);
        if (blockerInfluence < 1 || blockerInfluence > 5) {
            problems.add("blocker-influence must be between 1 and 5, was " + blockerInfluence);
        }
        if (!(influenceEdgeFactor >= 0 && influenceEdgeFactor <= 1)) {
            problems.add("influence-edge-factor must be between 0 and 1, was " + Format.number(influenceEdgeFactor, 6));
        }
        score(problems, "supporter-threshold", supporterThreshold);
        if (!(publicationThreshold > 0 && publicationThreshold <= 100)) {
            problems.add("publication-threshold must be above 0 and at most 100, was "
                    + Format.number(publicationThreshold, 6));
        }
        score(problems, "strategy-low-below", strategyLowBelow);
        score(problems, "strategy-high-from", strategyHighFrom);
        if (strategyLowBelow >= strategyHighFrom) {
            problems.add("strategy-low-below must be below strategy-high-from, were " + Format.number(strategyLowBelow, 6)
                    + " and " + Format.number(strategyHighFrom, 6));
        }
        return List.copyOf(problems);
    }

    private static <E extends Enum<E>> void points(List<String> problems, String property, E[] keys, Map<E, Double> points) {
        for (E key : keys) {
            Double value = points.get(key);
            if (value == null) {
                problems.add(property + "." + key + " is missing");
            } else {
                score(problems, property + "." + key, value);
            }
        }
    }

    private static void score(List<String> problems, String property, double value) {
        if (!(value >= 0 && value <= 100)) {
            problems.add(property + " must be between 0 and 100, was " + Format.number(value, 6));
        }
    }

    private static void weights(List<String> problems, String[] properties, double... weights) {
        double sum = 0;
        List<String> values = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                problems.add(properties[i] + " must not be negative, was " + Format.number(weights[i], 6));
            }
            sum += weights[i];
            values.add(Format.number(weights[i], 6));
        }
        if (!(Math.abs(sum - 1) <= TOLERANCE)) {
            problems.add(String.join(" + ", properties) + " must sum to 1, were " + String.join(" + ", values)
                    + " = " + Format.number(sum, 6));
        }
    }

    private static String days(Duration duration) {
        return Format.number(duration.toMillis() / 86_400_000.0, 3) + " days";
    }

    private static <E extends Enum<E>> Map<E, Double> copy(Class<E> type, Map<E, Double> values) {
        Map<E, Double> copy = new EnumMap<>(type);
        Objects.requireNonNull(values, type.getSimpleName()).forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Builds settings from the defaults, changing only what is set; {@link #build()} does not validate. */
    public static final class Builder {
        private final Map<RelationshipLevel, Double> levelPoints = new EnumMap<>(RelationshipLevel.class);
        private final Map<SolutionStance, Double> solutionPoints = new EnumMap<>(SolutionStance.class);
        private final Map<PriceStance, Double> pricePoints = new EnumMap<>(PriceStance.class);
        private final Map<InteractionType, Double> typeWeights = new EnumMap<>(InteractionType.class);
        private final Map<Outcome, Double> outcomeMultipliers = new EnumMap<>(Outcome.class);
        private double relationshipLevelWeight = 0.6;
        private double relationshipActivityWeight = 0.4;
        private double activitySaturation = 10;
        private Duration halfLife = Duration.ofDays(60);
        private double compositeRelationshipWeight = 0.4;
        private double compositeSolutionWeight = 0.3;
        private double compositePriceWeight = 0.3;
        private double goodFrom = 60;
        private double fairFrom = 40;
        private double trendThreshold = 2;
        private Duration trendWindow = Duration.ofDays(30);
        private double coverageThreshold = 50;
        private double keyRoleThreshold = 60;
        private double gapInfluence = 4;
        private double gapBelow = 40;
        private int blockerInfluence = 4;
        private double influenceEdgeFactor = 0.5;
        private double supporterThreshold = 75;
        private double publicationThreshold = 1;
        private double strategyLowBelow = 40;
        private double strategyHighFrom = 70;

        private Builder() {
            // the three scales are ordered lowest first, each step 25 points
            double[] fivePoints = {0, 25, 50, 75, 100};
            for (RelationshipLevel level : RelationshipLevel.values()) {
                levelPoints.put(level, fivePoints[level.ordinal()]);
            }
            for (SolutionStance stance : SolutionStance.values()) {
                solutionPoints.put(stance, fivePoints[stance.ordinal()]);
            }
            for (PriceStance stance : PriceStance.values()) {
                pricePoints.put(stance, fivePoints[stance.ordinal()]);
            }
            typeWeights.put(InteractionType.EMAIL, 1.0);
            typeWeights.put(InteractionType.CALL, 2.0);
            typeWeights.put(InteractionType.MARKETING_EVENT, 2.0);
            typeWeights.put(InteractionType.SERVICE_CASE, 1.0);
            typeWeights.put(InteractionType.ONLINE_MEETING, 3.0);
            typeWeights.put(InteractionType.MEETING, 4.0);
            typeWeights.put(InteractionType.DEMO, 4.0);
            typeWeights.put(InteractionType.SITE_VISIT, 6.0);
            typeWeights.put(InteractionType.SOCIAL, 6.0);
            typeWeights.put(InteractionType.EXECUTIVE_MEETING, 8.0);
            typeWeights.put(InteractionType.BID_WON, 8.0);
            typeWeights.put(InteractionType.BID_LOST, 4.0);
            outcomeMultipliers.put(Outcome.POSITIVE, 1.0);
            outcomeMultipliers.put(Outcome.NEUTRAL, 0.6);
            outcomeMultipliers.put(Outcome.NEGATIVE, -0.5);
        }

        private Builder(ClosenessSettings settings) {
            levelPoints.putAll(settings.levelPoints);
            solutionPoints.putAll(settings.solutionPoints);
            pricePoints.putAll(settings.pricePoints);
            typeWeights.putAll(settings.typeWeights);
            outcomeMultipliers.putAll(settings.outcomeMultipliers);
            relationshipLevelWeight = settings.relationshipLevelWeight;
            relationshipActivityWeight = settings.relationshipActivityWeight;
            activitySaturation = settings.activitySaturation;
            halfLife = settings.halfLife;
            compositeRelationshipWeight = settings.compositeRelationshipWeight;
            compositeSolutionWeight = settings.compositeSolutionWeight;
            compositePriceWeight = settings.compositePriceWeight;
            goodFrom = settings.goodFrom;
            fairFrom = settings.fairFrom;
            trendThreshold = settings.trendThreshold;
            trendWindow = settings.trendWindow;
            coverageThreshold = settings.coverageThreshold;
            keyRoleThreshold = settings.keyRoleThreshold;
            gapInfluence = settings.gapInfluence;
            gapBelow = settings.gapBelow;
            blockerInfluence = settings.blockerInfluence;
            influenceEdgeFactor = settings.influenceEdgeFactor;
            supporterThreshold = settings.supporterThreshold;
            publicationThreshold = settings.publicationThreshold;
            strategyLowBelow = settings.strategyLowBelow;
            strategyHighFrom = settings.strategyHighFrom;
        }

        public Builder levelPoints(RelationshipLevel level, double points) {
            levelPoints.put(level, points);
            return this;
        }

        public Builder solutionPoints(SolutionStance stance, double points) {
            solutionPoints.put(stance, points);
            return this;
        }

        public Builder pricePoints(PriceStance stance, double points) {
            pricePoints.put(stance, points);
            return this;
        }

        /** R = level × L + activity × I. */
        public Builder relationshipWeights(double level, double activity) {
            relationshipLevelWeight = level;
            relationshipActivityWeight = activity;
            return this;
        }

        public Builder activitySaturation(double saturation) {
            activitySaturation = saturation;
            return this;
        }

        public Builder halfLife(Duration halfLife) {
            this.halfLife = halfLife;
            return this;
        }

        public Builder typeWeight(InteractionType type, double weight) {
            typeWeights.put(type, weight);
            return this;
        }

        public Builder outcomeMultiplier(Outcome outcome, double multiplier) {
            outcomeMultipliers.put(outcome, multiplier);
            return this;
        }

        /** C = relationship × R + solution × S + price × P. */
        public Builder compositeWeights(double relationship, double solution, double price) {
            compositeRelationshipWeight = relationship;
            compositeSolutionWeight = solution;
            compositePriceWeight = price;
            return this;
        }

        /** FAIR from {@code fairFrom}, GOOD from {@code goodFrom}. */
        public Builder bands(double fairFrom, double goodFrom) {
            this.fairFrom = fairFrom;
            this.goodFrom = goodFrom;
            return this;
        }

        public Builder trend(double threshold, Duration window) {
            trendThreshold = threshold;
            trendWindow = window;
            return this;
        }

        public Builder coverageThreshold(double threshold) {
            coverageThreshold = threshold;
            return this;
        }

        public Builder keyRoleThreshold(double threshold) {
            keyRoleThreshold = threshold;
            return this;
        }

        /** A gap: effective influence ≥ {@code influence} and C < {@code below}. */
        public Builder gap(double influence, double below) {
            gapInfluence = influence;
            gapBelow = below;
            return this;
        }

        public Builder blockerInfluence(int influence) {
            blockerInfluence = influence;
            return this;
        }

        public Builder influenceEdgeFactor(double factor) {
            influenceEdgeFactor = factor;
            return this;
        }

        public Builder supporterThreshold(double threshold) {
            supporterThreshold = threshold;
            return this;
        }

        public Builder publicationThreshold(double threshold) {
            publicationThreshold = threshold;
            return this;
        }

        /** LOW below {@code lowBelow}, HIGH from {@code highFrom}, MID between. */
        public Builder strategyBands(double lowBelow, double highFrom) {
            strategyLowBelow = lowBelow;
            strategyHighFrom = highFrom;
            return this;
        }

        public ClosenessSettings build() {
            return new ClosenessSettings(levelPoints, solutionPoints, pricePoints, relationshipLevelWeight,
                    relationshipActivityWeight, activitySaturation, halfLife, typeWeights, outcomeMultipliers,
                    compositeRelationshipWeight, compositeSolutionWeight, compositePriceWeight, goodFrom, fairFrom,
                    trendThreshold, trendWindow, coverageThreshold, keyRoleThreshold, gapInfluence, gapBelow,
                    blockerInfluence, influenceEdgeFactor, supporterThreshold, publicationThreshold, strategyLowBelow,
                    strategyHighFrom);
        }
    }
}
