package com.fivearrows.network.keyperson;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Input rules that every network decider applies the same way: the shape of the account and opportunity ids that
 * come from other services, and how far in the future a reported time may lie.
 */
public final class InputRules {
    /** A reported time (assessment, interaction) may lie this much after the command's {@code now}: clock skew. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    public static final String OPAQUE_ID_RULE = "must be 1 to 64 letters, digits, '.', '_', ':' or '-'";
    public static final String TOO_FAR_AHEAD = "must not lie more than 5 minutes in the future";

    private static final Pattern OPAQUE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private InputRules() {
    }

    /** Whether {@code value} is an account or opportunity id as other services issue them: {@code [A-Za-z0-9._:-]{1,64}}. */
    public static boolean isOpaqueId(String value) {
        return value != null && OPAQUE_ID.matcher(value).matches();
    }

    /** Whether {@code time} lies more than {@link #FUTURE_TOLERANCE} after {@code now}; back-dated times are fine. */
    public static boolean isTooFarAhead(Instant time, Instant now) {
        return time.isAfter(now.plus(FUTURE_TOLERANCE));
    }
}
