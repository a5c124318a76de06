/**
 * The conventions every Five Arrows service gets by depending on {@code platform-service}.
 *
 * <ul>
 *   <li>{@link com.fivearrows.platform.service.problem}: every error leaves as an RFC 9457
 *       {@code application/problem+json} body; domain exceptions are mapped once, here.</li>
 *   <li>{@link com.fivearrows.platform.service.idempotency}: writes carrying an {@code Idempotency-Key}
 *       header are answered once and replayed on retry.</li>
 *   <li>{@link com.fivearrows.platform.service.security}: bearer JWT roles and the current {@code Actor}.</li>
 *   <li>{@link com.fivearrows.platform.service.concurrency}: {@code If-Match} as the version a write expects,
 *       {@code ETag} from a version.</li>
 *   <li>{@link com.fivearrows.platform.service.request}: the actor, correlation id and trace context that
 *       the events of a request carry.</li>
 * </ul>
 *
 * <h2>Defaults shipped in {@code META-INF/microprofile-config.properties}</h2>
 * A service's own {@code application.properties} (ordinal 250) overrides any of them (ordinal 100).
 * <ul>
 *   <li>HTTP permissions: {@code /q/*} (health, metrics, OpenAPI, Swagger UI) open to everybody,
 *       {@code /ops/*} for roles {@code manager} and {@code sales-ops}, every other path needs a valid token.</li>
 *   <li>OpenAPI with a bearer JWT security scheme; Swagger UI also in prod.</li>
 *   <li>Flyway migrates {@code db/migration} at start-up: versions {@code V0_1_x} belong to the event store,
 *       {@code V0_2_x} to this module, services use {@code V1} and above.</li>
 *   <li>Prometheus metrics at {@code /q/metrics}; JSON console logs only in the {@code prod} profile.</li>
 *   <li>OpenTelemetry is switched off unless {@code quarkus.otel.exporter.otlp.endpoint} (or the traces
 *       endpoint) is configured, see {@link com.fivearrows.platform.service.observability.OtelExporterDefaults}.</li>
 * </ul>
 *
 * <h2>What production must configure</h2>
 * The JWT verification key and issuer are defaults only for the {@code dev} and {@code test} profiles
 * (the dev key pair in {@code dev-jwt/}). In prod a service has no key to verify tokens with, and so accepts none,
 * until it is given one, for example:
 * <pre>
 * MP_JWT_VERIFY_ISSUER=https://login.example.com
 * MP_JWT_VERIFY_PUBLICKEY_LOCATION=https://login.example.com/jwks.json
 * QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/pipeline
 * QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://db:5432/pipeline
 * QUARKUS_DATASOURCE_USERNAME=... QUARKUS_DATASOURCE_PASSWORD=...
 * </pre>
 */
package com.fivearrows.platform.service;
