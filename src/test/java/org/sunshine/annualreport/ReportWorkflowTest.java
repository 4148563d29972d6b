package org.sunshine.annualreport;

import org.junit.jupiter.api.Test;
import org.sunshine.calendar.Warning;
import org.sunshine.testing.TransitionTable;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's state machine as a table (5 states × 6 actions × 7 actors; OPEN is the creation, recorded
 * outside the table), and the office's deadline marks on given days.
 */
class ReportWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            DRAFT     SUBMIT  HANDLER   SUBMITTED
            RETURNED  SUBMIT  HANDLER   SUBMITTED
            SUBMITTED RETURN  INSPECTOR RETURNED
            APPROVED  RETURN  INSPECTOR RETURNED
            SUBMITTED APPROVE INSPECTOR APPROVED
            APPROVED  PUBLISH HANDLER   PUBLISHED
            APPROVED  PUBLISH INSPECTOR PUBLISHED
            PUBLISHED CORRECT HANDLER   DRAFT
            PUBLISHED CORRECT INSPECTOR DRAFT
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, ReportWorkflow.TABLE);
    }

    private final ReportDeadlines deadlines = new ReportDeadlines(new ReportSettings(15));

    private Warning mark(boolean government, ReportState state, boolean published, String day) {
        return deadlines.mark(2025, government, state, published, LocalDate.parse(day));
    }

    @Test
    void departmentsAreDueOn31JanuaryAndTheGovernmentOn31March() {
        assertThat(ReportDeadlines.due(2025, false)).isEqualTo(LocalDate.parse("2026-01-31"));
        assertThat(ReportDeadlines.due(2025, true)).isEqualTo(LocalDate.parse("2026-03-31"));
    }

    /** day, department or government, state (none: not opened), published before → mark. */
    @Test
    void theMarksStartOn1JanuaryYellowNearTheDueDateUnsubmittedRedPastItUnpublished() {
        assertThat(mark(false, null, false, "2025-12-31")).as("the year is not over").isEqualTo(Warning.NONE);
        assertThat(mark(false, null, false, "2026-01-01")).as("16 days before: not yet").isEqualTo(Warning.NONE);
        assertThat(mark(false, null, false, "2026-01-16")).as("15 days before").isEqualTo(Warning.YELLOW);
        assertThat(mark(false, ReportState.DRAFT, false, "2026-01-20")).isEqualTo(Warning.YELLOW);
        assertThat(mark(false, ReportState.RETURNED, false, "2026-01-31")).as("on the due date").isEqualTo(Warning.YELLOW);
        assertThat(mark(false, ReportState.SUBMITTED, false, "2026-01-20")).as("submitted in time").isEqualTo(Warning.NONE);
        assertThat(mark(false, ReportState.APPROVED, false, "2026-01-31")).isEqualTo(Warning.NONE);
        assertThat(mark(false, ReportState.APPROVED, false, "2026-02-01")).as("approved, not published").isEqualTo(Warning.RED);
        assertThat(mark(false, null, false, "2026-02-01")).isEqualTo(Warning.RED);
        assertThat(mark(false, ReportState.PUBLISHED, true, "2026-02-01")).isEqualTo(Warning.NONE);
        assertThat(mark(false, ReportState.DRAFT, true, "2026-06-01")).as("being corrected: it was published")
                .isEqualTo(Warning.NONE);
        assertThat(mark(true, ReportState.DRAFT, false, "2026-02-01")).as("the government: due 31 March")
                .isEqualTo(Warning.NONE);
        assertThat(mark(true, ReportState.DRAFT, false, "2026-03-16")).isEqualTo(Warning.YELLOW);
        assertThat(mark(true, ReportState.SUBMITTED, false, "2026-04-01")).isEqualTo(Warning.RED);
    }
}
