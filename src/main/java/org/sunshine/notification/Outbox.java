package org.sunshine.notification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.i18n.Messages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The transactional outbox, the {@link Notifier} of the platform: a notice becomes one row per channel its contact
 * has (e-mail, SMS), its words rendered at once in the reader's language, written in the caller's transaction —
 * with the step, or not at all. Never calls a provider: {@link OutboxSender} sends after commit. A message that is not
 * to be sent (the channel off, the address stopped or not an address, no text) is kept as SKIPPED with the reason.
 */
@Singleton
class Outbox implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_EVENT_KEY = 120;

    private final OutboxStore store;
    private final NoticeTexts texts;
    private final OptOuts optOuts;
    private final Channels channels;
    private final BusinessClock clock;

    Outbox(OutboxStore store, NoticeTexts texts, OptOuts optOuts, Channels channels, BusinessClock clock) {
        this.store = store;
        this.texts = texts;
        this.optOuts = optOuts;
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void notify(Notice notice) {
        write(notice, false);
    }

    @Override
    @Transactional
    public void notifyRequested(Notice notice) {
        write(notice, true);
    }

    private void write(Notice notice, boolean requested) {
        Locale locale = Messages.supported(notice.locale());
        Instant now = clock.now();
        String eventKey = eventKey(notice.eventKey());
        if (notice.to().email() != null) {
            store.insert(email(notice, eventKey, locale, requested, now));
        }
        if (notice.to().phone() != null) {
            store.insert(sms(notice, eventKey, locale, requested, now));
        }
    }

    private OutboxStore.NewMessage email(Notice notice, String eventKey, Locale locale, boolean requested, Instant now) {
        Optional<String> address = Addresses.email(notice.to().email());
        String recipient = address.orElse(OutboxStore.cut(notice.to().email(), 254));
        Optional<NoticeTexts.Rendered> rendered = address.flatMap(a ->
                texts.email(notice.template(), notice.args(), locale, optOuts.token(a)));
        return message(notice, eventKey, Channel.EMAIL, recipient, address.isPresent(), rendered, locale, requested,
                now);
    }

    private OutboxStore.NewMessage sms(Notice notice, String eventKey, Locale locale, boolean requested, Instant now) {
        Optional<String> number = Addresses.mobile(notice.to().phone());
        String recipient = number.orElse(OutboxStore.cut(notice.to().phone(), 254));
        Optional<NoticeTexts.Rendered> rendered = texts.sms(notice.template(), notice.args(), locale);
        return message(notice, eventKey, Channel.SMS, recipient, number.isPresent(), rendered, locale, requested, now);
    }

    private OutboxStore.NewMessage message(Notice notice, String eventKey, Channel channel, String recipient,
                                           boolean valid, Optional<NoticeTexts.Rendered> rendered, Locale locale,
                                           boolean requested, Instant now) {
        SkipReason skip = null;
        if (!valid) {
            skip = SkipReason.INVALID_ADDRESS;
        } else if (rendered.isEmpty()) {
            LOG.error("No {} text for the notice template '{}' in {} (notify.{}.*): the message is skipped",
                    channel, notice.template(), locale, notice.template());
            skip = SkipReason.NO_TEXT;
        } else if (!channels.configured(channel, notice.template())) {
            skip = SkipReason.NOT_CONFIGURED;
        } else if (!requested && optOuts.stopped(channel, recipient)) {
            skip = SkipReason.OPTED_OUT;
        }
        NoticeTexts.Rendered words = rendered.orElse(new NoticeTexts.Rendered(null, "", notice.args()));
        return new OutboxStore.NewMessage(eventKey, channel, recipient, OutboxStore.cut(notice.template(), 80),
                locale.toLanguageTag(), words.args(), requested,
                OutboxStore.cut(words.subject(), 300), words.body(),
                skip == null ? OutboxState.PENDING : OutboxState.SKIPPED, skip, now);
    }

    /** The key as stored: a key longer than the column keeps its start and a digest of the whole, so stays unique. */
    static String eventKey(String key) {
        if (key.length() <= MAX_EVENT_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, MAX_EVENT_KEY - 41) + "#" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages of an event, for tests and the screen. */
    List<OutboxMessage> of(String eventKey) {
        return List.of(Channel.values()).stream()
                .flatMap(c -> store.find(eventKey(eventKey), c).stream()).toList();
    }
}
