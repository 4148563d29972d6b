package org.sunshine.annualreport.ui;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.annualreport.ReportRow;
import org.sunshine.annualreport.ReportState;
import org.sunshine.annualreport.ReportWorkflow;
import org.sunshine.calendar.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * What the annual reports' list shows of a year, as its filters and the workbench's queues choose it: a state (or
 * 未报送: not opened, a draft, returned, never published) and a mark. The list and the queues' counts use this one
 * rule, so that a count is the rows its list shows.
 *
 * @param state   a {@link ReportState} name, {@link #UNSUBMITTED}, or {@code null} for any
 * @param warning the office's mark, or {@code null} for any
 */
record ReportListFilter(@Nullable String state, @Nullable Warning warning) {

    static final String UNSUBMITTED = "unsubmitted";
    static final ReportListFilter ALL = new ReportListFilter(null, null);

    /** The states one may choose: 未报送, then each state. */
    static List<String> states() {
        List<String> states = new ArrayList<>(List.of(UNSUBMITTED));
        for (ReportState s : ReportState.values()) {
            states.add(s.name());
        }
        return states;
    }

    boolean matches(ReportRow row) {
        return (warning == null || row.warning() == warning) && (state == null || switch (state) {
            case UNSUBMITTED -> row.edition() == 0 && (row.state() == null || ReportWorkflow.EDITABLE.contains(row.state()));
            default -> row.state() != null && row.state().name().equals(state);
        });
    }

    List<ReportRow> of(List<ReportRow> rows) {
        return rows.stream().filter(this::matches).toList();
    }
}
