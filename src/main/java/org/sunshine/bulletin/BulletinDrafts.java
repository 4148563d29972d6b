package org.sunshine.bulletin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.Grade;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.Marks;
import org.sunshine.assessment.Metric;
import org.sunshine.assessment.MetricQueries;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.ScoreRepository;
import org.sunshine.assessment.SystemTree;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;
import org.sunshine.finding.Finding;
import org.sunshine.finding.FindingRepository;
import org.sunshine.finding.FindingState;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts a bulletin from a locked period (docs/architecture.md, "Bulletins"): chooses the commended and criticized
 * departments by the rules given (a department is never on both lists: criticism wins), builds each criticized
 * department's problem list from its open findings, its overdue complaints and its lowest indicators, and writes the
 * title, the addressees and a body from the results, all of which the inspector then edits. The addressees are the
 * period's departments. The text is Chinese: a bulletin is an official document of the office.
 */
@Singleton
public class BulletinDrafts {

    static final int MAX_RANK_RULE = 50;
    /** Findings on the department's clock; a reported one is being verified in the finding flow and is left out. */
    private static final Set<FindingState> OPEN_FINDINGS = EnumSet.of(FindingState.RECTIFYING, FindingState.RETURNED);

    private final PeriodQueries periods;
    private final ScoreRepository scores;
    private final MetricQueries metrics;
    private final FindingRepository findings;
    private final BulletinRepository bulletins;
    private final BulletinDepartmentRepository listed;
    private final BulletinAddresseeRepository addressees;
    private final BulletinProblemRepository problems;
    private final BulletinEventRepository events;
    private final BulletinSettings settings;
    private final OfficeSettings office;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    BulletinDrafts(PeriodQueries periods, ScoreRepository scores, MetricQueries metrics, FindingRepository findings,
                   BulletinRepository bulletins, BulletinDepartmentRepository listed, BulletinAddresseeRepository addressees,
                   BulletinProblemRepository problems, BulletinEventRepository events, BulletinSettings settings,
                   OfficeSettings office, Messages messages, AuditLog audit, Clock clock) {
        this.periods = periods;
        this.scores = scores;
        this.metrics = metrics;
        this.findings = findings;
        this.bulletins = bulletins;
        this.listed = listed;
        this.addressees = addressees;
        this.problems = problems;
        this.events = events;
        this.settings = settings;
        this.office = office;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Drafts a bulletin; returns its id. */
    @Transactional
    public long draft(DraftForm form, SignedInUser inspector) {
        if (inspector == null || !inspector.is(Role.INSPECTOR)) {
            throw new DomainException("error.notAllowed");
        }
        if (form.periodId() == null) {
            throw DomainException.on("periodId", "bulletin.error.period");
        }
        ResultTable table;
        try {
            table = periods.ranking(form.periodId(), 0, inspector);
        } catch (DomainException e) {
            throw DomainException.on("periodId", "bulletin.error.period");
        }
        Period period = table.period();
        if (period.getState() != PeriodState.LOCKED) {
            throw DomainException.on("periodId", "bulletin.error.period");
        }
        BulletinKind kind = form.kind();
        if (kind == null) {
            throw DomainException.on("kind", "bulletin.error.kind");
        }
        Map<Long, Long> overdue = overdueItems(period);
        List<ResultTable.Row> commended = kind.commends() ? commended(form, table) : List.of();
        List<ResultTable.Row> criticized = kind.criticizes() ? criticized(form, table, overdue) : List.of();
        Set<Long> criticizedIds = criticized.stream().map(ResultTable.Row::departmentId).collect(Collectors.toSet());
        commended = commended.stream().filter(r -> !criticizedIds.contains(r.departmentId())).toList();
        if (commended.isEmpty() && criticized.isEmpty()) {
            throw DomainException.on(kind.commends() ? "commendBy" : "criticizeBy", "bulletin.error.nobody");
        }

        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Bulletin bulletin = new Bulletin();
        bulletin.setPeriodId(period.getId());
        bulletin.setRevisionNo(table.revisionNo());
        bulletin.setKind(kind);
        bulletin.setState(BulletinState.DRAFT);
        bulletin.setTitle(messages.chinese("bulletin.text.title." + kind.name(), period.getName(), office.city()));
        bulletin.setAddressees(messages.chinese("bulletin.text.addressees"));
        bulletin.setBody(body(kind, table, commended, criticized));
        bulletin.setSelectionRules(rules(form, kind));
        bulletin.setPublicRelease(form.publicRelease());
        bulletin.setCopyTo(messages.chinese("bulletin.text.copyTo"));
        bulletin.setDraftedByName(inspector.displayName());
        bulletin.setCreatedAt(now);
        bulletin.setUpdatedAt(now);
        bulletin = bulletins.save(bulletin);
        long id = bulletin.getId();

        for (ResultTable.Row r : commended) {
            listed.save(new BulletinDepartment(null, id, r.departmentId(), DepartmentRole.COMMENDED,
                    BigDecimal.valueOf(r.score().total()), r.rank(), r.grade(), reason(form, r, overdue, true)));
        }
        for (ResultTable.Row r : criticized) {
            listed.save(new BulletinDepartment(null, id, r.departmentId(), DepartmentRole.CRITICIZED,
                    BigDecimal.valueOf(r.score().total()), r.rank(), r.grade(), reason(form, r, overdue, false)));
            problemList(id, period, table.tree(), r, overdue.getOrDefault(r.departmentId(), 0L), now);
        }
        addressees.saveAll(table.rows().stream().map(r -> new BulletinAddressee(null, id, r.departmentId(), null, null, null))
                .toList());
        events.save(new BulletinEvent(null, id, now, BulletinAction.DRAFT, null, BulletinState.DRAFT, inspector.id(),
                inspector.displayName(), bulletin.getSelectionRules()));
        audit.record(inspector, AuditAction.BULLETIN_DRAFTED, "bulletin", id, bulletin.getTitle(), null);
        return id;
    }

    private List<ResultTable.Row> commended(DraftForm form, ResultTable table) {
        if (form.commendBy() == null) {
            throw DomainException.on("commendBy", "bulletin.error.commendBy");
        }
        return switch (form.commendBy()) {
            case GRADE -> table.rows().stream().filter(r -> r.grade() == Grade.EXCELLENT).toList();
            case TOP -> {
                int n = rankRule(form.commendTop(), "commendTop");
                yield table.rows().stream().filter(r -> r.rank() <= n && !r.score().vetoed() && r.grade() != Grade.FAIL).toList();
            }
        };
    }

    private List<ResultTable.Row> criticized(DraftForm form, ResultTable table, Map<Long, Long> overdue) {
        if (form.criticizeBy() == null) {
            throw DomainException.on("criticizeBy", "bulletin.error.criticizeBy");
        }
        List<ResultTable.Row> rows = table.rows();
        return switch (form.criticizeBy()) {
            case GRADE -> rows.stream().filter(r -> r.grade() == Grade.FAIL).toList();
            case BOTTOM -> {
                int n = rankRule(form.criticizeBottom(), "criticizeBottom");
                // the rank of the N-th from the bottom: everyone at it or below, ties whole
                int cut = rows.get(Math.max(0, rows.size() - n)).rank();
                yield rows.stream().filter(r -> r.rank() >= cut).toList();
            }
            case OVERDUE -> {
                if (form.overdueAtLeast() < 1 || form.overdueAtLeast() > 999) {
                    throw DomainException.on("overdueAtLeast", "bulletin.error.overdueAtLeast");
                }
                yield rows.stream().filter(r -> overdue.getOrDefault(r.departmentId(), 0L) >= form.overdueAtLeast()).toList();
            }
        };
    }

    private static int rankRule(int n, String field) {
        if (n < 1 || n > MAX_RANK_RULE) {
            throw DomainException.on(field, "bulletin.error.rankRule", MAX_RANK_RULE);
        }
        return n;
    }

    /** Overdue items of each department in the period: complaints not replied and findings not rectified in time. */
    private Map<Long, Long> overdueItems(Period period) {
        Map<Long, Long> overdue = new HashMap<>();
        metrics.measure(period.getStartsOn(), period.getEndsOn(), period.rules().basicWeight()).forEach((department, m) -> {
            Marks.Measure complaints = m.get(Metric.OVERDUE_COMPLAINTS);
            Marks.Measure rectified = m.get(Metric.ON_TIME_RECTIFICATION);
            long count = complaints == null ? 0 : (long) complaints.value();
            if (rectified != null) {
                count += rectified.volume() - Math.round(rectified.value() * rectified.volume());
            }
            overdue.put(department, count);
        });
        return overdue;
    }

    private String reason(DraftForm form, ResultTable.Row r, Map<Long, Long> overdue, boolean commend) {
        if (commend) {
            return form.commendBy() == DraftForm.CommendBy.GRADE ? messages.chinese("bulletin.text.reason.excellent")
                    : messages.chinese("bulletin.text.reason.top", form.commendTop());
        }
        return switch (form.criticizeBy()) {
            case GRADE -> messages.chinese(r.score().vetoed() ? "bulletin.text.reason.vetoed" : "bulletin.text.reason.fail");
            case BOTTOM -> messages.chinese("bulletin.text.reason.bottom", form.criticizeBottom());
            case OVERDUE -> messages.chinese("bulletin.text.reason.overdue", overdue.getOrDefault(r.departmentId(), 0L));
        };
    }

    /** The selection rules in words, written on the draft. */
    private String rules(DraftForm form, BulletinKind kind) {
        List<String> parts = new ArrayList<>();
        if (kind.commends()) {
            parts.add(messages.chinese("bulletin.text.rule.commend." + form.commendBy().name(), form.commendTop()));
        }
        if (kind.criticizes()) {
            parts.add(messages.chinese("bulletin.text.rule.criticize." + form.criticizeBy().name(), form.criticizeBottom(),
                    form.overdueAtLeast()));
            parts.add(messages.chinese("bulletin.text.rule.problems", settings.rectifyDays()));
        }
        return String.join(messages.chinese("bulletin.text.rule.separator"), parts);
    }

    /**
     * A criticized department's problem list: its confirmed findings on its clock, its overdue complaints, and its
     * lowest indicators (below {@code lowShare} of their points) with the lowest inspector's reason; if none of these
     * applies, one item asking for a general self-check.
     */
    private void problemList(long bulletinId, Period period, SystemTree tree, ResultTable.Row row, long overdueItems,
                             Instant now) {
        long departmentId = row.departmentId();
        List<BulletinProblem> items = new ArrayList<>();
        for (Finding f : findings.findByDepartmentIdAndStateInListOrderById(departmentId, OPEN_FINDINGS)) {
            String description = f.getDescription().length() > 120 ? f.getDescription().substring(0, 120) + "…" : f.getDescription();
            items.add(item(bulletinId, departmentId, ProblemSource.FINDING, String.valueOf(f.getId()),
                    messages.chinese("bulletin.text.problem.finding", f.getId(),
                            messages.chinese("finding.issue." + f.getIssueType().name()), description), now));
        }
        if (overdueItems > 0) {
            items.add(item(bulletinId, departmentId, ProblemSource.COMPLAINTS, null,
                    messages.chinese("bulletin.text.problem.overdue", period.getName(), overdueItems), now));
        }
        Map<Long, Indicator> byId = new HashMap<>();
        tree.categories().forEach(b -> b.indicators().forEach(i -> byId.put(i.id(), i)));
        Map<Long, String> lowestReason = new LinkedHashMap<>();
        scores.findSubmittedFor(period.getId(), departmentId).stream()
                .sorted(Comparator.comparing(ScoreRepository.Submitted::value))
                .forEach(s -> {
                    if (!s.reason().isBlank()) {
                        lowestReason.putIfAbsent(s.indicatorId(), s.reason());
                    }
                });
        row.score().indicators().stream()
                .filter(i -> i.value() != null && (i.kind() == IndicatorKind.MANUAL || i.kind() == IndicatorKind.AUTO))
                .filter(i -> i.value() < byId.get(i.indicatorId()).maxPoints().doubleValue() * settings.lowShare())
                .sorted(Comparator.comparingDouble(i -> i.value() / byId.get(i.indicatorId()).maxPoints().doubleValue()))
                .limit(settings.lowestIndicators())
                .forEach(i -> {
                    Indicator indicator = byId.get(i.indicatorId());
                    String why = lowestReason.get(i.indicatorId());
                    items.add(item(bulletinId, departmentId, ProblemSource.INDICATOR, String.valueOf(i.indicatorId()),
                            messages.chinese(why == null ? "bulletin.text.problem.indicator" : "bulletin.text.problem.indicatorWhy",
                                    indicator.name(), plain(i.value()), plain(indicator.maxPoints().doubleValue()),
                                    why == null ? "" : why), now));
                });
        if (items.isEmpty()) {
            items.add(item(bulletinId, departmentId, ProblemSource.OTHER, null,
                    messages.chinese("bulletin.text.problem.general", plain(row.score().total()), row.rank()), now));
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setSeq(i + 1);
        }
        problems.saveAll(items);
    }

    private BulletinProblem item(long bulletinId, long departmentId, ProblemSource source, String ref, String text, Instant now) {
        BulletinProblem p = new BulletinProblem();
        p.setBulletinId(bulletinId);
        p.setDepartmentId(departmentId);
        p.setSource(source);
        p.setSourceRef(ref);
        p.setText(text.length() > 500 ? text.substring(0, 499) + "…" : text);
        p.setRectifyDays(settings.rectifyDays());
        p.setState(ProblemState.PLANNED);
        p.setUpdatedAt(now);
        return p;
    }

    /** The body, in the words of a 通报, from the results: the situation, the lists, the problems, the requirements. */
    private String body(BulletinKind kind, ResultTable table, List<ResultTable.Row> commended, List<ResultTable.Row> criticized) {
        Period period = table.period();
        List<ResultTable.Row> rows = table.rows();
        double average = rows.stream().mapToDouble(r -> r.score().total()).average().orElse(0);
        Map<Grade, Long> grades = rows.stream().collect(Collectors.groupingBy(ResultTable.Row::grade, Collectors.counting()));
        List<String> lines = new ArrayList<>();
        lines.add(messages.chinese("bulletin.text.opening", table.tree().system().getName(), office.name(), rows.size(),
                period.getName()));
        int section = 0;
        lines.add(heading(++section, "bulletin.text.heading.overall"));
        lines.add(messages.chinese("bulletin.text.overall", rows.size(), plain(average),
                plain(rows.isEmpty() ? 0 : rows.get(0).score().total()),
                plain(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).score().total()),
                grades.getOrDefault(Grade.EXCELLENT, 0L), grades.getOrDefault(Grade.GOOD, 0L),
                grades.getOrDefault(Grade.PASS, 0L), grades.getOrDefault(Grade.FAIL, 0L)));
        long vetoed = rows.stream().filter(r -> r.score().vetoed()).count();
        if (vetoed > 0) {
            lines.add(messages.chinese("bulletin.text.vetoed", vetoed));
        }
        if (!commended.isEmpty() || !criticized.isEmpty()) {
            lines.add(heading(++section, kind == BulletinKind.SITUATION ? "bulletin.text.heading.lists"
                    : kind == BulletinKind.COMMENDATION ? "bulletin.text.heading.commended" : "bulletin.text.heading.criticized"));
            int sub = 0;
            if (!commended.isEmpty()) {
                if (kind == BulletinKind.SITUATION) {
                    lines.add(messages.chinese("bulletin.text.subheading.commended", chineseNumber(++sub), commended.size()));
                }
                lines.add(messages.chinese("bulletin.text.commended", commended.size()));
                lines.add(messages.chinese("bulletin.marker.commended"));
            }
            if (!criticized.isEmpty()) {
                if (kind == BulletinKind.SITUATION) {
                    lines.add(messages.chinese("bulletin.text.subheading.criticized", chineseNumber(++sub), criticized.size()));
                }
                lines.add(messages.chinese("bulletin.text.criticized", criticized.size()));
                lines.add(messages.chinese("bulletin.marker.criticized"));
            }
        }
        if (!criticized.isEmpty()) {
            lines.add(heading(++section, "bulletin.text.heading.problems"));
            lines.add(messages.chinese("bulletin.text.problems"));
            lines.add(messages.chinese("bulletin.marker.problems"));
        }
        lines.add(heading(++section, "bulletin.text.heading.requirements"));
        lines.add(messages.chinese("bulletin.text.requirements", settings.signDays()));
        return String.join("\n", lines);
    }

    private String heading(int number, String key) {
        return chineseNumber(number) + messages.chinese("bulletin.text.headingMark") + messages.chinese(key);
    }

    private String chineseNumber(int n) {
        return messages.chinese("bulletin.text.numbers").split(",")[n - 1];
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
