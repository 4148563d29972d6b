package org.sunshine.worknotice;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.BusinessClock;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.notification.Notice;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.StaffMember;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The daily digest: on each working day of the calendar, from {@code digest-time}, every member of staff with a
 * contact who has yellow or red items gets one message with their counts by kind and a link to the workbench;
 * nobody gets one twice in a day, whichever node sends it (ShedLock's lock and the day's row, {@link DigestDays};
 * and the event key {@code digest:<user>:<date>}).
 */
@Singleton
class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

    private final DigestSettings settings;
    private final DigestDays days;
    private final DigestCounts counts;
    private final DigestMessages messages;
    private final StaffContacts contacts;
    private final WorkReferences references;
    private final WorkingDayCalendar calendar;
    private final BusinessClock clock;

    DailyDigest(DigestSettings settings, DigestDays days, DigestCounts counts, DigestMessages messages,
                StaffContacts contacts, WorkReferences references, WorkingDayCalendar calendar, BusinessClock clock) {
        this.settings = settings;
        this.days = days;
        this.counts = counts;
        this.messages = messages;
        this.contacts = contacts;
        this.references = references;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "5m", initialDelay = "2m")
    void scheduled() {
        if (settings.scheduled()) {
            run();
        }
    }

    /** Sends today's digest if it is due and no node has sent it yet; the number of people it went to. */
    int run() {
        LocalDate today = clock.today();
        boolean due = calendar.isWorkingDay(today)
                && !clock.now().isBefore(today.atTime(settings.digestTime()).atZone(clock.zone()).toInstant());
        if (!due || days.finished(today)) {
            return 0;
        }
        Optional<SimpleLock> lock = days.claim(today, settings.takeOverAfter());
        if (lock.isEmpty()) {
            return 0;
        }
        try {
            // looked at again under the lock: a node that finished just before it was taken leaves nothing to do
            return days.finished(today) ? 0 : send(today);
        } finally {
            lock.get().unlock();
        }
    }

    private int send(LocalDate today) {
        Function<StaffMember, Digest> digests = counts.now();
        String workbench = references.workbench();
        int sent = 0;
        for (StaffMember member : contacts.reachable()) {
            Digest digest = digests.apply(member);
            Notice notice = digest.isEmpty() ? null : messages.notice(member, digest, today, workbench);
            if (notice != null) {
                messages.send(notice);
                sent++;
            }
        }
        days.finish(today);
        LOG.info("Daily digest of {} sent to {} people", today, sent);
        return sent;
    }
}
