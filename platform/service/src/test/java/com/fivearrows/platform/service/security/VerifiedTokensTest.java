package com.fivearrows.platform.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * A token is verified once and then remembered, but never past its expiry or the configured time, and a token that
 * fails verification is never remembered.
 */
class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    private final CountingParser parser = new CountingParser();
    private final MovableClock clock = new MovableClock();
    private final VerifiedTokens tokens = new VerifiedTokens(parser, Duration.ofMinutes(5), clock);

    @Test
    void aTokenIsVerifiedOnceWhileItLivesAndAgainAfterTheRememberedTime() throws ParseException {
        String token = token(NOW.plus(Duration.ofHours(1)));

        JsonWebToken first = tokens.parse(token);
        clock.advance(Duration.ofMinutes(4));
        assertThat(tokens.parse(token)).isSameAs(first);
        assertThat(parser.verified).containsExactly(token);

        clock.advance(Duration.ofMinutes(1));
        tokens.parse(token);
        assertThat(parser.verified).containsExactly(token, token);
    }

    @Test
    void aTokenIsVerifiedAgainOnceItHasExpiredAndRefusedThen() throws ParseException {
        String token = token(NOW.plus(Duration.ofMinutes(1)));
        tokens.parse(token);

        clock.advance(Duration.ofMinutes(1));
        parser.refuse(token);

        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThat(parser.verified).containsExactly(token, token);
    }

    @Test
    void aTokenThatFailsIsVerifiedEveryTime() {
        String token = token(NOW.plus(Duration.ofHours(1)));
        parser.refuse(token);

        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThat(parser.verified).containsExactly(token, token);
    }

    @Test
    void nothingIsRememberedWithATimeOfZero() throws ParseException {
        VerifiedTokens remembersNothing = new VerifiedTokens(parser, Duration.ZERO, clock);
        String token = token(NOW.plus(Duration.ofHours(1)));

        remembersNothing.parse(token);
        remembersNothing.parse(token);

        assertThat(parser.verified).containsExactly(token, token);
    }

    @Test
    void beyondTheMostTokensRememberedNewOnesAreVerifiedEveryTime() throws ParseException {
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS; i++) {
            tokens.parse(token(NOW.plus(Duration.ofHours(1))) + "." + i);
        }
        String late = token(NOW.plus(Duration.ofHours(1))) + ".late";

        tokens.parse(late);
        tokens.parse(late);

        assertThat(parser.verified.stream().filter(late::equals)).hasSize(2);
    }

    /** A token text that the counting parser reads as expiring at {@code exp}. */
    private static String token(Instant exp) {
        return "exp:" + exp.getEpochSecond();
    }

    /** Verifies by reading the expiry from the token text, and records every token it was asked to verify. */
    private static final class CountingParser extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();
        private final List<String> refused = new ArrayList<>();

        void refuse(String token) {
            refused.add(token);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (refused.contains(token)) {
                throw new ParseException("refused: " + token);
            }
            long exp = Long.parseLong(token.substring("exp:".length()).split("\\.")[0]);
            return new Jwt(exp);
        }
    }

    private record Jwt(long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "seller-1";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return "exp".equals(claim) ? (T) Long.valueOf(exp) : null;
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = NOW;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
