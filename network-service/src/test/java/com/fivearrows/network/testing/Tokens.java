package com.fivearrows.network.testing;

import com.fivearrows.platform.embedded.DevTokens;
import com.fivearrows.platform.service.security.Roles;
import java.time.Duration;
import java.util.Set;

/** Bearer headers for the test callers, signed with the development key the test profile trusts. */
public final class Tokens {

    private Tokens() {
    }

    public static String seller() {
        return bearer("sam.seller", Roles.SELLER);
    }

    public static String otherSeller() {
        return bearer("olga.seller", Roles.SELLER);
    }

    public static String manager() {
        return bearer("mia.manager", Roles.MANAGER);
    }

    public static String integration() {
        return bearer("crm-bridge", Roles.INTEGRATION);
    }

    public static String bearer(String subject, String... roles) {
        return "Bearer " + DevTokens.mint(subject, Set.of(roles), Duration.ofMinutes(10));
    }
}
