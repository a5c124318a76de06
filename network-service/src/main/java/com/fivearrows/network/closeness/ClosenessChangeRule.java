package com.fivearrows.network.closeness;

/**
 * When a subject's closeness is published again (SPEC §3.3): the first time, when R, S, P or C moved by at least
 * the publication threshold (1 point) against the last <em>published</em> snapshot, or when a flag changed.
 * Comparing with the last published value, not the last computed one, means slow drift (0.3 a day as
 * activity decays) is published once it adds up to a point, and never lost.
 */
public final class ClosenessChangeRule {
    private ClosenessChangeRule() {
    }

    /** @param previous the last published snapshot, null when nothing was published yet */
    public static boolean shouldPublish(ClosenessSnapshot previous, ClosenessSnapshot current, ClosenessSettings settings) {
        if (previous == null) {
            return true;
        }
        double threshold = settings.publicationThreshold();
        return moved(previous.r(), current.r(), threshold)
                || moved(previous.s(), current.s(), threshold)
                || moved(previous.p(), current.p(), threshold)
                || moved(previous.c(), current.c(), threshold)
                || !previous.flags().equals(current.flags());
    }

    private static boolean moved(double before, double now, double threshold) {
        return ClosenessSettings.reaches(Math.abs(now - before), threshold);
    }
}
