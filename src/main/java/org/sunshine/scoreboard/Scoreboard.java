package org.sunshine.scoreboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.ResultTable;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.statistics.StatisticsQueries;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the public sees of the assessment (docs/architecture.md, "Public scoreboard and open data"): the periods whose
 * results are locked, each one's ranking and grades as locked (the revision in force), and each department's
 * complaint figures for the period's months — the number received, and the on-time and satisfaction rates only
 * where they rest on the minimum volume. Nothing personal: departments and numbers only. The screen and the open
 * data read the same figures from here.
 */
@Singleton
public class Scoreboard {

    private final PeriodQueries periods;
    private final PeriodResults results;
    private final StatisticsQueries statistics;
    private final DepartmentService departments;

    Scoreboard(PeriodQueries periods, PeriodResults results, StatisticsQueries statistics, DepartmentService departments) {
        this.periods = periods;
        this.results = results;
        this.statistics = statistics;
        this.departments = departments;
    }

    /** A period with locked results. */
    @Serdeable
    public record PublicPeriod(long id, String name, String kind, java.time.LocalDate startsOn, java.time.LocalDate endsOn,
                               int revision) {
    }

    /** A department's place in a locked ranking. */
    @Serdeable
    public record Place(int rank, String department, String departmentCode, double total, String grade, boolean vetoed) {
    }

    /** A department's complaints in a period; a rate is {@code null} below the minimum volume. */
    @Serdeable
    public record Figures(String department, String departmentCode, int received, int due, @Nullable Double onTimeRate,
                          int rated, @Nullable Double satisfactionRate) {
    }

    @Transactional(readOnly = true)
    public List<PublicPeriod> periods() {
        return periods.locked().stream()
                .sorted(java.util.Comparator.comparing(Period::getStartsOn).reversed().thenComparing(Period::getId, java.util.Comparator.reverseOrder()))
                .map(p -> new PublicPeriod(p.getId(), p.getName(), p.getKind().name(), p.getStartsOn(), p.getEndsOn(), p.getRevision()))
                .toList();
    }

    /** The locked period, or a refusal: the public never sees a period being scored. */
    @Transactional(readOnly = true)
    public Period period(long id) {
        return periods.find(id).filter(p -> p.getState() == PeriodState.LOCKED)
                .orElseThrow(() -> new DomainException("scoreboard.error.period"));
    }

    /** The locked ranking; a department's code as in the directory, also when it has been deactivated since. */
    @Transactional(readOnly = true)
    public List<Place> ranking(long periodId) {
        ResultTable table = results.current(period(periodId));
        Map<Long, String> codes = departments.all().stream()
                .collect(Collectors.toMap(DepartmentRow::id, DepartmentRow::code));
        return table.rows().stream().map(r -> new Place(r.rank(), r.departmentName(), codes.getOrDefault(r.departmentId(), ""),
                r.score().total(), r.grade().name(), r.score().vetoed())).toList();
    }

    /** The complaint figures of the period's months, their rates by the period's own rules (minimum volume, 基本满意). */
    @Transactional(readOnly = true)
    public List<Figures> figures(long periodId) {
        Period p = period(periodId);
        return statistics.byDepartment(new StatisticsQueries.Filter(p.getStartsOn(), p.getEndsOn(), null, null), p.rules())
                .stream()
                .map(d -> new Figures(d.departmentName(), d.departmentCode(), d.received(), d.due(), round(d.onTimeRate()),
                        d.rated(), round(d.satisfactionRate())))
                .toList();
    }

    /** A rate as a share with four decimals (0.9375), so that open data and screen agree to the last digit shown. */
    @Nullable
    static Double round(@Nullable Double rate) {
        return rate == null ? null : Math.round(rate * 10_000) / 10_000.0;
    }
}
