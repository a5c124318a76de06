package com.fivearrows.platform.embedded.testing;

import com.fivearrows.platform.embedded.DevTokens;
import java.time.Duration;
import java.util.Set;

/**
 * Bearer headers for the callers of service tests, signed with the development key the test profile trusts
 * (see {@link DevTokens}): a seller, a second seller, a manager and an integration client, or anyone with any roles.
 *
 * <pre>{@code
 * given().header("Authorization", Tokens.seller()).get("/key-persons").then().statusCode(200);
 * }</pre>
 */
public final class Tokens {

    private Tokens() {
    }

    public static String seller() {
        return bearer("sam.seller", "seller");
    }

    public static String otherSeller() {
        return bearer("olga.seller", "seller");
    }

    public static String manager() {
        return bearer("mia.manager", "manager");
    }

    public static String integration() {
        return bearer("crm-bridge", "integration");
    }

    public static String bearer(String subject, String... roles) {
        return "Bearer " + DevTokens.mint(subject, Set.of(roles), Duration.ofMinutes(10));
    }
}
