package com.fivearrows.network.closeness;

import java.time.Duration;
import java.time.Instant;

/**
 * Lets decayed sums be kept incrementally. With half-life H, an interaction at tᵢ contributes
 * 2^(−(t − tᵢ)/H) = 2^((tᵢ − epoch)/H) ÷ 2^((t − epoch)/H) at time t, so each interaction is stored once as
 * {@code factor(tᵢ)} and any sum of them is divided by {@code factor(t)} when read: no re-reading of history.
 *
 * <p>The epoch is 2020-01-01T00:00:00Z. A double holds 2^1023, so with the shortest half-life the settings allow
 * (14 days) the scale is good for 39 years after the epoch, with the default 60 days for 168 years.
 *
 * <pre>{@code
 * DecayScale scale = new DecayScale(Duration.ofDays(60));
 * double stored = scale.factor(interactionTime);          // kept per interaction and summed
 * double decayed = storedSum / scale.factor(Instant.now()); // Σ 2^(−(now − tᵢ)/H)
 * }</pre>
 */
public record DecayScale(Duration halfLife) {
    public static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    public DecayScale {
        if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("the half-life must be positive, was " + halfLife);
        }
    }

    /** 2^((t − epoch)/H). */
    public double factor(Instant t) {
        double halfLives = (double) Duration.between(EPOCH, t).toMillis() / halfLife.toMillis();
        return Math.pow(2, halfLives);
    }
}
