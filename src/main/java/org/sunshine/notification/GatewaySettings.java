package org.sunshine.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP SMS gateway ({@link SmsGateway}, docs/notifications.md): Chinese providers send only texts from templates
 * they approved, each with an id, under the office's approved signature (签名).
 *
 * @param url            where the gateway takes a message ({@code POST}, JSON)
 * @param key            the office's key with the provider, sent as {@code Authorization: Bearer <key>}
 * @param signName       the approved signature, e.g. 盘锦市政务公开 (the provider prints it as 【…】)
 * @param templates      the provider's template id of each notice template, {@code "<template>:<id>"}, e.g.
 *                       {@code complaint.accepted:SMS_123456}; a notice whose template has none is SKIPPED (not
 *                       configured)
 * @param connectTimeout to open the connection
 * @param readTimeout    for the whole answer
 */
@ConfigurationProperties("sunshine.notifications.sms.gateway")
public record GatewaySettings(@Nullable String url,
                              @Nullable String key,
                              @Nullable String signName,
                              @Bindable(defaultValue = "") List<String> templates,
                              @Bindable(defaultValue = "5s") Duration connectTimeout,
                              @Bindable(defaultValue = "10s") Duration readTimeout) {

    /** The provider's template id of a notice template. */
    public Optional<String> templateId(String template) {
        return Optional.ofNullable(templateIds().get(template));
    }

    Map<String, String> templateIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        if (templates != null) {
            for (String entry : templates) {
                int colon = entry.lastIndexOf(':');
                if (colon > 0 && colon < entry.length() - 1) {
                    ids.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
                }
            }
        }
        return ids;
    }
}
