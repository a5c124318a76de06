package com.fivearrows.network.closeness;

import java.util.List;

/**
 * Why a score has its value: its terms, and the formula written out with the numbers, e.g.
 * {@code R = 0.6 × L(50 FAMILIAR) + 0.4 × I(32.968 from A = 4) = 30 + 13.187 = 43.187}.
 *
 * @param score   {@code R}, {@code S}, {@code P} or {@code C}
 * @param value   the score, 0..100
 * @param terms   its inputs and what each adds
 * @param formula the computation in words and numbers, for people
 */
public record ScoreExplanation(String score, double value, List<ScoreTerm> terms, String formula) {

    public ScoreExplanation {
        terms = List.copyOf(terms);
    }
}
