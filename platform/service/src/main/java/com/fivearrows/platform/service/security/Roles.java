package com.fivearrows.platform.service.security;

/**
 * The roles a token may carry in its {@code groups} claim. Constants, so they fit in annotations:
 * {@code @RolesAllowed({Roles.MANAGER, Roles.SALES_OPS})}.
 */
public final class Roles {
    /** Changes only what they created or what belongs to an account or opportunity whose team they are on. */
    public static final String SELLER = "seller";
    /** May change anything. */
    public static final String MANAGER = "manager";
    /** May change anything. */
    public static final String SALES_OPS = "sales-ops";
    /** A machine client that may only push interactions. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
