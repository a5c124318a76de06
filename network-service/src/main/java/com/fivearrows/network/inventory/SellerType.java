package com.fivearrows.network.inventory;

import com.fivearrows.network.closeness.ClosenessSettings;

/**
 * What kind of network a seller has built (SPEC §3.6), from the influence-weighted averages of their key persons'
 * R and C:
 * <pre>
 *              C ≥ 50             C < 50
 * R ≥ 50       TRUSTED_ADVISOR    RELATIONSHIP_LED
 * R < 50       SOLUTION_LED       DEVELOPING
 * </pre>
 * A relationship-led seller is liked but not yet bought from; a solution-led one is bought from on merit but not
 * yet trusted.
 */
public enum SellerType {
    TRUSTED_ADVISOR,
    RELATIONSHIP_LED,
    SOLUTION_LED,
    DEVELOPING;

    private static final double THRESHOLD = 50;

    public static SellerType of(double r, double c) {
        boolean related = ClosenessSettings.reaches(r, THRESHOLD);
        boolean close = ClosenessSettings.reaches(c, THRESHOLD);
        if (related) {
            return close ? TRUSTED_ADVISOR : RELATIONSHIP_LED;
        }
        return close ? SOLUTION_LED : DEVELOPING;
    }
}
