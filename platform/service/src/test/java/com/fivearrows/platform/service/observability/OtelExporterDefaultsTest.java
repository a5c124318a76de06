package com.fivearrows.platform.service.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class OtelExporterDefaultsTest {

    @Test
    void sdkIsDisabledWhenNoEndpointIsConfigured() {
        assertEquals(Optional.of(true), sdkDisabled(Map.of()));
    }

    @Test
    void builtInDefaultEndpointDoesNotCountAsConfigured() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withDefaultValue("quarkus.otel.exporter.otlp.endpoint", "http://localhost:4317/")
                .withSources(new OtelExporterDefaults())
                .build();
        assertEquals(Optional.of(true), config.getOptionalValue(OtelExporterDefaults.SDK_DISABLED, Boolean.class));
    }

    @Test
    void sdkStaysOnWhenAnOtlpEndpointIsConfigured() {
        assertEquals(Optional.empty(), sdkDisabled(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317")));
    }

    @Test
    void sdkStaysOnWhenATracesEndpointIsConfigured() {
        assertEquals(Optional.empty(),
                sdkDisabled(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4317")));
    }

    @Test
    void explicitSettingWinsOverTheDefault() {
        assertEquals(Optional.of(false), sdkDisabled(Map.of("quarkus.otel.sdk.disabled", "false")));
    }

    private static Optional<Boolean> sdkDisabled(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withSources(new OtelExporterDefaults())
                .build();
        return config.getOptionalValue(OtelExporterDefaults.SDK_DISABLED, Boolean.class);
    }
}
