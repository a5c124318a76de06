package com.fivearrows.platform.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Quarkus settings that point a service at the embedded stack: Kafka, its own database on the
 * PostgreSQL server (JDBC for Flyway, reactive for the rest) and the development JWT key. Used by the
 * test resource and by the local run, so both wire a service the same way.
 */
public final class ServiceSettings {
    public static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    public static final String REACTIVE_URL = "quarkus.datasource.reactive.url";

    private ServiceSettings() {
    }

    public static Map<String, String> of(String kafkaBootstrapServers, LocalPostgres postgres, String database) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        settings.put(JDBC_URL, postgres.jdbcUrl(database));
        settings.put(REACTIVE_URL, postgres.reactiveUrl(database));
        settings.put("quarkus.datasource.username", postgres.username());
        settings.put("quarkus.datasource.password", postgres.password());
        settings.put("mp.jwt.verify.publickey.location", "dev-jwt/publicKey.pem");
        settings.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return settings;
    }
}
