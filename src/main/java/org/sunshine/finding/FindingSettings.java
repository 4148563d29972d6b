package org.sunshine.finding;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The findings' clock (PRODUCT.md section 3); the rules every rectification shares are
 * {@code rectification.RectificationSettings}.
 *
 * @param rectifyDays working days for the department to rectify and report, from the inspector's confirmation
 */
@ConfigurationProperties("sunshine.findings")
public record FindingSettings(@Min(1) @Max(60) int rectifyDays) {
}
