package org.sunshine.notification.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sunshine.notification.OptOuts;
import org.sunshine.notification.SmsSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Where the SMS gateway reports the replies to our messages (上行短信): a reply that says T (回T退订), TD, N, 退订 or
 * 取消 stops SMS to its number. The gateway proves itself with the shared secret
 * ({@code sunshine.notifications.sms.reply-secret}) in {@code X-Sunshine-Secret}; without a secret configured the
 * endpoint is not there (404), with a wrong one it is 403.
 */
@Controller("/api/notifications")
@Tag(name = "notifications")
public class SmsReplyController {

    /** A reply as the gateway reports it: the number it came from and what it said. */
    @Serdeable
    public record SmsReply(@Nullable String phone, @Nullable String text) {
    }

    private final SmsSettings settings;
    private final OptOuts optOuts;

    SmsReplyController(SmsSettings settings, OptOuts optOuts) {
        this.settings = settings;
        this.optOuts = optOuts;
    }

    @Operation(summary = "The SMS gateway reports a reply; a stop word stops SMS to that number")
    @Post("/sms-replies")
    public HttpResponse<Map<String, Object>> reply(@Header("X-Sunshine-Secret") @Nullable String secret,
                                                   @Body SmsReply reply) {
        String expected = settings.replySecret();
        if (expected == null || expected.isBlank()) {
            return HttpResponse.notFound();
        }
        if (secret == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8))) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN);
        }
        boolean stopped = optOuts.smsReply(reply.phone(), reply.text());
        return HttpResponse.ok(Map.of("stopped", stopped));
    }
}
