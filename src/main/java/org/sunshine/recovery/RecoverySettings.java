package org.sunshine.recovery;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * The rules of 找回查询码 (docs/notifications.md, "Recovering a query code").
 *
 * @param codeMinutes            how long a one-time code can be used
 * @param maxAttempts            wrong entries of one code before it is void
 * @param perAddressHour         codes asked for from one client address within an hour
 * @param perAddressDay          and within a day
 * @param perContactHour         codes asked for one phone number or e-mail address within an hour (whoever asks)
 * @param perContactDay          and within a day
 * @param checksPerAddressHour   codes entered from one client address within an hour, right or wrong, any request
 * @param maxItems               the most items listed (the most recent)
 */
@ConfigurationProperties("sunshine.recovery")
public record RecoverySettings(@Bindable(defaultValue = "10") @Min(1) int codeMinutes,
                               @Bindable(defaultValue = "5") @Min(1) int maxAttempts,
                               @Bindable(defaultValue = "5") @Min(1) int perAddressHour,
                               @Bindable(defaultValue = "20") @Min(1) int perAddressDay,
                               @Bindable(defaultValue = "3") @Min(1) int perContactHour,
                               @Bindable(defaultValue = "10") @Min(1) int perContactDay,
                               @Bindable(defaultValue = "30") @Min(1) int checksPerAddressHour,
                               @Bindable(defaultValue = "50") @Min(1) int maxItems) {
}
