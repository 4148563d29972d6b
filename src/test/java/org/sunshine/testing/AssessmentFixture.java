package org.sunshine.testing;

import io.micronaut.context.ApplicationContext;
import org.sunshine.assessment.CategoryForm;
import org.sunshine.assessment.IndicatorForm;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.assessment.PeriodForm;
import org.sunshine.assessment.PeriodKind;
import org.sunshine.assessment.PeriodAssignments;
import org.sunshine.assessment.PeriodLocking;
import org.sunshine.assessment.PeriodObjections;
import org.sunshine.assessment.PeriodPublication;
import org.sunshine.assessment.PeriodSetup;
import org.sunshine.assessment.ScoreSheetService;
import org.sunshine.directory.DepartmentRepository;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A locked quarter in a few lines, for the features that start from one (bulletins, the annual assessment): a
 * one-indicator system (公开, 100 points, so each department's total is the points it is given), the demo inspector
 * as lead and only scorer, every department accepting, locked. Uses the services, so it obeys their rules.
 */
public final class AssessmentFixture {

    private final ApplicationContext context;

    public AssessmentFixture(ApplicationContext context) {
        this.context = context;
    }

    /** Locks the given quarter with these totals by department code; returns the period's id. */
    public long lockedQuarter(String systemName, int year, int quarter, Map<String, Double> totals) {
        IndicatorSystemService systems = context.getBean(IndicatorSystemService.class);
        PeriodSetup setup = context.getBean(PeriodSetup.class);
        PeriodAssignments assignments = context.getBean(PeriodAssignments.class);
        PeriodPublication publication = context.getBean(PeriodPublication.class);
        PeriodObjections objections = context.getBean(PeriodObjections.class);
        PeriodLocking locking = context.getBean(PeriodLocking.class);
        ScoreSheetService sheets = context.getBean(ScoreSheetService.class);
        SignedInUser admin = user("admin");
        SignedInUser lead = user("inspector");
        long system = systems.create(systemName, "", admin);
        long category = systems.saveCategory(system, new CategoryForm(null, "公开", new BigDecimal("100")), admin);
        long indicator = systems.saveIndicator(system, new IndicatorForm(null, category, "主动公开", IndicatorKind.MANUAL,
                new BigDecimal("100"), null, null, "按清单逐项评分"), admin);
        systems.publish(system, admin);
        Map<Long, Double> byId = new LinkedHashMap<>();
        totals.forEach((code, points) -> byId.put(department(code), points));
        long period = setup.create(new PeriodForm("", PeriodKind.QUARTER, year, quarter, system, lead.id(),
                byId.keySet(), null), lead);
        assignments.assignAll(period, Set.of(lead.id()), lead);
        byId.forEach((department, points) -> sheets.submit(period, department, List.of(new ScoreSheetService.Entry(
                indicator, BigDecimal.valueOf(points), points < 100 ? "缺项" : "", "")), lead));
        publication.publish(period, lead);
        for (String code : totals.keySet()) {
            objections.accept(period, user(code.equals("MZJ") ? "handler" : "h." + code.toLowerCase()));
        }
        locking.lock(period, lead);
        return period;
    }

    public long department(String code) {
        return context.getBean(DepartmentRepository.class).findByCode(code).orElseThrow().getId();
    }

    public SignedInUser user(String username) {
        var u = context.getBean(UserRepository.class).findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    /** Department ids by code. */
    public Map<String, Long> departments(String... codes) {
        return java.util.Arrays.stream(codes).collect(Collectors.toMap(c -> c, this::department));
    }
}
