package com.fivearrows.network.closeness;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A key person's recent activity A and its intensity I (SPEC §3.2):
 * <pre>
 * A(t) = Σ over interactions i of wᵢ × mᵢ × 2^(−(t − tᵢ)/H)
 *      = Σ weighted(i) ÷ 2^((t − epoch)/H)                                  (the running total, see {@link ActivityWeighing})
 *      = Σ over (type, outcome) of w(type) × m(outcome) × scaledSum ÷ 2^((t − epoch)/H)   (its explanation)
 * I(t) = 100 × (1 − e^(−max(A, 0) / saturation))
 * </pre>
 * with the weights w, multipliers m, half-life H and saturation (10) of {@link ClosenessSettings}. An interaction
 * counts fully when it happens and half after one half-life. Negative interactions lower A; I never drops below 0,
 * so a bad meeting costs the activity built up, not more.
 *
 * @param activity      A, may be negative
 * @param intensity     I, 0..100
 * @param contributions one per (type, outcome) read, in type then outcome order; empty when not asked for
 */
public record ActivityScore(double activity, double intensity, List<Contribution> contributions) {

    public ActivityScore {
        contributions = List.copyOf(contributions);
    }

    /**
     * What one (type, outcome) adds to A.
     *
     * @param count        how many such interactions up to t
     * @param weight       w of the type
     * @param multiplier   m of the outcome
     * @param decayedSum   Σ 2^(−(t − tᵢ)/H) over them
     * @param contribution w × m × decayedSum
     */
    public record Contribution(InteractionType type, Outcome outcome, long count, double weight, double multiplier,
                               double decayedSum, double contribution) {
    }

    /**
     * A and I at {@code t} from the weighed running total up to t ({@link PersonInputs#weightedActivity}), explained
     * by the totals per type and outcome up to t (none: no explanation). Both are read with the scale of the
     * settings' half-life.
     */
    public static ActivityScore compute(double weightedActivity, List<ActivityTotal> totals, Instant t,
                                        ClosenessSettings settings, DecayScale scale) {
        double now = scale.factor(t);
        List<Contribution> contributions = new ArrayList<>(totals.size());
        for (ActivityTotal total : totals) {
            double weight = settings.weightOf(total.type());
            double multiplier = settings.multiplierOf(total.outcome());
            double decayedSum = total.scaledSum() / now;
            contributions.add(new Contribution(total.type(), total.outcome(), total.count(), weight, multiplier,
                    decayedSum, weight * multiplier * decayedSum));
        }
        contributions.sort(Comparator.comparing(Contribution::type).thenComparing(Contribution::outcome));
        double activity = weightedActivity / now;
        return new ActivityScore(activity, intensity(activity, settings), contributions);
    }

    /** A and I at {@code t} from the totals per type and outcome up to t alone, explained by them. */
    public static ActivityScore compute(List<ActivityTotal> totals, Instant t, ClosenessSettings settings, DecayScale scale) {
        return compute(weigh(totals, settings), totals, t, settings, scale);
    }

    /** Σ w(type) × m(outcome) × scaledSum: the weighed running total these totals per type and outcome add up to. */
    public static double weigh(List<ActivityTotal> totals, ClosenessSettings settings) {
        double weighted = 0;
        for (ActivityTotal total : totals) {
            weighted += settings.weightOf(total.type()) * settings.multiplierOf(total.outcome()) * total.scaledSum();
        }
        return weighted;
    }

    /** I = 100 × (1 − e^(−max(A, 0) / saturation)). */
    private static double intensity(double activity, ClosenessSettings settings) {
        return 100 * (1 - Math.exp(-Math.max(activity, 0) / settings.activitySaturation()));
    }
}
