package com.fivearrows.platform.service.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fivearrows.platform.embedded.testing.Tokens;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import com.fivearrows.platform.embedded.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;

@QuarkusTest
class SecurityConventionsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    JWTParser parser;

    @Test
    void callWithoutTokenAnswers401Problem() {
        given().when().get("/test-notes/1")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://five-arrows.dev/problems/unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void malformedTokenAnswers401() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get("/test-notes/1")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void wellFormedTokenSignedByAnotherKeyAnswers401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreignKey = generator.generateKeyPair().getPrivate();
        long now = Instant.now().getEpochSecond();
        // the claims DevTokens gives a seller, so only the signing key differs from an accepted token
        String token = Jwt.issuer(DevTokens.ISSUER)
                .subject("sam.seller")
                .upn("sam.seller")
                .groups(Set.of(Roles.SELLER))
                .issuedAt(now)
                .expiresAt(now + 600)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(foreignKey);
        // Accepted tokens are remembered (VerifiedTokens): one with the same claims must still be verified.
        given().header("Authorization", Tokens.seller())
                .when().get("/test-notes/whoami")
                .then().statusCode(200);

        given().header("Authorization", "Bearer " + token)
                .when().get("/test-notes/whoami")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://five-arrows.dev/problems/unauthenticated"));
        given().header("Authorization", Tokens.seller())
                .when().get("/test-notes/whoami")
                .then().statusCode(200)
                .body("name", equalTo("sam.seller"));
    }

    @Test
    void theJwtParserInUseRemembersVerifiedTokens() {
        assertTrue(parser instanceof VerifiedTokens, "the JWT parser in use: " + parser.getClass());
    }

    @Test
    void sellerMayNotDeleteWhatOnlyManagersMay() {
        given().header("Authorization", Tokens.seller())
                .when().delete("/test-notes/1")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://five-arrows.dev/problems/forbidden"));
        given().header("Authorization", Tokens.manager())
                .when().delete("/test-notes/1")
                .then().statusCode(204);
    }

    @Test
    void opsPathsAreForManagersAndSalesOpsOnly() {
        given().header("Authorization", Tokens.seller())
                .when().get("/ops/ping")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON);
        given().header("Authorization", Tokens.bearer("sue.ops", Roles.SALES_OPS))
                .when().get("/ops/ping")
                .then().statusCode(200)
                .body(equalTo("pong"));
    }

    @Test
    void actorCarriesNameRolesAndRoleHelpers() {
        given().header("Authorization", Tokens.integration())
                .when().get("/test-notes/whoami")
                .then().statusCode(200)
                .body("name", equalTo("crm-bridge"))
                .body("roles", hasItem(Roles.INTEGRATION))
                .body("managerOrSalesOps", equalTo(false))
                .body("pushInteractionsOnly", equalTo(true));
        given().header("Authorization", Tokens.manager())
                .when().get("/test-notes/whoami")
                .then().statusCode(200)
                .body("name", equalTo("mia.manager"))
                .body("managerOrSalesOps", equalTo(true))
                .body("pushInteractionsOnly", equalTo(false));
    }

    @Test
    void healthMetricsAndOpenApiAreOpenWithoutToken() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        given().when().get("/q/health/live")
                .then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/test-notes"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    @Test
    void libraryDefaultsComeFromTheMicroprofileConfigOfThisModule() {
        var config = ConfigProvider.getConfig();
        var groups = config.getConfigValue("smallrye.jwt.path.groups");
        assertEquals("groups", groups.getValue());
        assertTrue(groups.getSourceName().contains("META-INF/microprofile-config.properties"), groups.getSourceName());
        assertEquals("/q/*", config.getValue("quarkus.http.auth.permission.open.paths", String.class));
        assertEquals(Boolean.FALSE, config.getValue("quarkus.log.console.json.enabled", Boolean.class));

        ConfigSource defaults = StreamSupport.stream(config.getConfigSources().spliterator(), false)
                .filter(source -> source.getName().contains("META-INF/microprofile-config.properties"))
                .filter(source -> source.getValue("smallrye.jwt.path.groups") != null)
                .findFirst().orElseThrow();
        assertEquals("five-arrows-dev", defaults.getValue("%test.mp.jwt.verify.issuer"));
        assertEquals("dev-jwt/publicKey.pem", defaults.getValue("%dev.mp.jwt.verify.publickey.location"));
        assertNull(defaults.getValue("mp.jwt.verify.publickey.location"), "prod must configure its own key");
        assertNull(defaults.getValue("%prod.mp.jwt.verify.publickey.location"), "prod must configure its own key");
    }

    @Test
    void tracesAreOffWithoutACollectorEndpoint() {
        assertEquals(Boolean.TRUE,
                ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class));
    }
}
