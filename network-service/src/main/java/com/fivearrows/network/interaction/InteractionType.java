package com.fivearrows.network.interaction;

/** What kind of contact an interaction was; each type has a configurable weight in the activity score. */
public enum InteractionType {
    EMAIL,
    CALL,
    MARKETING_EVENT,
    SERVICE_CASE,
    ONLINE_MEETING,
    MEETING,
    DEMO,
    SITE_VISIT,
    SOCIAL,
    EXECUTIVE_MEETING,
    BID_WON,
    BID_LOST
}
