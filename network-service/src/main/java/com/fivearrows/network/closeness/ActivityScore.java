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
 * A(t) = Σ over (type, outcome) of w(type) × m(outcome) × scaledSum ÷ 2^((t − epoch)/H)
 *      = Σ over interactions i of wᵢ × mᵢ × 2^(−(t − tᵢ)/H)
 * I(t) = 100 × (1 − e^(−max(A, 0) / saturation))
 * </pre>
 * with the weights w, multipliers m, half-life H and saturation (10) of {@link ClosenessSettings}. An interaction
 * counts fully when it happens and half after one half-life. Negative interactions lower A; I never drops below 0,
 * so a bad meeting costs the activity built up, not more.
 *
 * @param activity      A, may be negative
 * @param intensity     I, 0..100
 * @param contributions one per (type, outcome) read, in type then outcome order
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

    /** A and I at {@code t} from the totals up to {@code t}, read with the scale of the settings' half-life. */
    public static ActivityScore compute(List<ActivityTotal> totals, Instant t, ClosenessSettings settings, DecayScale scale) {
        double now = scale.factor(t);
        List<Contribution> contributions = new ArrayList<>();
        double activity = 0;
        for (ActivityTotal total : totals) {
            double weight = settings.weightOf(total.type());
            double multiplier = settings.multiplierOf(total.outcome());
            double decayedSum = total.scaledSum() / now;
            double contribution = weight * multiplier * decayedSum;
            contributions.add(new Contribution(total.type(), total.outcome(), total.count(), weight, multiplier,
                    decayedSum, contribution));
            activity += contribution;
        }
        contributions.sort(Comparator.comparing(Contribution::type).thenComparing(Contribution::outcome));
        return new ActivityScore(activity, intensity(activity, settings), contributions);
    }

    /** I = 100 × (1 − e^(−max(A, 0) / saturation)). */
    private static double intensity(double activity, ClosenessSettings settings) {
        return 100 * (1 - Math.exp(-Math.max(activity, 0) / settings.activitySaturation()));
    }
}
