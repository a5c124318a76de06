package com.fivearrows.network.interaction;

import java.util.UUID;

/** Whether the interaction was recorded: an interaction is written once and never changes. */
public record InteractionState(UUID interactionId) {

    public static final InteractionState NONE = new InteractionState(null);

    public boolean exists() {
        return interactionId != null;
    }
}
