package com.fivearrows.opportunity.tactic;

/**
 * Closed opportunities counted for a tactic's win rate: {@code closed} = won + lost, {@code rate} = won ÷ closed,
 * null when nothing closed (no rate can be told from no decision). Abandoned opportunities are not counted: the
 * customer did not decide them, so they say nothing about whether a tactic helps to win.
 */
public record Tally(long won, long lost) {

    public Tally {
        if (won < 0 || lost < 0) {
            throw new IllegalArgumentException("won and lost are counts, were " + won + " and " + lost);
        }
    }

    public long closed() {
        return won + lost;
    }

    /** won ÷ (won + lost), or null when no opportunity was won or lost. */
    public Double rate() {
        return closed() == 0 ? null : (double) won / closed();
    }
}
