package com.fivearrows.platform.service.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once rather than on every request. A client sends the same token with each request for
 * as long as it lives, and checking its RS256 signature was a fifth of network-service's CPU per command in the
 * benchmark (bench B1, JFR). A token that verified is remembered by its exact text until the earlier of its
 * {@code exp} and {@code five-arrows.security.verified-token-ttl} after it was verified (default 5 minutes: how long
 * a token may still pass after its key stops being trusted); then it is verified again. A token that fails is
 * verified every time it is sent, and at most {@value #MAX_TOKENS} tokens are remembered: beyond that, new ones are
 * verified on every request until remembered ones expire. {@code PT0S} turns remembering off.
 *
 * <p>Every other way of parsing is SmallRye JWT's own, unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    static final int MAX_TOKENS = 10_000;

    private final JWTParser parser;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser parser,
                          @ConfigProperty(name = "five-arrows.security.verified-token-ttl", defaultValue = "PT5M") Duration ttl) {
        this(parser, ttl, Clock.systemUTC());
    }

    VerifiedTokens(JWTParser parser, Duration ttl, Clock clock) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("five-arrows.security.verified-token-ttl must not be negative: " + ttl);
        }
        this.parser = parser;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.jwt();
        }
        JsonWebToken jwt = parser.parse(token);
        remember(token, jwt, now);
        return jwt;
    }

    private void remember(String token, JsonWebToken jwt, Instant now) {
        if (ttl.isZero()) {
            return;
        }
        Instant until = now.plus(ttl);
        if (jwt.getExpirationTime() > 0 && Instant.ofEpochSecond(jwt.getExpirationTime()).isBefore(until)) {
            until = Instant.ofEpochSecond(jwt.getExpirationTime());
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= MAX_TOKENS) {
                return;
            }
        }
        verified.put(token, new Verified(jwt, until));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }

    private record Verified(JsonWebToken jwt, Instant until) {
    }
}
