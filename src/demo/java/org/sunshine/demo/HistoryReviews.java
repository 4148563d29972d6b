package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.i18n.Messages;
import org.sunshine.demo.HistoryCity.Department;
import org.sunshine.demo.HistoryCity.Sup;
import org.sunshine.finding.FindingSource;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;
import org.sunshine.supervision.ReviewState;
import org.sunshine.supervision.SupervisionSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.sunshine.demo.HistoryRandom.clamp;
import static org.sunshine.demo.HistoryRandom.gaussian;
import static org.sunshine.demo.HistoryRandom.mix;
import static org.sunshine.demo.HistoryRandom.pick;

/**
 * The review tasks of a history: a share of the replied complaints in the scope of a supervisor in office on the day
 * of the first reply is given to one of them, who reviews it in time or late, finds it unverifiable, or has the task
 * cancelled when the term runs out; a low score plans the finding it opens, filed later with the others by
 * {@link HistoryFindings}.
 */
final class HistoryReviews {

    /** A review task of a batch, and the finding its low score opens. */
    record Review(ComplaintRow complaint, Sup supervisor, ReviewState state, LocalDate assignedOn, LocalDate dueOn,
                  Integer timeliness, Integer quality, Integer attitude, String comment,
                  @Nullable Instant reviewedAt, Instant updatedAt, int version) {
    }

    private final long seed;
    private final HistoryTime time;
    private final HistoryCity city;
    private final SupervisionSettings supervisionSettings;
    private final Messages messages;
    private final int reviewPercent;
    private final List<FindingPlan> reviewPlans = new ArrayList<>();

    HistoryReviews(long seed, HistoryTime time, HistoryCity city, SupervisionSettings supervisionSettings,
                   Messages messages) {
        this.seed = seed;
        this.time = time;
        this.city = city;
        this.supervisionSettings = supervisionSettings;
        this.messages = messages;
        this.reviewPercent = Math.min(HistoryGenerator.REVIEW_PERCENT, supervisionSettings.samplePercent());
    }

    /** The findings the low scores given so far open, in the order of the reviews. */
    List<FindingPlan> plans() {
        return reviewPlans;
    }

    /** The review task of a complaint written (its id known), if it is given one. */
    @Nullable
    Review review(ComplaintRow c) {
        if (c.firstReplyAt == null || city.supervisors.isEmpty()) {
            return null;
        }
        SplittableRandom r = new SplittableRandom(mix(seed, 0x4E71L, c.r.nextLong()));
        LocalDate day = time.date(c.firstReplyAt);
        List<Sup> covering = city.supervisors.stream()
                .filter(s -> s.inOffice(day) && s.scope().covers(c.department, c.areaId)).toList();
        if (covering.isEmpty() || r.nextInt(100) >= reviewPercent) {
            return null;
        }
        Sup s = covering.get(r.nextInt(covering.size()));
        int days = supervisionSettings.reviewDays();
        LocalDate due = time.plus(day, days);
        int k = r.nextInt(100) < 88 ? 1 + r.nextInt(days) : days + 1 + r.nextInt(4);
        Instant reviewed = time.at(time.plus(day, k), 8 * 3600 + r.nextInt(14 * 3600));
        if (time.date(reviewed).isAfter(s.last())) {
            Instant cancelled = time.at(s.last().plusDays(1), 60 + r.nextInt(540));
            if (cancelled.isAfter(time.asOf)) {
                return pending(c, s, day, due);
            }
            return new Review(c, s, ReviewState.CANCELLED, day, due, null, null, null,
                    messages.chinese("review.cancelled.termOver", s.name()), null, cancelled, 1);
        }
        if (reviewed.isAfter(time.asOf)) {
            return pending(c, s, day, due);
        }
        if (r.nextInt(100) < 10) {
            return new Review(c, s, ReviewState.UNVERIFIABLE, day, due, null, null, null,
                    HistoryTexts.pick(HistoryTexts.UNVERIFIABLE_REASONS, r), reviewed, reviewed, 1);
        }
        Department department = city.departmentById.get(c.department);
        int timeliness = c.firstReplyLate ? 1 + pick(r, 5, 25, 45, 25) : 5 - pick(r, 55, 35, 10);
        double q = department.quality();
        int quality = clamp((int) Math.round(3 + 2 * q + 0.8 * gaussian(r)));
        int attitude = clamp(5 - pick(r, 60, 30, 8, 2));
        int lowest = Math.min(timeliness, Math.min(quality, attitude));
        boolean low = lowest <= supervisionSettings.lowScore();
        String comment = HistoryTexts.reviewComment(low, r);
        Review review = new Review(c, s, ReviewState.REVIEWED, day, due, timeliness, quality, attitude, comment,
                reviewed, reviewed, 1);
        if (low) {
            IssueType issue = timeliness == lowest ? IssueType.LATE : quality == lowest ? IssueType.INCOMPLETE : IssueType.OTHER;
            String description = messages.chinese("review.autoFinding", c.code, c.subject, timeliness, quality,
                    attitude, comment);
            reviewPlans.add(new FindingPlan(reviewed, c.department, issue, c.areaId, null, description, null,
                    lowest <= 1 ? Severity.MAJOR : Severity.MINOR, FindingSource.REVIEW, s.person(), c.id, s.id(),
                    c.topic, r.nextLong()));
        }
        return review;
    }

    private Review pending(ComplaintRow c, Sup s, LocalDate day, LocalDate due) {
        return new Review(c, s, ReviewState.PENDING, day, due, null, null, null, "", null, c.firstReplyAt, 0);
    }
}
