package com.fivearrows.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * DEVELOPMENT ONLY: mints bearer tokens signed with the dev key pair that is checked into the
 * repository. Every service accepts them only because the local run and the tests point
 * {@code mp.jwt.verify.publickey.location} at the matching {@code dev-jwt/publicKey.pem}; no
 * deployed environment may trust that key.
 *
 * <pre>{@code
 * String token = DevTokens.mint("dev-seller", Set.of("seller"), Duration.ofHours(1));
 * given().auth().oauth2(token).get("/api/...");
 * }</pre>
 *
 * <p>From a shell: {@code java -cp ... com.fivearrows.platform.embedded.DevTokens [subject] [role,role]}.
 */
public final class DevTokens {

    /** The issuer the services expect ({@code mp.jwt.verify.issuer}) when running on the dev key. */
    public static final String ISSUER = "five-arrows-dev";
    /** Classpath location of the dev private key (PKCS#8 PEM). */
    public static final String PRIVATE_KEY_RESOURCE = "dev-jwt/privateKey.pem";
    /** The roles the product knows. */
    public static final Set<String> ROLES = Set.of("seller", "manager", "sales-ops", "integration");

    private static final String DEFAULT_SUBJECT = "dev-seller";
    private static final String DEFAULT_ROLES = "seller";
    private static final Duration MAIN_TTL = Duration.ofHours(12);
    private static volatile PrivateKey privateKey;

    private DevTokens() {
    }

    /**
     * Mints an RS256 token: issuer {@value #ISSUER}, {@code sub} and {@code upn} = subject,
     * {@code groups} = roles, valid from now for {@code ttl}.
     */
    public static String mint(String subject, Set<String> roles, Duration ttl) {
        long now = Instant.now().getEpochSecond();
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.copyOf(roles))
                .issuedAt(now)
                .expiresAt(now + ttl.toSeconds())
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(privateKey());
    }

    /**
     * Prints a token valid for 12 hours: {@code DevTokens [subject] [role,role]}; defaults
     * {@code dev-seller} and {@code seller}.
     */
    public static void main(String[] args) {
        String subject = args.length > 0 ? args[0] : DEFAULT_SUBJECT;
        Set<String> roles = Arrays.stream((args.length > 1 ? args[1] : DEFAULT_ROLES).split(","))
                .map(String::trim)
                .filter(role -> !role.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> unknown = roles.stream().filter(role -> !ROLES.contains(role)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            System.err.println("Unknown role(s) " + unknown + "; the product knows " + ROLES);
            System.exit(2);
        }
        System.out.println(mint(subject, roles, MAIN_TTL));
    }

    private static PrivateKey privateKey() {
        PrivateKey key = privateKey;
        if (key == null) {
            key = loadPrivateKey();
            privateKey = key;
        }
        return key;
    }

    private static PrivateKey loadPrivateKey() {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The dev key " + PRIVATE_KEY_RESOURCE + " is not on the classpath");
            }
            String base64 = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PRIVATE_KEY_RESOURCE, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(PRIVATE_KEY_RESOURCE + " is not a PKCS#8 RSA private key", e);
        }
    }
}
