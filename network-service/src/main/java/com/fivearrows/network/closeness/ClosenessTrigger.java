package com.fivearrows.network.closeness;

/** Why a subject's closeness was evaluated: its inputs changed, or only time passed (the scheduled decay pass). */
public enum ClosenessTrigger {
    INPUTS_CHANGED,
    TIME_PASSED
}
