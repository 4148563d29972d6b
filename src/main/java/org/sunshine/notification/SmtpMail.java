package org.sunshine.notification;

import io.micronaut.context.BeanProvider;
import io.micronaut.email.Email;
import io.micronaut.email.EmailException;
import io.micronaut.email.javamail.sender.JavaxEmailSender;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.sunshine.base.OfficeSettings;

import java.util.Optional;

/**
 * E-mail by SMTP with Micronaut Email and Jakarta Mail: the server and its login are {@code javamail.*}; the sender
 * is {@code sunshine.notifications.email.from}. Plain text in UTF-8, with a {@code List-Unsubscribe} header that
 * points at the opt-out page and an {@code X-Sunshine-Notice} header naming the outbox row.
 */
@Singleton
class SmtpMail implements Provider {

    static final String NAME = "SMTP";

    private final BeanProvider<JavaxEmailSender> sender;
    private final EmailSettings settings;
    private final OfficeSettings office;
    private final OptOuts optOuts;
    private final NoticeTexts texts;

    SmtpMail(BeanProvider<JavaxEmailSender> sender, EmailSettings settings, OfficeSettings office, OptOuts optOuts,
             NoticeTexts texts) {
        this.sender = sender;
        this.settings = settings;
        this.office = office;
        this.optOuts = optOuts;
        this.texts = texts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> send(OutboxMessage message) {
        String fromName = settings.fromName() == null || settings.fromName().isBlank() ? office.name()
                : settings.fromName();
        Email email = Email.builder()
                .from(new io.micronaut.email.Contact(settings.from(), fromName))
                .to(message.recipient())
                .subject(message.subject() == null ? "" : message.subject())
                .body(message.body())
                .build();
        String unsubscribe = "<" + texts.optOutLink(optOuts.token(message.recipient())) + ">";
        try {
            sender.get().send(email, mime -> {
                try {
                    mime.setHeader("X-Sunshine-Notice", String.valueOf(message.id()));
                    mime.setHeader("List-Unsubscribe", unsubscribe);
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (EmailException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SendFailure(cause.getClass().getSimpleName() + ": " + cause.getMessage(), e);
        }
        return Optional.empty();
    }
}
