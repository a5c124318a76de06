package com.fivearrows.platform.eventsourcing.projection;

/**
 * Where a projection stands against the store: its checkpoint position, the store's head position and
 * the estimated number of events still to apply. {@code rebuilding} holds from a rebuild request until
 * the projection has caught up with the head it saw when the rebuild began.
 */
public record ProjectionStatus(String name, long position, long headPosition, long lag, boolean rebuilding,
                               Long rebuildTarget, String lastError) {
}
