package com.fivearrows.platform.service.observability;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Switches the OpenTelemetry SDK off ({@code quarkus.otel.sdk.disabled=true}) unless an OTLP endpoint is
 * configured, so that a service without a collector (tests, a laptop) never tries to reach {@code localhost:4317}.
 * Setting {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} (or {@code ..._TRACES_ENDPOINT}) turns traces on; an explicit
 * {@code quarkus.otel.sdk.disabled} anywhere wins over this default, whose ordinal is low.
 * Registered through {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 */
public class OtelExporterDefaults implements ConfigSourceFactory {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final List<String> ENDPOINTS = List.of("quarkus.otel.exporter.otlp.endpoint",
            "quarkus.otel.exporter.otlp.traces.endpoint");
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ENDPOINTS.stream().anyMatch(name -> isConfigured(context.getValue(name)))) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(SDK_DISABLED, "true"), "five-arrows-otel-defaults", ORDINAL));
    }

    private static boolean isConfigured(ConfigValue value) {
        // a mapping's built-in default (http://localhost:4317) does not count as configured
        return value != null && value.getValue() != null && !value.getValue().isBlank()
                && value.getConfigSourceOrdinal() > Integer.MIN_VALUE;
    }
}
