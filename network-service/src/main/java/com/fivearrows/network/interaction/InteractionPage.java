package com.fivearrows.network.interaction;

import java.util.List;

/** One page of interactions, newest first: {@code page} counts from 0, {@code total} is the number of all matches. */
public record InteractionPage(List<InteractionView> items, int page, int size, long total) {
}
