package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.demo.FindingLife.FindingEventRow;
import org.sunshine.demo.HistoryCity.Area;
import org.sunshine.demo.HistoryCity.Department;
import org.sunshine.demo.HistoryCity.Item;
import org.sunshine.demo.HistoryCity.Person;
import org.sunshine.demo.HistoryCity.Sup;
import org.sunshine.demo.HistoryGenerator.Spec;
import org.sunshine.finding.FindingAction;
import org.sunshine.finding.FindingSettings;
import org.sunshine.finding.FindingSource;
import org.sunshine.finding.FindingWorkflow;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;
import org.sunshine.rectification.RectificationAction;
import org.sunshine.rectification.RectificationSettings;
import org.sunshine.rectification.RectificationWorkflow;
import org.sunshine.rectification.Report;
import org.sunshine.workflow.Actor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.sunshine.demo.HistoryCity.Person.PUBLIC;
import static org.sunshine.demo.HistoryGenerator.FINDINGS_PER_DEPARTMENT_MONTH;
import static org.sunshine.demo.HistoryRandom.mix;
import static org.sunshine.demo.HistoryRandom.pick;
import static org.sunshine.demo.HistoryRandom.poisson;
import static org.sunshine.demo.HistoryTime.workSecond;

/**
 * The findings of a history: those opened by low review scores and, each month, those inspectors and supervisors file
 * about the items and key areas a department leads. Each is played through {@link FindingWorkflow} — confirmed or
 * dismissed (a duplicate mostly is), its rectification ({@link RectificationWorkflow}) reported on time or late,
 * returned once or accepted — and written with {@link FindingWriter}, a month a transaction.
 */
final class HistoryFindings {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryGenerator.class);

    /** A finding filed, for the duplicate and repeat marks of the later ones. */
    private record Filed(long id, String reference, long department, IssueType issue, @Nullable Long itemId, @Nullable Long areaId,
                         Instant filedAt, @Nullable Instant endedAt, @Nullable LocalDate confirmedOn,
                         @Nullable Long rectificationId) {
    }

    private final Spec spec;
    private final Connection c;
    private final HistoryTime time;
    private final HistoryCity city;
    private final FindingSettings findingSettings;
    private final RectificationSettings rectificationSettings;
    private final HistoryTally tally;

    HistoryFindings(Spec spec, Connection c, HistoryTime time, HistoryCity city, FindingSettings findingSettings,
                    RectificationSettings rectificationSettings, HistoryTally tally) {
        this.spec = spec;
        this.c = c;
        this.time = time;
        this.city = city;
        this.findingSettings = findingSettings;
        this.rectificationSettings = rectificationSettings;
        this.tally = tally;
    }

    /** Files the findings planned by the reviews and the ones of each month, up to the moment of {@code asOf}. */
    void write(List<FindingPlan> reviewPlans) throws SQLException {
        if (city.inspectors.isEmpty()) {
            LOG.info("No inspectors: the history has no findings");
            return;
        }
        List<FindingPlan> plans = new ArrayList<>(reviewPlans);
        LocalDate month = spec.from().withDayOfMonth(1);
        while (!month.isAfter(spec.to())) {
            LocalDate first = month.isBefore(spec.from()) ? spec.from() : month;
            LocalDate last = month.plusMonths(1).minusDays(1).isAfter(spec.to()) ? spec.to() : month.plusMonths(1).minusDays(1);
            List<LocalDate> workingDays = first.datesUntil(last.plusDays(1)).filter(time::isWorkingDay).toList();
            double share = (ChronoUnit.DAYS.between(first, last) + 1) / (double) month.lengthOfMonth();
            for (Department d : city.departments) {
                if (!city.handlers.containsKey(d.id()) || workingDays.isEmpty()) {
                    continue; // nobody in the department could rectify
                }
                SplittableRandom r = new SplittableRandom(mix(spec.seed(), 0xF1D1L, d.id() * 10_000 + month.getYear() * 12L
                        + month.getMonthValue()));
                int count = poisson(FINDINGS_PER_DEPARTMENT_MONTH * (0.7 + 0.6 * (1 - d.quality())) * share, r);
                for (int i = 0; i < count; i++) {
                    FindingPlan plan = plan(d, workingDays, r);
                    if (plan != null) {
                        plans.add(plan);
                    }
                }
            }
            month = month.plusMonths(1);
        }
        plans.sort(Comparator.comparing(FindingPlan::filedAt).thenComparingLong(FindingPlan::seed));
        List<Filed> filed = new ArrayList<>();
        try (FindingWriter writer = new FindingWriter(c, tally)) {
            LocalDate batchMonth = null;
            for (FindingPlan plan : plans) {
                if (plan.filedAt().isAfter(time.asOf)) {
                    continue;
                }
                LocalDate planMonth = time.date(plan.filedAt()).withDayOfMonth(1);
                if (batchMonth != null && !batchMonth.equals(planMonth)) {
                    writer.commit();
                }
                batchMonth = planMonth;
                file(plan, filed, writer);
            }
            writer.commit();
        }
    }

    /** A finding by an inspector or a supervisor who covers it, on a working day of the month. */
    @Nullable
    private FindingPlan plan(Department d, List<LocalDate> workingDays, SplittableRandom r) {
        // a finding is about a responsibility item or a key area (the form demands one), and only about one the
        // department leads: a department that leads neither gets none
        List<Item> items = city.itemsByLead.getOrDefault(d.id(), List.of());
        List<Area> led = city.ledAreas.getOrDefault(d.id(), List.of());
        Long itemId = null;
        Long areaId;
        String areaCode;
        String itemTitle = null;
        if (!items.isEmpty() && (led.isEmpty() || r.nextBoolean())) {
            Item item = items.get(r.nextInt(items.size()));
            itemId = item.id();
            areaId = item.areaId();
            areaCode = item.areaCode();
            // an item in an area another department leads (安全生产 in 灾害事故救援) or in none: about the item itself
            Long itemArea = areaId;
            if (itemArea == null || led.stream().noneMatch(x -> x.id() == itemArea)) {
                itemTitle = item.title();
            }
        } else if (!led.isEmpty()) {
            Area area = led.get(r.nextInt(led.size()));
            areaId = area.id();
            areaCode = area.code();
        } else {
            return null;
        }
        LocalDate day = workingDays.get(r.nextInt(workingDays.size()));
        Long a = areaId;
        List<Sup> covering = city.supervisors.stream().filter(s -> s.inOffice(day) && s.scope().covers(d.id(), a)).toList();
        boolean bySupervisor = !covering.isEmpty() && r.nextInt(100) < 40;
        Sup supervisor = bySupervisor ? covering.get(r.nextInt(covering.size())) : null;
        Instant filedAt = time.at(day, bySupervisor && r.nextInt(100) < 30 ? 18 * 3600 + r.nextInt(4 * 3600) : workSecond(r));
        IssueType issue = IssueType.values()[pick(r, 25, 20, 20, 12, 15, 8)];
        Severity severity = Severity.values()[pick(r, 65, 28, 7)];
        HistoryTexts.Topic topic = itemTitle != null ? HistoryTexts.itemTopic(itemTitle) : HistoryTexts.topic(areaCode, r);
        return new FindingPlan(filedAt, d.id(), issue, areaId, itemId, HistoryTexts.finding(issue, topic, d.name(), day, r),
                HistoryTexts.evidenceUrl(d.code(), r), severity,
                bySupervisor ? FindingSource.SUPERVISOR : FindingSource.INSPECTOR,
                bySupervisor ? supervisor.person() : city.inspector(r), null, null, topic, r.nextLong());
    }

    /** Plays a finding through: confirmed or dismissed, reported on time or late, returned once or accepted. */
    private void file(FindingPlan p, List<Filed> filed, FindingWriter writer) throws SQLException {
        SplittableRandom r = new SplittableRandom(p.seed());
        Department department = city.departmentById.get(p.department());
        FindingLife f = new FindingLife(time.asOf);
        Long duplicateOf = null;
        String duplicateReference = null;
        if (p.itemId() != null || p.areaId() != null) {
            for (Filed e : filed) {
                boolean alike = e.department() == p.department() && e.issue() == p.issue()
                        && (p.itemId() != null ? p.itemId().equals(e.itemId())
                        : e.itemId() == null && p.areaId().equals(e.areaId()));
                if (alike && (e.endedAt() == null || e.endedAt().isAfter(p.filedAt()))) {
                    duplicateOf = e.id();
                    duplicateReference = e.reference();
                    break;
                }
            }
        }
        Actor filer = p.source() == FindingSource.INSPECTOR ? Actor.INSPECTOR : Actor.SUPERVISOR;
        f.step(p.filedAt(), FindingAction.FILE, filer, p.filer(), "", () -> { });
        Instant decided = time.staffAfter(p.filedAt(), pick(r, 20, 40, 25, 10, 5), r);
        Person inspector = city.inspector(r);
        boolean dismiss = duplicateOf != null ? r.nextInt(100) < 70
                : r.nextInt(100) < (p.source() == FindingSource.REVIEW ? 5 : 10);
        Long repeatOf = null;
        List<PlayedReport> reports = new ArrayList<>();
        if (dismiss) {
            String reason = duplicateOf != null ? HistoryTexts.duplicateReason(duplicateReference)
                    : HistoryTexts.pick(HistoryTexts.DISMISS_REASONS, r);
            f.step(decided, FindingAction.DISMISS, Actor.INSPECTOR, inspector, reason, () -> {
                f.dismissReason = reason;
                f.ended = decided;
            });
        } else {
            LocalDate confirmedOn = time.date(decided);
            LocalDate due = time.plus(confirmedOn, findingSettings.rectifyDays());
            String note = HistoryTexts.pick(HistoryTexts.CONFIRM_NOTES, r);
            if (p.itemId() != null && !decided.isAfter(time.asOf)) {
                LocalDate since = confirmedOn.minusDays(rectificationSettings.repeatWindowDays());
                repeatOf = filed.stream().filter(e -> e.department() == p.department() && p.itemId().equals(e.itemId())
                                && e.confirmedOn() != null && !e.confirmedOn().isBefore(since)
                                && !e.confirmedOn().isAfter(confirmedOn))
                        .max(Comparator.comparing(Filed::confirmedOn).thenComparingLong(Filed::id))
                        .map(Filed::rectificationId).orElse(null);
            }
            if (f.step(decided, FindingAction.CONFIRM, Actor.INSPECTOR, inspector, note, () -> {
                        f.confirmedOn = confirmedOn;
                        f.rectifyDue = due;
                    })) {
                f.rectification(decided, RectificationAction.OPEN, Actor.INSPECTOR, inspector, "→ " + due);
                rectify(p, department, f, reports, r);
            }
        }
        String reference = writer.reference(time.date(p.filedAt()).getYear());
        long id = writer.finding(p, f, reference, duplicateOf);
        Long rectificationId = f.confirmedOn == null ? null
                : writer.rectification(id, reference, p, f, repeatOf, findingSettings.rectifyDays());
        filed.add(new Filed(id, reference, p.department(), p.issue(), p.itemId(), p.areaId(), p.filedAt(), f.ended,
                f.confirmedOn, rectificationId));
        for (FindingEventRow e : f.events) {
            writer.event(e.rectification() ? rectificationId : id, p.department(), e);
        }
        for (PlayedReport report : reports) {
            writer.report(rectificationId, report);
        }
        if (p.supervisorId() != null) {
            writer.linkReview(id, p.complaintId(), p.supervisorId());
        }
    }

    private void rectify(FindingPlan p, Department department, FindingLife f, List<PlayedReport> reports,
                         SplittableRandom r) {
        List<Person> people = city.handlers.get(p.department());
        if (people == null || people.isEmpty()) {
            return; // nobody to report: the clock runs out
        }
        Person handler = people.get(r.nextInt(people.size()));
        int days = findingSettings.rectifyDays();
        boolean onTime = r.nextDouble() < 0.5 + 0.45 * department.quality();
        LocalDate reportDay = onTime ? time.plus(f.confirmedOn, Math.max(1, days - r.nextInt(Math.min(days, 12))))
                : time.plus(f.rectifyDue, 1 + r.nextInt(10));
        Instant reported = f.later(time.at(reportDay, workSecond(r)), r);
        LocalDate dueThen = f.rectifyDue;
        String text = HistoryTexts.report(p.topic(), false, r);
        if (!f.rectification(reported, RectificationAction.REPORT, Actor.HANDLER, handler, "")) {
            return;
        }
        PlayedReport first = new PlayedReport(text, handler, reported, !time.date(reported).isAfter(dueThen));
        reports.add(first);
        Instant judged = time.staffAfter(reported, 1 + r.nextInt(4), r);
        Person inspector = city.inspector(r);
        if (r.nextInt(100) < 18) {
            String reason = HistoryTexts.pick(HistoryTexts.REPORT_RETURNS, r);
            LocalDate returnedOn = time.date(judged);
            LocalDate again = time.plus(returnedOn, rectificationSettings.returnDays());
            LocalDate due = again.isAfter(f.rectifyDue) ? again : f.rectifyDue;
            if (!f.rectification(judged, RectificationAction.RETURN, Actor.INSPECTOR, inspector, reason + " → " + due)) {
                return;
            }
            f.returnedOn = returnedOn;
            f.rectifyDue = due;
            first.judge(Report.Verdict.RETURNED, reason, inspector.name(), judged);
            boolean secondOnTime = r.nextInt(100) < 85;
            LocalDate secondDay = secondOnTime ? time.plus(returnedOn, 1 + r.nextInt(rectificationSettings.returnDays()))
                    : time.plus(due, 1 + r.nextInt(5));
            if (secondDay.isAfter(due) == secondOnTime) {
                secondDay = secondOnTime ? due : time.plus(due, 1);
            }
            Instant reportedAgain = f.later(time.at(secondDay, workSecond(r)), r);
            String again2 = HistoryTexts.report(p.topic(), true, r);
            if (!f.rectification(reportedAgain, RectificationAction.REPORT, Actor.HANDLER, handler, "")) {
                return;
            }
            PlayedReport second = new PlayedReport(again2, handler, reportedAgain, !time.date(reportedAgain).isAfter(due));
            reports.add(second);
            judged = time.staffAfter(reportedAgain, 1 + r.nextInt(3), r);
            inspector = city.inspector(r);
            first = second;
        }
        String note = HistoryTexts.pick(HistoryTexts.ACCEPT_NOTES, r);
        Instant closed = judged;
        if (f.rectification(closed, RectificationAction.ACCEPT, Actor.INSPECTOR, inspector, note)) {
            f.step(closed, FindingAction.CLOSE, Actor.SYSTEM, PUBLIC, "", () -> {
                f.closedAt = closed;
                f.ended = closed;
            });
            first.judge(Report.Verdict.ACCEPTED, note, inspector.name(), closed);
        }
    }
}
