package org.sunshine.worknotice;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.i18n.Messages;
import org.sunshine.notification.Contact;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.security.StaffMember;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One person's digest as a notice ({@code notify.digest.*}): the totals, a line per kind, the workbench; to the
 * channels they want it by; written in a transaction of its own, so that each person's is kept whatever befalls the
 * next one's.
 */
@Singleton
class DigestMessages {

    static final String TEMPLATE = "digest";

    private final Notifier notifier;
    private final Messages messages;

    DigestMessages(Notifier notifier, Messages messages) {
        this.notifier = notifier;
        this.messages = messages;
    }

    /** The notice of a digest, or null when the person wants it by no channel they have. */
    Notice notice(StaffMember member, Digest digest, LocalDate day, String workbench) {
        Contact to = new Contact(member.digestBySms() ? member.mobile() : null,
                member.digestByEmail() ? member.email() : null);
        if (!to.reachable()) {
            return null;
        }
        Locale locale = Messages.CHINESE;
        String lines = digest.lines().stream()
                .map(l -> messages.getTranslation("worknotice.digest.line", locale, messages.getTranslation(l.kindKey(), locale),
                        l.red(), l.yellow()))
                .collect(Collectors.joining("\n"));
        return new Notice("digest:" + member.userId() + ":" + day, to, TEMPLATE, List.of(String.valueOf(digest.red()),
                String.valueOf(digest.yellow()), lines, workbench, member.displayName()), locale);
    }

    @Transactional
    void send(Notice notice) {
        notifier.notify(notice);
    }
}
