package org.sunshine.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.IndicatorSystem;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.assessment.ObjectionOutcome;
import org.sunshine.assessment.PeriodForm;
import org.sunshine.assessment.PeriodKind;
import org.sunshine.assessment.DepartmentProgress;
import org.sunshine.assessment.PeriodAssignments;
import org.sunshine.assessment.PeriodDetails;
import org.sunshine.assessment.PeriodLocking;
import org.sunshine.assessment.PeriodObjections;
import org.sunshine.assessment.PeriodPublication;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodRulings;
import org.sunshine.assessment.PeriodSetup;
import org.sunshine.assessment.ScoreSheetService;
import org.sunshine.assessment.SystemTree;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo's assessment, through the same services as the screens: the two quarters before the last one scored,
 * accepted and locked (so that scores have a trend), and the last full quarter scored by three inspectors
 * per department (five for two of them), a spread resolved, every department answering (one objection maintained,
 * one upheld and ruled on again), and locked — so that bulletins have a locked quarter to draw from; and the last
 * full month being scored, with some sheets in, one spread waiting for the lead inspector and the demo inspector's
 * own sheets still to do. The scores are made up but repeatable (a fixed formula per department and inspector).
 */
@Singleton
@Requires(bean = DemoActivity.class)
class DemoAssessment {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAssessment.class);
    private static final List<String> REASONS = List.of(
            "对照评分标准抽查，部分事项公开不完整，按标准扣分。",
            "栏目内容更新不及时，个别信息超过公开时限，酌情扣分。",
            "公开内容要素不全，未附政策依据和解读材料，扣分。",
            "抽查中发现个别链接失效，已当场告知整改。");
    private static final List<String> WEAKEST = List.of("NW", "AJJ", "DZJ");

    private final PeriodSetup setup;
    private final PeriodAssignments assignments;
    private final PeriodRulings rulings;
    private final PeriodPublication publication;
    private final PeriodObjections objections;
    private final PeriodLocking locking;
    private final ScoreSheetService sheets;
    private final PeriodQueries queries;
    private final PeriodDetails details;
    private final IndicatorSystemService systems;
    private final DepartmentService departments;
    private final UserService users;
    private final Clock clock;

    DemoAssessment(PeriodSetup setup, PeriodAssignments assignments, PeriodRulings rulings,
                   PeriodPublication publication, PeriodObjections objections, PeriodLocking locking,
                   ScoreSheetService sheets, PeriodQueries queries, PeriodDetails details, IndicatorSystemService systems,
                   DepartmentService departments, UserService users, Clock clock) {
        this.setup = setup;
        this.assignments = assignments;
        this.rulings = rulings;
        this.publication = publication;
        this.objections = objections;
        this.locking = locking;
        this.sheets = sheets;
        this.queries = queries;
        this.details = details;
        this.systems = systems;
        this.departments = departments;
        this.users = users;
        this.clock = clock;
    }

    void load() {
        SignedInUser lead = staff("inspector");
        if (!queries.list(lead).isEmpty()) {
            return;
        }
        IndicatorSystem system = systems.published().get(0);
        SystemTree tree = systems.treeOf(system.getId());
        List<SignedInUser> inspectors = List.of(lead, staff("insp.zhang"), staff("insp.liu"), staff("insp.chen"), staff("insp.yang"));
        List<DepartmentRow> assessed = departments.active().stream()
                .filter(d -> d.parentId() == null && !d.code().equals("SZFB")).toList();
        Set<Long> scope = assessed.stream().map(DepartmentRow::id).collect(Collectors.toCollection(LinkedHashSet::new));
        LocalDate today = LocalDate.now(clock);

        // the two quarters before the last one: scored, accepted by everyone and locked, so that there is a trend
        LocalDate lastQuarter = today.withDayOfMonth(1).minusMonths(3);
        for (int back = 2; back >= 1; back--) {
            LocalDate earlier = lastQuarter.minusMonths(3L * back);
            long done = scoredQuarter(earlier, back, system, tree, scope, assessed, inspectors);
            publication.publish(done, lead);
            for (DepartmentRow d : assessed) {
                objections.accept(done, staff(d.code().equals("MZJ") ? "handler" : "h." + d.code().toLowerCase()));
            }
            locking.lock(done, lead);
        }
        long quarter = scoredQuarter(lastQuarter, 0, system, tree, scope, assessed, inspectors);
        publication.publish(quarter, lead);
        for (DepartmentRow d : assessed) {
            SignedInUser handler = staff(d.code().equals("MZJ") ? "handler" : "h." + d.code().toLowerCase());
            if (d.code().equals("JTJ") || d.code().equals("SLJ")) {
                objections.object(quarter, d.code().equals("JTJ")
                        ? "本季度我局已按要求在政府网站公开全部行政许可和行政处罚决定，“行政许可和行政处罚信息公开”一项扣分依据不足，请予复核。"
                        : "我局重大决策预公开均已在网站“意见征集”栏目公开，请复核“重大决策预公开”一项评分。", handler);
            } else {
                objections.accept(quarter, handler);
            }
        }
        PeriodDetails.Detail detail = details.detail(quarter, lead);
        for (DepartmentProgress p : detail.departments()) {
            if (p.objection() == null) {
                continue;
            }
            boolean upheld = departmentCode(assessed, p.departmentId()).equals("JTJ");
            objections.answer(p.objection().id(), upheld ? ObjectionOutcome.UPHELD : ObjectionOutcome.MAINTAINED, upheld
                    ? "经复核，该局本季度行政许可和行政处罚决定均已按期公开，予以采纳，该项按满分计。"
                    : "经复核，两项重大决策未在决策前公开征求意见，评分依据充分，维持原结果。", lead);
            if (upheld) {
                Indicator item = indicator(tree, "行政许可和行政处罚信息公开");
                rulings.resolve(quarter, p.departmentId(), item.id(), item.maxPoints(), "异议成立，按复核结果计满分。", lead);
            }
        }
        locking.lock(quarter, lead);

        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        long month = setup.create(new PeriodForm("", PeriodKind.MONTH, lastMonth.getYear(), lastMonth.getMonthValue(),
                system.getId(), lead.id(), scope, null), lead);
        assignments.assignAll(month, Set.of(lead.id(), inspectors.get(1).id(), inspectors.get(2).id()), lead);
        for (int i = 0; i < assessed.size(); i++) {
            DepartmentRow d = assessed.get(i);
            sheets.submit(month, d.id(), entries(tree, d, inspectors.get(1), 1), inspectors.get(1));
            if (i % 3 != 0) {
                sheets.submit(month, d.id(), entries(tree, d, inspectors.get(2), 2), inspectors.get(2));
            }
            if (i < 4) {
                // the demo inspector has started a few sheets
                sheets.save(month, d.id(), entries(tree, d, lead, 0).subList(0, 3), lead);
            }
        }
        LOG.info("Loaded the demo assessment: a locked quarter and a month being scored, {} departments", assessed.size());
    }

    /** A quarter created, assigned, scored by everyone and its spreads resolved; {@code back} quarters ago. */
    private long scoredQuarter(LocalDate start, int back, IndicatorSystem system, SystemTree tree, Set<Long> scope,
                               List<DepartmentRow> assessed, List<SignedInUser> inspectors) {
        SignedInUser lead = inspectors.get(0);
        long quarter = setup.create(new PeriodForm("", PeriodKind.QUARTER, start.getYear(),
                (start.getMonthValue() - 1) / 3 + 1, system.getId(), lead.id(), scope, null), lead);
        assign(quarter, assessed, inspectors);
        for (DepartmentRow d : assessed) {
            for (SignedInUser inspector : inspectorsOf(d, inspectors)) {
                sheets.submit(quarter, d.id(), entries(tree, d, inspector, inspectors.indexOf(inspector) + 5 * back, back),
                        inspector);
            }
        }
        resolveSpreads(quarter, tree, assessed, lead);
        return quarter;
    }

    private void assign(long period, List<DepartmentRow> assessed, List<SignedInUser> inspectors) {
        for (DepartmentRow d : assessed) {
            assignments.assign(period, d.id(), inspectorsOf(d, inspectors).stream().map(SignedInUser::id).collect(Collectors.toSet()),
                    inspectors.get(0));
        }
    }

    /** Three inspectors per department, five for two of them (so that the trimmed mean shows). */
    private static List<SignedInUser> inspectorsOf(DepartmentRow d, List<SignedInUser> inspectors) {
        if (d.code().equals("MZJ") || d.code().equals("JYJ")) {
            return inspectors;
        }
        int shift = (int) (Math.abs(d.id()) % 3);
        return List.of(inspectors.get(0), inspectors.get(1 + shift), inspectors.get(1 + (shift + 1) % 4));
    }

    /**
     * A sheet: a department's quality (from its code) with a little disagreement per inspector, in half points;
     * the weakest departments lose more; 扶贫办 gets a bonus; 环保局's second inspector sees a problem the others
     * don't (a spread).
     */
    private static List<ScoreSheetService.Entry> entries(SystemTree tree, DepartmentRow d, SignedInUser inspector, int n) {
        return entries(tree, d, inspector, n, 0);
    }

    /** {@code back} quarters ago a department did a little better or worse than now, by a fixed formula. */
    private static List<ScoreSheetService.Entry> entries(SystemTree tree, DepartmentRow d, SignedInUser inspector, int n,
                                                         int back) {
        double drift = back == 0 ? 0 : ((Math.abs((d.code() + back).hashCode()) % 9) - 4) * 0.015;
        double quality = 0.78 + (Math.abs(d.code().hashCode()) % 19) / 100.0 - (WEAKEST.contains(d.code()) ? 0.2 : 0) + drift;
        List<ScoreSheetService.Entry> entries = new ArrayList<>();
        int k = 0;
        for (SystemTree.Branch branch : tree.categories()) {
            for (Indicator i : branch.indicators()) {
                if (!ScoreSheetService.onSheet(i)) {
                    continue;
                }
                k++;
                BigDecimal value;
                if (i.kind() == IndicatorKind.MANUAL) {
                    double noise = ((n * 7 + k * 3 + d.code().length()) % 5 - 2) * 0.03;
                    double share = Math.max(0, Math.min(1, quality + noise));
                    if (d.code().equals("HBJ") && n == 2 && k == 1) {
                        share = 0.2;
                    }
                    value = BigDecimal.valueOf(Math.round(i.maxPoints().doubleValue() * share * 2) / 2.0)
                            .setScale(2, RoundingMode.HALF_UP);
                } else if (i.kind() == IndicatorKind.BONUS) {
                    value = BigDecimal.valueOf(d.code().equals("FPB") ? 1 : 0);
                } else {
                    value = BigDecimal.ZERO;
                }
                boolean full = i.kind() == IndicatorKind.MANUAL ? value.compareTo(i.maxPoints()) >= 0 : value.signum() == 0;
                String reason = full ? "" : i.kind() == IndicatorKind.BONUS
                        ? "本季度脱贫攻坚信息公开经验做法被省政府办公厅通报推广。" : REASONS.get((k + n) % REASONS.size());
                entries.add(new ScoreSheetService.Entry(i.id(), value, reason, ""));
            }
        }
        return entries;
    }

    private void resolveSpreads(long period, SystemTree tree, List<DepartmentRow> assessed, SignedInUser lead) {
        var table = queries.ranking(period, 0, lead);
        for (var row : table.rows()) {
            for (var i : row.score().indicators()) {
                if (i.spread() && i.value() != null) {
                    rulings.resolve(period, row.departmentId(), i.indicatorId(),
                            BigDecimal.valueOf(Math.round(i.value() * 2) / 2.0), "经牵头督查人员复核网站栏目，按复核情况计分。", lead);
                }
            }
        }
    }

    private static Indicator indicator(SystemTree tree, String name) {
        return tree.categories().stream().flatMap(b -> b.indicators().stream()).filter(i -> i.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static String departmentCode(List<DepartmentRow> assessed, long id) {
        return assessed.stream().filter(d -> d.id() == id).map(DepartmentRow::code).findFirst().orElse("");
    }

    private SignedInUser staff(String username) {
        var u = users.byUsername(username).orElseThrow();
        return new SignedInUser(u.id(), u.username(), u.displayName(), u.role(), u.departmentId());
    }
}
