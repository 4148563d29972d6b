package org.sunshine.annualreport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.Grade;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.i18n.Messages;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingRow;
import org.sunshine.finding.FindingStage;
import org.sunshine.finding.IssueType;
import org.sunshine.calendar.Warning;
import org.sunshine.inforequest.Guides;
import org.sunshine.inforequest.RequestYearFigures;
import org.sunshine.proactive.RecordYearFigures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The drafts of the text sections, written by the product from the data, in Chinese (the report's language), for the
 * organ to edit: 一 总体情况 — the year's records by category and in time, table 二's figures, the applications received,
 * finished and carried over, the remedies, the guide's update, the findings; 五 存在的主要问题及改进情况 — the year's
 * confirmed findings by issue and how far their rectification has come, the late records; 六 其他需要报告的事项 — the
 * 信息处理费 collected, and for the government the year's locked assessment periods with their grades and the year's
 * commendations and criticisms. The government's report speaks for every organ, as its tables do.
 */
@Singleton
public class ReportDrafts {

    private final ReportTables tables;
    private final RecordYearFigures records;
    private final RequestYearFigures requests;
    private final Guides guides;
    private final FindingQueries findings;
    private final YearAssessments assessments;
    private final Messages messages;
    private final BusinessClock clock;

    ReportDrafts(ReportTables tables, RecordYearFigures records, RequestYearFigures requests, Guides guides,
                 FindingQueries findings, YearAssessments assessments, Messages messages, BusinessClock clock) {
        this.clock = clock;
        this.tables = tables;
        this.records = records;
        this.requests = requests;
        this.guides = guides;
        this.findings = findings;
        this.assessments = assessments;
        this.messages = messages;
    }

    /** The draft of a section of an organ's report of a year, from the data now. */
    @Transactional(readOnly = true)
    public String draft(ReportSection section, long departmentId, boolean government, int year) {
        return switch (section) {
            case ONE -> one(departmentId, government, year);
            case FIVE -> five(departmentId, government, year);
            case SIX -> six(departmentId, government, year);
        };
    }

    private String one(long departmentId, boolean government, int year) {
        String y = String.valueOf(year);
        String who = subject(government);
        Long department = government ? null : departmentId;
        List<String> lines = new ArrayList<>();

        lines.add(t("annualreport.draft.one.proactiveTitle"));
        RecordYearFigures.Published published = records.published(department, year);
        StringBuilder proactive = new StringBuilder();
        if (published.total() == 0) {
            proactive.append(t("annualreport.draft.one.proactiveNone", y, who));
        } else {
            List<String> parts = new ArrayList<>();
            published.byCategory().forEach((category, n) ->
                    parts.add(t("annualreport.draft.one.categoryCount", t(category.labelKey()), n(n))));
            proactive.append(t("annualreport.draft.one.proactive", y, who, n(published.total()),
                    String.join(t("annualreport.draft.listSeparator"), parts), n(published.total() - published.late()),
                    n(published.late())));
        }
        ReportTables.Tables t = tables.of(departmentId, government, year);
        TableTwo two = t.two();
        proactive.append(t("annualreport.draft.one.tableTwo", n(two.rulesIssued()), n(two.normativeIssued()),
                n(two.rulesRepealed()), n(two.normativeRepealed()), n(two.licensing()), n(two.penalty()),
                n(two.enforcement()), two.feesTenThousandYuan().toPlainString()));
        lines.add(proactive.toString());

        lines.add(t("annualreport.draft.one.requestsTitle"));
        List<List<Long>> three = t.threeRows();
        int total = RequestYearFigures.COLUMNS - 1;
        long remedies = t.fourRow().get(4);
        long suits = t.fourRow().get(9) + t.fourRow().get(14);
        lines.add(t("annualreport.draft.one.requests", y, who, n(three.get(ReportTables.RECEIVED).get(total)),
                n(three.get(ReportTables.CARRIED).get(total)), n(three.get(ReportTables.FINISHED).get(total)),
                n(three.get(2).get(total)), n(three.get(3).get(total)),
                n(three.get(ReportTables.CARRIED_OVER).get(total)), n(remedies), n(suits)));

        lines.add(t("annualreport.draft.one.managementTitle"));
        Instant updated = guides.guide(government ? org.sunshine.inforequest.Organs.GOVERNMENT
                : String.valueOf(departmentId)).updatedAt();
        if (updated != null && clock.dateOf(updated).getYear() == year) {
            lines.add(t("annualreport.draft.one.guideUpdated", who, clock.dateOf(updated).toString()));
        } else {
            lines.add(t("annualreport.draft.one.guideNotUpdated", who));
        }

        lines.add(t("annualreport.draft.one.supervisionTitle"));
        List<FindingRow> found = findings.confirmedIn(department, year);
        long closed = found.stream().filter(f -> f.stage() == FindingStage.CLOSED).count();
        lines.add(t("annualreport.draft.one.supervision", y, who, n(found.size()), n(closed)));
        return String.join("\n", lines);
    }

    private String five(long departmentId, boolean government, int year) {
        String y = String.valueOf(year);
        String who = subject(government);
        Long department = government ? null : departmentId;
        List<FindingRow> found = findings.confirmedIn(department, year);
        RecordYearFigures.Published published = records.published(department, year);
        List<String> lines = new ArrayList<>();
        lines.add(t("annualreport.draft.five.problemsTitle"));
        StringBuilder problems = new StringBuilder();
        if (found.isEmpty()) {
            problems.append(t("annualreport.draft.five.noProblems", y, who));
        } else {
            Map<IssueType, Long> byIssue = new EnumMap<>(IssueType.class);
            found.forEach(f -> byIssue.merge(f.issueType(), 1L, Long::sum));
            List<String> parts = new ArrayList<>();
            byIssue.forEach((issue, n) -> parts.add(t("annualreport.draft.five.issueCount",
                    t("finding.issue." + issue.name()), n(n))));
            problems.append(t("annualreport.draft.five.problems", y, who, n(found.size()),
                    String.join(t("annualreport.draft.listSeparator"), parts)));
        }
        problems.append(published.late() > 0 ? t("annualreport.draft.five.late", n(published.late()))
                : t("annualreport.draft.five.noLate"));
        lines.add(problems.toString());
        lines.add(t("annualreport.draft.five.improvementTitle"));
        StringBuilder improvement = new StringBuilder();
        if (!found.isEmpty()) {
            long closed = found.stream().filter(f -> f.stage() == FindingStage.CLOSED).count();
            long overdue = found.stream().filter(f -> f.warning() == Warning.RED).count();
            improvement.append(t("annualreport.draft.five.improvement", n(closed), n(found.size() - closed),
                    overdue > 0 ? t("annualreport.draft.five.overdue", n(overdue)) : ""));
        }
        improvement.append(t("annualreport.draft.five.next", who));
        lines.add(improvement.toString());
        return String.join("\n", lines);
    }

    private String six(long departmentId, boolean government, int year) {
        String y = String.valueOf(year);
        String who = subject(government);
        List<String> lines = new ArrayList<>();
        lines.add(t("annualreport.draft.six.feesTitle"));
        RequestYearFigures.Fees fees = government ? requests.feesOfAll(year)
                : requests.fees(departmentId, false, year);
        lines.add(fees.count() == 0 ? t("annualreport.draft.six.noFees", y, who)
                : t("annualreport.draft.six.fees", y, who, n(fees.count()), fees.amount().toPlainString()));
        if (!government) {
            return String.join("\n", lines);
        }
        lines.add(t("annualreport.draft.six.assessmentTitle"));
        List<YearAssessments.Assessed> assessed = assessments.lockedIn(year);
        if (assessed.isEmpty()) {
            lines.add(t("annualreport.draft.six.noAssessment", y));
        } else {
            List<String> periods = assessed.stream().map(a -> t("annualreport.draft.six.period", a.periodName(),
                    grade(a, Grade.EXCELLENT), grade(a, Grade.GOOD), grade(a, Grade.PASS), grade(a, Grade.FAIL)))
                    .toList();
            lines.add(t("annualreport.draft.six.assessment", y, n(assessed.size()),
                    String.join(t("annualreport.draft.periodSeparator"), periods)));
        }
        lines.add(t("annualreport.draft.six.bulletinTitle"));
        YearAssessments.Bulletins b = assessments.bulletins(year);
        lines.add(b.commendations() + b.criticisms() == 0 ? t("annualreport.draft.six.noBulletins", y)
                : t("annualreport.draft.six.bulletins", y, n(b.commended()), n(b.commendations()), n(b.criticized()),
                n(b.criticisms())));
        return String.join("\n", lines);
    }

    private String subject(boolean government) {
        return t(government ? "annualreport.draft.subject.government" : "annualreport.draft.subject.organ");
    }

    private static String grade(YearAssessments.Assessed a, Grade grade) {
        return n(a.grades().getOrDefault(grade, 0L));
    }

    /** A count as plain digits (MessageFormat would group a year's thousands). */
    private static String n(long n) {
        return String.valueOf(n);
    }

    private String t(String key, @Nullable Object... args) {
        return messages.chinese(key, args == null ? new Object[0] : args);
    }
}
