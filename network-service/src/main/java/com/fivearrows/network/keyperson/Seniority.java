package com.fivearrows.network.keyperson;

/** How senior a key person is in the customer's organisation, highest first. */
public enum Seniority {
    EXECUTIVE,
    SENIOR_MANAGER,
    MANAGER,
    STAFF
}
