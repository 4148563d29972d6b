package org.sunshine.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A period's results, best first: computed from the sheets and the data while the period is open, or read from a
 * locked revision.
 *
 * @param revisionNo the locked revision shown, 0 for results computed now
 */
public record ResultTable(Period period, SystemTree tree, int revisionNo, List<Row> rows) {

    public ResultTable {
        rows = List.copyOf(rows);
    }

    /** One department's place. */
    public record Row(long departmentId, String departmentName, DepartmentScore score, int rank, Grade grade) {
    }

    public boolean locked() {
        return revisionNo > 0;
    }

    /** Something still stops the results from being published or locked: a score missing or a spread unresolved. */
    public boolean open() {
        return rows.stream().anyMatch(r -> r.score().open());
    }

    public Optional<Row> row(long departmentId) {
        return rows.stream().filter(r -> r.departmentId() == departmentId).findFirst();
    }
}
