package org.sunshine.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;

import java.time.LocalDate;
import java.util.Set;

/**
 * Setting a period up (docs/architecture.md, "Assessment"): an inspector creates it, in SCORING, on a published
 * version of an indicator system, for some active departments, with a lead inspector and the scoring rules in force.
 * The lead inspector then assigns the inspectors ({@link PeriodAssignments}).
 */
@Singleton
public class PeriodSetup {

    private final Periods periods;
    private final PeriodRepository rows;
    private final PeriodDepartmentRepository scope;
    private final IndicatorSystemRepository systems;
    private final DepartmentService departments;
    private final ScoringRules rules;
    private final Messages messages;
    private final PeriodSteps steps;

    PeriodSetup(Periods periods, PeriodRepository rows, PeriodDepartmentRepository scope,
                IndicatorSystemRepository systems, DepartmentService departments, ScoringRules rules, Messages messages,
                PeriodSteps steps) {
        this.periods = periods;
        this.rows = rows;
        this.scope = scope;
        this.systems = systems;
        this.departments = departments;
        this.rules = rules;
        this.messages = messages;
        this.steps = steps;
    }

    /** Creates a period in SCORING with the rules in force; returns its id. */
    @Transactional
    public long create(PeriodForm form, SignedInUser actor) {
        Periods.requireInspector(actor);
        PeriodKind kind = form.kind();
        if (kind == null) {
            throw DomainException.on("kind", "assessment.period.error.kind");
        }
        if (form.year() < 2000 || form.year() > 2100) {
            throw DomainException.on("year", "assessment.period.error.year");
        }
        if (form.number() < 1 || form.number() > kind.perYear()) {
            throw DomainException.on("number", "assessment.period.error.number", kind.perYear());
        }
        IndicatorSystem system = form.systemId() == null ? null : systems.findById(form.systemId())
                .filter(s -> s.getState() == IndicatorSystem.State.PUBLISHED).orElse(null);
        if (system == null) {
            throw DomainException.on("systemId", "assessment.period.error.system");
        }
        UserRow lead = form.leadInspectorId() == null ? null : periods.inspector(form.leadInspectorId()).orElse(null);
        if (lead == null) {
            throw DomainException.on("leadInspectorId", "assessment.period.error.lead");
        }
        Set<Long> scopeIds = form.departmentIds() == null ? Set.of() : form.departmentIds();
        if (scopeIds.isEmpty() || !scopeIds.stream().allMatch(departments::isActive)) {
            throw DomainException.on("departmentIds", "assessment.period.error.departments");
        }
        Integer quota = form.excellentQuotaPercent();
        if (quota != null && (quota < 1 || quota > 100)) {
            throw DomainException.on("excellentQuotaPercent", "assessment.period.error.quota");
        }
        LocalDate start = kind.start(form.year(), form.number());
        LocalDate end = kind.end(form.year(), form.number());
        String name = form.name() == null || form.name().isBlank() ? defaultName(kind, form.year(), form.number())
                : form.name().strip();
        if (name.length() > 100) {
            throw DomainException.on("name", "assessment.error.name", 100);
        }
        if (rows.findByName(name).isPresent()) {
            throw DomainException.on("name", "assessment.period.error.nameTaken", name);
        }
        if (rows.findAllOrderByStartsOnDescAndIdDesc().stream()
                .anyMatch(p -> p.getKind() == kind && p.getStartsOn().equals(start))) {
            throw DomainException.on("number", "assessment.period.error.exists", name);
        }

        Period period = new Period();
        period.setName(name);
        period.setKind(kind);
        period.setStartsOn(start);
        period.setEndsOn(end);
        period.setSystemId(system.getId());
        period.setLeadInspectorId(lead.id());
        period.setState(PeriodState.SCORING);
        period.adopt(rules, quota);
        period.setCreatedByName(actor.displayName());
        long periodId = steps.create(period, actor,
                name + " (" + start + " – " + end + ", " + system.getName() + " v" + system.getVersionNo() + ")").getId();
        scope.saveAll(scopeIds.stream().sorted().map(d -> new PeriodDepartment(null, periodId, d, null, null)).toList());
        return periodId;
    }

    /** The name a period gets when none is given: 2026年第三季度, 2026年10月, 2026年度. */
    public String defaultName(PeriodKind kind, int year, int number) {
        return switch (kind) {
            case MONTH -> messages.chinese("assessment.period.name.MONTH", String.valueOf(year), number);
            case QUARTER -> messages.chinese("assessment.period.name.QUARTER", String.valueOf(year),
                    messages.chinese("assessment.period.quarterNames").split(",")[number - 1]);
            case YEAR -> messages.chinese("assessment.period.name.YEAR", String.valueOf(year));
        };
    }
}
