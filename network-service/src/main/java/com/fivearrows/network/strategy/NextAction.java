package com.fivearrows.network.strategy;

import com.fivearrows.network.keyperson.Kind;
import java.util.UUID;

/**
 * A recommended next action for one member of a decision chain, from the {@link StrategyTable}.
 *
 * @param influence the member's influence in the chain, 1..5
 * @param c         the member's composite closeness
 * @param band      the strategy band of c
 * @param priority  influence × (100 − C): the most influential, least won people first
 */
public record NextAction(UUID keyPersonId, Kind role, int influence, double c, StrategyBand band, String action,
                         String description, double priority) {
}
