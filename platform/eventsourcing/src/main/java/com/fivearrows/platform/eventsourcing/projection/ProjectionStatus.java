package com.fivearrows.platform.eventsourcing.projection;

/**
 * Where a projection stands: its checkpoint position, how many events of the store it has still to apply
 * (in commit order: counted now below 10,000, estimated above), whether a rebuild is running (requested and not
 * caught up yet), and the last error while its rounds are failing.
 */
public record ProjectionStatus(String name, long position, long lag, boolean rebuilding, String lastError) {
}
