package com.fivearrows.opportunity.stage;

/**
 * One stage of the visible line of the sales process (SPEC §4): its name and the probability of winning from it, in
 * percent 0..100, which weighs the opportunity's amount in the forecast. Open stages come from the {@link StagePlan};
 * the closed stages {@code WON}, {@code LOST} and {@code ABANDONED} are fixed.
 *
 * @param name        capital letters and '_', e.g. {@code SOLUTION}
 * @param probability the win probability in percent, 0..100
 */
public record Stage(String name, double probability) {
}
