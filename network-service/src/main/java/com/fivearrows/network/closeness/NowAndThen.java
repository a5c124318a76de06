package com.fivearrows.network.closeness;

/**
 * Something read at two instants in one go: {@code now} as of the instant asked for, {@code then} as of an earlier
 * one (a reading's trend basis). Reading both at once halves a reading's queries and scans the interactions after
 * {@code then} only once.
 */
public record NowAndThen<T>(T now, T then) {
}
