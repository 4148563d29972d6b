package org.sunshine.annualreport;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The annual reports' settings.
 *
 * @param warningDays a report not yet submitted is marked yellow from this many calendar days before its due date
 *                    (31 January for a department, 31 March for the government: Art. 49)
 */
@ConfigurationProperties("sunshine.annual-reports")
public record ReportSettings(@Bindable(defaultValue = "15") int warningDays) {
}
