package org.sunshine.finding;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finding state machine as a table: what it allows leads where it says, and every other combination of
 * 6 states × 7 actions × 4 actors is refused — a department never confirms its own finding, a supervisor never
 * closes one.
 */
class FindingWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            SUBMITTED  CONFIRM INSPECTOR RECTIFYING
            SUBMITTED  DISMISS INSPECTOR DISMISSED
            RECTIFYING REPORT  HANDLER   REPORTED
            RETURNED   REPORT  HANDLER   REPORTED
            REPORTED   RETURN  INSPECTOR RETURNED
            REPORTED   ACCEPT  INSPECTOR CLOSED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        Map<String, FindingState> table = new HashMap<>();
        for (String line : ALLOWED.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            table.put(cells[0] + " " + cells[1] + " " + cells[2], FindingState.valueOf(cells[3]));
        }
        int allowed = 0;
        int refused = 0;
        for (FindingState state : FindingState.values()) {
            for (FindingAction action : FindingAction.values()) {
                for (FindingActor actor : FindingActor.values()) {
                    String key = state + " " + action + " " + actor;
                    var next = FindingWorkflow.next(state, action, actor);
                    if (table.containsKey(key)) {
                        assertThat(next).as(key).contains(table.get(key));
                        allowed++;
                    } else {
                        assertThat(next).as(key + " must be refused").isEmpty();
                        refused++;
                    }
                }
            }
        }
        assertThat(allowed).isEqualTo(6);
        assertThat(refused).isEqualTo(6 * 7 * 4 - 6);
    }

    @Test
    void theButtonsShownAreTheActionsAllowed() {
        assertThat(FindingWorkflow.available(FindingState.SUBMITTED, FindingActor.INSPECTOR))
                .containsExactlyInAnyOrder(FindingAction.CONFIRM, FindingAction.DISMISS);
        assertThat(FindingWorkflow.available(FindingState.RETURNED, FindingActor.HANDLER)).containsExactly(FindingAction.REPORT);
        assertThat(FindingWorkflow.available(FindingState.REPORTED, FindingActor.HANDLER)).isEmpty();
        assertThat(FindingWorkflow.available(FindingState.CLOSED, FindingActor.INSPECTOR)).isEmpty();
        assertThat(FindingWorkflow.available(FindingState.SUBMITTED, FindingActor.SUPERVISOR)).isEmpty();
    }
}
