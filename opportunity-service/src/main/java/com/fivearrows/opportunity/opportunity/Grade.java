package com.fivearrows.opportunity.opportunity;

/**
 * The opportunity grade (商机分级, SPEC §4): A when the stage is BID or later and the decision chain's composite
 * closeness C ≥ 70; B from SOLUTION with C ≥ 50; C from QUALIFY; else D.
 */
public enum Grade {
    A, B, C, D
}
