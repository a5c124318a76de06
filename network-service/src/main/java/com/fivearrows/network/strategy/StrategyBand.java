package com.fivearrows.network.strategy;

import com.fivearrows.network.closeness.ClosenessSettings;

/**
 * The band of C a strategy is chosen for (SPEC §3.5): {@code LOW} below 40, {@code MID} from 40 to below 70,
 * {@code HIGH} from 70 ({@link ClosenessSettings#strategyLowBelow()}, {@link ClosenessSettings#strategyHighFrom()}).
 * Coarser at the top than {@link com.fivearrows.network.closeness.Band}: a seller acts differently on a
 * well-won person (70+) than on one just good enough.
 */
public enum StrategyBand {
    LOW,
    MID,
    HIGH;

    public static StrategyBand of(double c, ClosenessSettings settings) {
        if (ClosenessSettings.reaches(c, settings.strategyHighFrom())) {
            return HIGH;
        }
        if (ClosenessSettings.reaches(c, settings.strategyLowBelow())) {
            return MID;
        }
        return LOW;
    }
}
