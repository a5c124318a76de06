package com.fivearrows.network.keyperson;

/** Whether a key person matters for the whole company relationship or for one opportunity only. */
public enum Scope {
    COMPANY,
    OPPORTUNITY
}
