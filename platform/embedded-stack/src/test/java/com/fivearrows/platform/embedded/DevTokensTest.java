package com.fivearrows.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DevTokensTest {

    private static final Path SERVICES_PUBLIC_KEY = Path.of("../service/src/main/resources/dev-jwt/publicKey.pem");

    @Test
    void aMintedTokenCarriesTheSubjectRolesIssuerAndExpiry() throws Exception {
        long before = Instant.now().getEpochSecond();
        String token = DevTokens.mint("dev-manager", Set.of("manager", "sales-ops"), Duration.ofHours(2));

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        JsonNode header = json(parts[0]);
        JsonNode claims = json(parts[1]);
        assertEquals("RS256", header.path("alg").asText());
        assertEquals("five-arrows-dev", claims.path("iss").asText());
        assertEquals("dev-manager", claims.path("upn").asText());
        assertEquals("dev-manager", claims.path("sub").asText());
        Set<String> groups = new java.util.HashSet<>();
        claims.path("groups").forEach(group -> groups.add(group.asText()));
        assertEquals(Set.of("manager", "sales-ops"), groups);
        long issuedAt = claims.path("iat").asLong();
        long expiresAt = claims.path("exp").asLong();
        assertTrue(issuedAt >= before);
        assertEquals(Duration.ofHours(2).toSeconds(), expiresAt - issuedAt);
    }

    @Test
    void theSignatureVerifiesWithTheServicesPublicKey() throws Exception {
        String token = DevTokens.mint("dev-seller", Set.of("seller"), Duration.ofMinutes(5));
        String[] parts = token.split("\\.");

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    private static JsonNode json(String base64Url) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(base64Url));
    }

    /** The key the services verify with, read where platform-service ships it. */
    private static PublicKey publicKey() throws Exception {
        String pem = Files.readString(SERVICES_PUBLIC_KEY, StandardCharsets.US_ASCII);
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
