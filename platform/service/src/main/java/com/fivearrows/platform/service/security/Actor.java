package com.fivearrows.platform.service.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: the authenticated principal of the current request, with the role checks the services share.
 *
 * <pre>
 * &#64;Inject Actor actor;
 * ...
 * if (!actor.isManagerOrSalesOps() &amp;&amp; !team.contains(actor.name())) {
 *     throw new Forbidden(actor.name() + " is not on the team of " + accountId);
 * }
 * </pre>
 */
@RequestScoped
public class Actor {

    private final SecurityIdentity identity;

    @Inject
    public Actor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The principal name ({@code upn} of the token), or {@code null} for an anonymous caller. */
    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public Set<String> roles() {
        return Set.copyOf(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Managers and sales-ops may change anything. */
    public boolean isManagerOrSalesOps() {
        return identity.hasRole(Roles.MANAGER) || identity.hasRole(Roles.SALES_OPS);
    }

    /** An integration client with no human role, which may push interactions and nothing else. */
    public boolean mayPushInteractionsOnly() {
        return identity.hasRole(Roles.INTEGRATION) && !identity.hasRole(Roles.SELLER) && !isManagerOrSalesOps();
    }
}
