package com.fivearrows.network.relation;

/** An account's enterprise relations; {@code accountId} is null until the first relation is added. */
public record AccountNetworkState(String accountId, RelationGraph relations) {

    public static final AccountNetworkState NONE = new AccountNetworkState(null, RelationGraph.EMPTY);
}
