package org.sunshine.worknotice;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.annualreport.ReportAction;
import org.sunshine.annualreport.ReportWorkflow;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.finding.FindingAction;
import org.sunshine.finding.FindingWorkflow;
import org.sunshine.inforequest.RequestAction;
import org.sunshine.inforequest.RequestWorkflow;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.StepTaken;
import org.sunshine.workflow.Workflow;

import java.util.List;
import java.util.Optional;

/**
 * Which steps bring someone new work, and whom they tell: one line per step. Whoever took the step is never told of
 * it. A step not listed tells no one.
 */
final class NewWorkRules {

    /** Who is told. */
    enum Audience {
        /** every inspector (督查人员): they accept, route and decide */
        INSPECTORS,
        /** the handlers (部门经办人) of the department the step leaves the record with */
        HANDLERS,
        /** the head of that department's disclosure office, who approves its extensions (its handlers if none is marked) */
        DISCLOSURE_HEAD
    }

    /**
     * A step that brings work.
     *
     * @param by       only when taken by this kind of actor (null: by anyone)
     * @param template the notice's texts, {@code notify.<template>.*}
     */
    record Rule(String machine, String action, @Nullable Actor by, Audience to, String template) {
    }

    static final List<Rule> RULES = List.of(
            // a complaint waits for 受理
            rule(ComplaintWorkflow.TABLE, ComplaintAction.SUBMIT, null, Audience.INSPECTORS, "work.complaintToAccept"),
            // routed to a department, or sent back to it by a dissatisfied complainant
            rule(ComplaintWorkflow.TABLE, ComplaintAction.ASSIGN, null, Audience.HANDLERS, "work.complaintAssigned"),
            rule(ComplaintWorkflow.TABLE, ComplaintAction.REOPEN, null, Audience.HANDLERS, "work.complaintReopened"),
            // a department asks to return it or for more time
            rule(ComplaintWorkflow.TABLE, ComplaintAction.REQUEST_RETURN, null, Audience.INSPECTORS, "work.returnRequested"),
            rule(ComplaintWorkflow.TABLE, ComplaintAction.REQUEST_EXTENSION, null, Audience.INSPECTORS, "work.extensionRequested"),
            // a finding is filed (an inspector confirms it), then confirmed against a department (which rectifies)
            rule(FindingWorkflow.TABLE, FindingAction.FILE, null, Audience.INSPECTORS, "work.findingFiled"),
            rule(FindingWorkflow.TABLE, FindingAction.CONFIRM, null, Audience.HANDLERS, "work.findingConfirmed"),
            // an application arrives (online, from a partner, or entered by a colleague), or comes back corrected
            rule(RequestWorkflow.TABLE, RequestAction.FILE, null, Audience.HANDLERS, "work.applicationFiled"),
            rule(RequestWorkflow.TABLE, RequestAction.CORRECT, Actor.PUBLIC, Audience.HANDLERS, "work.applicationCorrected"),
            rule(RequestWorkflow.TABLE, RequestAction.REQUEST_EXTENSION, null, Audience.DISCLOSURE_HEAD,
                    "work.applicationExtension"),
            // an organ submits its annual report for approval
            rule(ReportWorkflow.TABLE, ReportAction.SUBMIT, null, Audience.INSPECTORS, "work.annualReportSubmitted"));

    private NewWorkRules() {
    }

    /** The rule a step falls under, if any. */
    static Optional<Rule> of(StepTaken step) {
        return RULES.stream()
                .filter(r -> r.machine().equals(step.machine()) && r.action().equals(step.action())
                        && (r.by() == null || r.by() == step.actor()))
                .findFirst();
    }

    private static Rule rule(Workflow<?, ?> machine, Enum<?> action, @Nullable Actor by, Audience to, String template) {
        return new Rule(machine.name(), action.name(), by, to, template);
    }
}
