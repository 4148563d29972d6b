package org.sunshine.bulletin;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The bulletins' clocks and the defaults of their drafting (from {@code sunshine.bulletins}).
 *
 * @param signDays          working days for an addressed department to sign for an issued bulletin (签收)
 * @param rectifyDays       the default working days to rectify a problem-list item, from the issue date
 * @param warningDays       the sign-for clock is yellow with this many working days or fewer left
 * @param lowestIndicators  how many of a criticized department's lowest indicators go into its problem list
 * @param lowShare          only indicators that earned less than this share of their points count as problems
 */
@ConfigurationProperties("sunshine.bulletins")
public record BulletinSettings(int signDays, int rectifyDays, int warningDays, int lowestIndicators,
                               double lowShare) {
}
