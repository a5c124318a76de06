package com.fivearrows.network.closeness;

/**
 * Where C is heading (SPEC §3.2): {@code UP} when C now exceeds C one trend window earlier (30 days) by more
 * than the trend threshold (2 points), {@code DOWN} when it fell by more than that, else {@code STEADY}.
 *
 * <p>The scores themselves carry no trend: the caller evaluates the subject twice, as of t and as of
 * t − {@link ClosenessSettings#trendWindow()}, and passes both composites here.
 */
public enum Trend {
    UP,
    DOWN,
    STEADY;

    public static Trend between(double cNow, double cThen, ClosenessSettings settings) {
        double moved = cNow - cThen;
        if (moved > settings.trendThreshold() + ClosenessSettings.TOLERANCE) {
            return UP;
        }
        if (moved < -settings.trendThreshold() - ClosenessSettings.TOLERANCE) {
            return DOWN;
        }
        return STEADY;
    }
}
