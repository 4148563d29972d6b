package org.sunshine.bulletin;

import org.junit.jupiter.api.Test;
import org.sunshine.security.Role;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin state machine as a table: what it allows leads where it says, and every other combination of
 * 5 states × 6 actions × 5 roles is refused — an inspector never signs, a leader never issues, a department never
 * takes a step at all, and nothing leaves 已撤销.
 */
class BulletinWorkflowTest {

    /** state, action, role → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            DRAFT     SUBMIT    INSPECTOR IN_REVIEW
            IN_REVIEW SEND_BACK LEADER    DRAFT
            IN_REVIEW SIGN      LEADER    SIGNED
            SIGNED    ISSUE     INSPECTOR ISSUED
            ISSUED    REVOKE    LEADER    REVOKED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        Map<String, BulletinState> table = new HashMap<>();
        for (String line : ALLOWED.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            table.put(cells[0] + " " + cells[1] + " " + cells[2], BulletinState.valueOf(cells[3]));
        }
        int allowed = 0;
        int refused = 0;
        for (BulletinState state : BulletinState.values()) {
            for (BulletinAction action : BulletinAction.values()) {
                for (Role role : Role.values()) {
                    String key = state + " " + action + " " + role;
                    var next = BulletinWorkflow.next(state, action, role);
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
        assertThat(allowed).isEqualTo(5);
        assertThat(refused).isEqualTo(5 * 6 * 5 - 5);
    }

    @Test
    void onlyAnInspectorEditsAndOnlyADraft() {
        for (BulletinState state : BulletinState.values()) {
            for (Role role : Role.values()) {
                assertThat(BulletinWorkflow.editable(state, role)).as(state + " " + role)
                        .isEqualTo(state == BulletinState.DRAFT && role == Role.INSPECTOR);
            }
        }
        assertThat(BulletinWorkflow.available(BulletinState.IN_REVIEW, Role.LEADER))
                .containsExactlyInAnyOrder(BulletinAction.SIGN, BulletinAction.SEND_BACK);
        assertThat(BulletinWorkflow.available(BulletinState.REVOKED, Role.LEADER)).isEmpty();
    }
}
