package org.sunshine.annualreport;

import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import java.util.EnumSet;
import java.util.Set;

import static org.sunshine.annualreport.ReportState.APPROVED;
import static org.sunshine.annualreport.ReportState.DRAFT;
import static org.sunshine.annualreport.ReportState.PUBLISHED;
import static org.sunshine.annualreport.ReportState.RETURNED;
import static org.sunshine.annualreport.ReportState.SUBMITTED;

/**
 * The annual report's state machine (docs/annual-report.md): the organ's handler writes and submits it (table 三 must
 * balance, checked beside the table in {@link ReportSteps}); the inspector — the government office — approves it or
 * returns it with a reason, and may still return an approved one before it is published; the organ's handler
 * publishes it once approved, or the office for it; a published report is corrected by reopening it as a draft with
 * the reason, by the organ or at the office's request, and goes round again: its next publication is the next
 * edition, the earlier ones stay.
 */
public final class ReportWorkflow {

    /** The organ may edit the text sections. */
    public static final Set<ReportState> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    public static final Workflow<ReportState, ReportAction> TABLE = Workflow
            .named("annualreport", ReportState.class, ReportAction.class)
            .step(EDITABLE, ReportAction.SUBMIT, Actor.HANDLER, SUBMITTED)
            .step(EnumSet.of(SUBMITTED, APPROVED), ReportAction.RETURN, Actor.INSPECTOR, RETURNED)
            .step(SUBMITTED, ReportAction.APPROVE, Actor.INSPECTOR, APPROVED)
            .step(APPROVED, ReportAction.PUBLISH, Actor.HANDLER, PUBLISHED)
            .step(APPROVED, ReportAction.PUBLISH, Actor.INSPECTOR, PUBLISHED)
            .step(PUBLISHED, ReportAction.CORRECT, Actor.HANDLER, DRAFT)
            .step(PUBLISHED, ReportAction.CORRECT, Actor.INSPECTOR, DRAFT)
            .build();

    private ReportWorkflow() {
    }
}
