package org.sunshine.citizen;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.BusinessClock;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintQueries;

/**
 * Tells a complainant, once, that the rating window of their reply closes on the next working day, and that an
 * unrated reply is then closed as 未评价. Runs daily at the configured time
 * ({@code sunshine.complaints.rating-reminder-cron}, Beijing time) and acts only on working days of the calendar, so
 * a window closing after a holiday is announced on the last working day before it. Safe to run twice or on two nodes:
 * the notice's key ({@code complaint:rating-closing:<id>}) makes the outbox keep it once.
 */
@Singleton
class RatingClosing {

    private static final Logger LOG = LoggerFactory.getLogger(RatingClosing.class);

    private final ComplaintQueries complaints;
    private final ComplaintNotices notices;
    private final WorkingDayCalendar calendar;
    private final BusinessClock clock;
    private final boolean enabled;

    RatingClosing(ComplaintQueries complaints, ComplaintNotices notices, WorkingDayCalendar calendar,
                  BusinessClock clock, @Value("${sunshine.complaints.rating-reminder:true}") boolean enabled) {
        this.complaints = complaints;
        this.notices = notices;
        this.calendar = calendar;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** One node: the nodes' crons fire together; the lock is kept 5 minutes so a node whose clock is late skips too. */
    @Scheduled(cron = "${sunshine.complaints.rating-reminder-cron:0 0 9 * * *}", zoneId = "${sunshine.zone:Asia/Shanghai}")
    @SchedulerLock(name = "rating-closing", lockAtMostFor = "30m", lockAtLeastFor = "5m")
    void onSchedule() {
        if (enabled) {
            int told = remind();
            if (told > 0) {
                LOG.info("Told {} complainants that their rating window closes on the next working day", told);
            }
        }
    }

    /**
     * On a working day, tells every complainant whose reply's rating window ends on the next working day; on any other
     * day, nobody. Returns how many complaints were told (those with a phone or an e-mail address).
     */
    @Transactional
    public int remind() {
        if (!calendar.isWorkingDay(clock.today())) {
            return 0;
        }
        int told = 0;
        for (Complaint c : complaints.ratingDueOn(calendar.plus(clock.today(), 1))) {
            if (notices.ratingClosing(c)) {
                told++;
            }
        }
        return told;
    }
}
