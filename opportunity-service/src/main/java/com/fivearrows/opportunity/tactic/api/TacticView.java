package com.fivearrows.opportunity.tactic.api;

import com.fivearrows.opportunity.tactic.TacticState;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import java.time.Instant;
import java.util.UUID;

/**
 * A tactic as {@code GET /tactics/{id}} answers it, from its stream: {@code status} ACTIVE or RETIRED,
 * {@code revisedAt} null until first revised, {@code retiredAt} and {@code retireReason} null while active, and its
 * version (also the {@code ETag}).
 */
public record TacticView(UUID tacticId, String seller, String name, String description, String status,
                         Instant createdAt, Instant revisedAt, Instant retiredAt, String retireReason, long version) {

    static TacticView of(Aggregate<TacticState> tactic) {
        TacticState state = tactic.state();
        return new TacticView(state.tacticId(), state.seller(), state.name(), state.description(),
                state.retired() ? "RETIRED" : "ACTIVE", state.createdAt(), state.revisedAt(), state.retiredAt(),
                state.retireReason(), tactic.version());
    }
}
