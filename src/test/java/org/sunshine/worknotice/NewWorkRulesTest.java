package org.sunshine.worknotice;

import org.junit.jupiter.api.Test;
import org.sunshine.annualreport.ReportWorkflow;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.finding.FindingWorkflow;
import org.sunshine.inforequest.RequestWorkflow;
import org.sunshine.rectification.RectificationWorkflow;
import org.sunshine.security.Role;
import org.sunshine.security.StaffMember;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.StepTaken;
import org.sunshine.workflow.Workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The new-work rules as a table: who is told of which step, and nobody of any other. */
class NewWorkRulesTest {

    /**
     * machine, action, the actor who takes it (* any) → audience, template. Every other step tells no one.
     */
    private static final String TABLE = """
            complaint    SUBMIT             *          INSPECTORS       work.complaintToAccept
            complaint    ASSIGN             *          HANDLERS         work.complaintAssigned
            complaint    REOPEN             *          HANDLERS         work.complaintReopened
            complaint    REQUEST_RETURN     *          INSPECTORS       work.returnRequested
            complaint    REQUEST_EXTENSION  *          INSPECTORS       work.extensionRequested
            finding      FILE               *          INSPECTORS       work.findingFiled
            finding      CONFIRM            *          HANDLERS         work.findingConfirmed
            inforequest  FILE               *          HANDLERS         work.applicationFiled
            inforequest  CORRECT            PUBLIC     HANDLERS         work.applicationCorrected
            inforequest  REQUEST_EXTENSION  *          DISCLOSURE_HEAD  work.applicationExtension
            annualreport SUBMIT             *          INSPECTORS       work.annualReportSubmitted
            """;

    @Test
    void eachStepTellsWhomTheTableSaysAndNoOtherStepTellsAnyone() {
        Map<String, String> expected = new HashMap<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] c = line.strip().split("\\s+");
            expected.put(c[0] + " " + c[1] + " " + c[2], c[3] + " " + c[4]);
        }
        int told = 0;
        for (Workflow<?, ?> machine : List.of(ComplaintWorkflow.TABLE, FindingWorkflow.TABLE, RequestWorkflow.TABLE,
                ReportWorkflow.TABLE, RectificationWorkflow.TABLE)) {
            for (Enum<?> action : machine.actions().getEnumConstants()) {
                for (Actor actor : Actor.values()) {
                    String key = machine.name() + " " + action.name() + " " + actor;
                    String any = machine.name() + " " + action.name() + " *";
                    Optional<NewWorkRules.Rule> rule = NewWorkRules.of(step(machine.name(), action.name(), actor, 7L, 1L));
                    assertThat(rule.map(r -> r.to() + " " + r.template())).as(key)
                            .isEqualTo(Optional.ofNullable(expected.getOrDefault(key, expected.get(any))));
                    told += rule.isPresent() ? 1 : 0;
                }
            }
        }
        // every line of the table is some machine's step: 10 for any actor, 1 for the public only
        assertThat(told).isEqualTo(10 * Actor.values().length + 1);
    }

    /** who is in the audience, for a step by user 1 left with department 7 */
    @Test
    void theAudienceIsTheRoleOrTheDepartmentAndNeverWhoeverTookTheStep() {
        StaffMember inspector1 = member(1, Role.INSPECTOR, null, false);
        StaffMember inspector2 = member(2, Role.INSPECTOR, null, false);
        StaffMember handler7 = member(3, Role.HANDLER, 7L, false);
        StaffMember head7 = member(4, Role.HANDLER, 7L, true);
        StaffMember handler8 = member(5, Role.HANDLER, 8L, false);
        StaffMember leader = member(6, Role.LEADER, null, false);
        List<StaffMember> everyone = List.of(inspector1, inspector2, handler7, head7, handler8, leader);
        StepTaken byInspector1 = step("complaint", "ASSIGN", Actor.INSPECTOR, 7L, 1L);
        StepTaken byHandler7 = step("inforequest", "REQUEST_EXTENSION", Actor.HANDLER, 7L, 3L);
        StepTaken byHead7 = step("inforequest", "REQUEST_EXTENSION", Actor.HANDLER, 7L, 4L);
        StepTaken byThePublic = step("complaint", "SUBMIT", Actor.PUBLIC, null, null);

        assertThat(NewWork.audience(NewWorkRules.Audience.INSPECTORS, byInspector1, everyone)).containsExactly(inspector2);
        assertThat(NewWork.audience(NewWorkRules.Audience.INSPECTORS, byThePublic, everyone))
                .containsExactly(inspector1, inspector2);
        assertThat(NewWork.audience(NewWorkRules.Audience.HANDLERS, byInspector1, everyone)).containsExactly(handler7, head7);
        assertThat(NewWork.audience(NewWorkRules.Audience.HANDLERS, byThePublic, everyone)).isEmpty();
        assertThat(NewWork.audience(NewWorkRules.Audience.DISCLOSURE_HEAD, byHandler7, everyone)).containsExactly(head7);
        // the head asks themself: nobody else is to approve it
        assertThat(NewWork.audience(NewWorkRules.Audience.DISCLOSURE_HEAD, byHead7, everyone)).isEmpty();
        // no head marked: the department's other handlers
        assertThat(NewWork.audience(NewWorkRules.Audience.DISCLOSURE_HEAD, byHandler7,
                List.of(inspector1, handler7, member(9, Role.HANDLER, 7L, false)))).extracting(StaffMember::userId)
                .containsExactly(9L);
    }

    private static StepTaken step(String machine, String action, Actor actor, Long departmentId, Long actorId) {
        return new StepTaken(100, machine, 42, action, null, "X", actor, actorId, departmentId);
    }

    private static StaffMember member(long id, Role role, Long departmentId, boolean head) {
        return new StaffMember(id, "u" + id, "User " + id, role, departmentId, head, "u" + id + "@example.gov.cn", null,
                true, true);
    }
}
