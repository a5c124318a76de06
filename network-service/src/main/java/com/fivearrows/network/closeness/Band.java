package com.fivearrows.network.closeness;

/**
 * How close we are, read from the composite C (SPEC §3.2): {@code GOOD} when C ≥ 60, {@code FAIR} when
 * 40 ≤ C < 60, {@code POOR} below 40 (boundaries from {@link ClosenessSettings#goodFrom()} and
 * {@link ClosenessSettings#fairFrom()}).
 */
public enum Band {
    GOOD,
    FAIR,
    POOR;

    public static Band of(double c, ClosenessSettings settings) {
        if (ClosenessSettings.reaches(c, settings.goodFrom())) {
            return GOOD;
        }
        if (ClosenessSettings.reaches(c, settings.fairFrom())) {
            return FAIR;
        }
        return POOR;
    }
}
