package com.fivearrows.platform.service.idempotency;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of {@code Idempotency-Key} handling, e.g. {@code five-arrows.idempotency.retention=48h}.
 */
@ConfigMapping(prefix = "five-arrows.idempotency")
public interface IdempotencyConfig {

    /** How long a claimed key may stay without an answer before another request with it may take it over. */
    @WithDefault("60s")
    @DurationMin(seconds = 1)
    Duration pendingTimeout();

    /** How long an answer is kept for replay. */
    @WithDefault("24h")
    @DurationMin(minutes = 1)
    Duration retention();
}
