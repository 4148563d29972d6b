package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A period's page for inspectors and leaders: its facts and rules, each department's progress and answer, the
 * revisions of its locked results, what still stops its lead inspector, and its history.
 */
@Singleton
public class PeriodDetails {

    private final Periods periods;
    private final PeriodProgress progress;
    private final PeriodResults results;
    private final PeriodChecks checks;
    private final IndicatorSystemRepository systems;
    private final History history;
    private final DirectoryNames names;

    PeriodDetails(Periods periods, PeriodProgress progress, PeriodResults results, PeriodChecks checks,
                  IndicatorSystemRepository systems, History history, DirectoryNames names) {
        this.periods = periods;
        this.progress = progress;
        this.results = results;
        this.checks = checks;
        this.systems = systems;
        this.history = history;
        this.names = names;
    }

    /** A revision of the locked results, with the names of what a correction changed. */
    public record Revision(ResultRevision revision, @Nullable String departmentName, @Nullable String indicatorName) {
    }

    /**
     * A period's page.
     *
     * @param lead        the viewer is the lead inspector
     * @param departments by name
     */
    public record Detail(Period period, IndicatorSystem system, String leadName, boolean lead,
                         List<DepartmentProgress> departments, List<Revision> revisions, List<Blocker> publishBlockers,
                         List<Blocker> lockBlockers, List<Step<PeriodState, PeriodAction>> history) {

        /** The departments' objections, the first filed first. */
        public List<Objection> objections() {
            return departments.stream().map(DepartmentProgress::objection).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(Objection::filedAt)).toList();
        }
    }

    @Transactional(readOnly = true)
    public Detail detail(long periodId, SignedInUser viewer) {
        if (!PeriodQueries.staff(viewer)) {
            throw new DomainException("error.notAllowed");
        }
        Period period = periods.load(periodId);
        List<DepartmentProgress> departments = progress.of(periodId).stream()
                .sorted(Comparator.comparing(DepartmentProgress::departmentName)).toList();
        Map<Long, String> indicatorNames = new HashMap<>();
        results.tree(period).categories().forEach(b -> b.indicators().forEach(i -> indicatorNames.put(i.id(), i.name())));
        DirectoryNames.Names directory = names.read();
        List<Revision> revisions = results.revisions(periodId).stream()
                .map(r -> new Revision(r, directory.department(r.departmentId()),
                        r.indicatorId() == null ? null : indicatorNames.get(r.indicatorId())))
                .toList();
        boolean lead = viewer.is(Role.INSPECTOR) && period.isLead(viewer.id());
        List<Blocker> publish = lead && period.getState() == PeriodState.SCORING ? checks.publishBlockers(periodId) : List.of();
        List<Blocker> lock = lead && period.getState() == PeriodState.PUBLISHED ? checks.lockBlockers(periodId) : List.of();
        return new Detail(period, systems.findById(period.getSystemId()).orElseThrow(),
                periods.userName(period.getLeadInspectorId()), lead, departments, revisions, publish, lock,
                history.of(PeriodWorkflow.TABLE, periodId));
    }
}
