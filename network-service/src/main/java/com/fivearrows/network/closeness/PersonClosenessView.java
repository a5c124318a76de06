package com.fivearrows.network.closeness;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A key person's four scores as of an instant, with band, trend and how each score was reached. */
public record PersonClosenessView(
        UUID keyPersonId,
        String accountId,
        Instant asOf,
        double r,
        double s,
        double p,
        double c,
        Band band,
        Trend trend,
        TrendBasis trendBasis,
        boolean levelAssessed,
        boolean solutionAssessed,
        boolean priceAssessed,
        List<ScoreExplanation> explanation,
        ActivityScore activity) {

    /** What the trend compares with: C a trend window (30 days) before {@code asOf}. */
    public record TrendBasis(Instant asOf, double c) {
    }

    static PersonClosenessView of(PersonReading reading) {
        PersonScores scores = reading.scores();
        return new PersonClosenessView(reading.person().keyPersonId(), reading.person().accountId(), reading.asOf(),
                scores.r(), scores.s(), scores.p(), scores.c(), scores.band(), reading.trend(),
                new TrendBasis(reading.trendBasisAt(), reading.trendBasis().c()),
                scores.levelAssessed(), scores.solutionAssessed(), scores.priceAssessed(), scores.explanation(), scores.activity());
    }
}
