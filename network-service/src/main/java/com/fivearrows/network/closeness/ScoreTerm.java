package com.fivearrows.network.closeness;

/**
 * One input of a score and what it adds: {@code contribution = weight × value}. The terms of a score sum to it.
 *
 * @param input        which input: {@code L}, {@code I}, {@code S}, {@code P}, {@code R}, {@code C}
 * @param basis        what the value comes from, e.g. {@code FAMILIAR}, {@code unassessed},
 *                     {@code from A = 4}; null when the input is a score explained on its own (R, S, P in C)
 * @param value        the input's value, 0..100
 * @param weight       its weight in the score
 * @param contribution weight × value
 */
public record ScoreTerm(String input, String basis, double value, double weight, double contribution) {
}
