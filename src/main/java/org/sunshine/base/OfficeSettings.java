package org.sunshine.base;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The government office that runs the platform.
 *
 * @param city         the city or county, e.g. 盘锦市
 * @param name         the issuing office, e.g. 盘锦市人民政府办公室
 * @param abbreviation the office's short form in document numbers, e.g. 盘政办
 */
@ConfigurationProperties("sunshine.office")
public record OfficeSettings(String city, String name, String abbreviation) {
}
