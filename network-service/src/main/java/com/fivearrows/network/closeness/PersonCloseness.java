package com.fivearrows.network.closeness;

import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.DoubleStream;

/**
 * The four closeness scores of a key person at time t (SPEC §3.2):
 * <pre>
 * R = 0.6 × L + 0.4 × I      L: points of the latest relationship level (0 if never assessed),
 *                            I: activity intensity, see {@link ActivityScore}
 * S = points of the latest solution stance (0, flagged unassessed, if none)
 * P = points of the latest price stance    (0, flagged unassessed, if none)
 * C = 0.4 × R + 0.3 × S + 0.3 × P
 * </pre>
 * All weights and points from {@link ClosenessSettings}.
 */
public final class PersonCloseness {
    private PersonCloseness() {
    }

    public static PersonScores compute(PersonInputs inputs, Instant t, ClosenessSettings settings, DecayScale scale) {
        ActivityScore activity = ActivityScore.compute(inputs.weightedActivity(), inputs.activity(), t, settings, scale);

        boolean levelAssessed = inputs.level() != null;
        double l = levelAssessed ? settings.pointsOf(inputs.level()) : 0;
        ScoreTerm levelTerm = term("L", levelAssessed ? inputs.level().name() : "unassessed", l,
                settings.relationshipLevelWeight());
        ScoreTerm activityTerm = term("I", "from A = " + Format.score(activity.activity()), activity.intensity(),
                settings.relationshipActivityWeight());
        ScoreExplanation r = explain("R", List.of(levelTerm, activityTerm));

        boolean solutionAssessed = inputs.solutionStance() != null;
        ScoreExplanation s = explain("S", List.of(term("S",
                solutionAssessed ? inputs.solutionStance().name() : "unassessed",
                solutionAssessed ? settings.pointsOf(inputs.solutionStance()) : 0, 1)));

        boolean priceAssessed = inputs.priceStance() != null;
        ScoreExplanation p = explain("P", List.of(term("P",
                priceAssessed ? inputs.priceStance().name() : "unassessed",
                priceAssessed ? settings.pointsOf(inputs.priceStance()) : 0, 1)));

        ScoreExplanation c = explain("C", List.of(
                term("R", null, r.value(), settings.compositeRelationshipWeight()),
                term("S", null, s.value(), settings.compositeSolutionWeight()),
                term("P", null, p.value(), settings.compositePriceWeight())));

        return new PersonScores(inputs.keyPersonId(), r.value(), s.value(), p.value(), c.value(),
                Band.of(c.value(), settings), inputs.level(), inputs.solutionStance(), inputs.priceStance(),
                levelAssessed, solutionAssessed, priceAssessed, activity, List.of(r, s, p, c));
    }

    /**
     * The same scores as {@link #compute}, to the last bit, without writing their explanation: for the readings no
     * answer shows (the members of a chain or an account, the trend's earlier instant), where writing 100 formulas
     * per read was a sixth of a chain read's time.
     */
    public static PersonScores scores(PersonInputs inputs, Instant t, ClosenessSettings settings, DecayScale scale) {
        ActivityScore activity = ActivityScore.compute(inputs.weightedActivity(), List.of(), t, settings, scale);
        boolean levelAssessed = inputs.level() != null;
        boolean solutionAssessed = inputs.solutionStance() != null;
        boolean priceAssessed = inputs.priceStance() != null;
        double l = levelAssessed ? settings.pointsOf(inputs.level()) : 0;
        // Summed as explain() sums its terms (DoubleStream.sum), so both paths give the same doubles.
        double r = DoubleStream.of(settings.relationshipLevelWeight() * l,
                settings.relationshipActivityWeight() * activity.intensity()).sum();
        double s = 1 * (solutionAssessed ? settings.pointsOf(inputs.solutionStance()) : 0);
        double p = 1 * (priceAssessed ? settings.pointsOf(inputs.priceStance()) : 0);
        double c = DoubleStream.of(settings.compositeRelationshipWeight() * r, settings.compositeSolutionWeight() * s,
                settings.compositePriceWeight() * p).sum();
        return new PersonScores(inputs.keyPersonId(), r, s, p, c, Band.of(c, settings), inputs.level(),
                inputs.solutionStance(), inputs.priceStance(), levelAssessed, solutionAssessed, priceAssessed, activity,
                List.of());
    }

    private static ScoreTerm term(String input, String basis, double value, double weight) {
        return new ScoreTerm(input, basis, value, weight, weight * value);
    }

    /**
     * Sums the terms into the score and writes the formula: {@code S = 75 (SUPPORTER)} for a single term,
     * {@code R = 0.6 × L(50 FAMILIAR) + 0.4 × I(32.968 from A = 4) = 30 + 13.187 = 43.187} otherwise.
     */
    private static ScoreExplanation explain(String score, List<ScoreTerm> terms) {
        double value = terms.stream().mapToDouble(ScoreTerm::contribution).sum();
        if (terms.size() == 1) {
            return new ScoreExplanation(score, value, terms,
                    score + " = " + Format.score(value) + " (" + terms.get(0).basis() + ")");
        }
        StringJoiner weighted = new StringJoiner(" + ");
        StringJoiner contributions = new StringJoiner(" + ");
        for (ScoreTerm term : terms) {
            weighted.add(Format.score(term.weight()) + " × " + term.input() + "(" + Format.score(term.value())
                    + (term.basis() == null ? "" : " " + term.basis()) + ")");
            contributions.add(Format.score(term.contribution()));
        }
        String formula = score + " = " + weighted + " = " + contributions + " = " + Format.score(value);
        return new ScoreExplanation(score, value, terms, formula);
    }
}
