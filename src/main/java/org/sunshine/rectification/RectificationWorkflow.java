package org.sunshine.rectification;

import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import java.util.EnumSet;

import static org.sunshine.rectification.RectificationState.ACCEPTED;
import static org.sunshine.rectification.RectificationState.CANCELLED;
import static org.sunshine.rectification.RectificationState.REPORTED;
import static org.sunshine.rectification.RectificationState.RECTIFYING;
import static org.sunshine.rectification.RectificationState.RETURNED;

/**
 * The rectification state machine: the department's handler reports; the inspector accepts the report or returns
 * it, as often as needed; the platform closes it along with the rectification it was copied from, cancels it when
 * what asked for it is withdrawn, and moves its deadline with the calendar. Opening is the first step of its history.
 */
public final class RectificationWorkflow {

    public static final Workflow<RectificationState, RectificationAction> TABLE = Workflow
            .named("rectification", RectificationState.class, RectificationAction.class)
            .step(EnumSet.of(RECTIFYING, RETURNED), RectificationAction.REPORT, Actor.HANDLER, REPORTED)
            .step(REPORTED, RectificationAction.RETURN, Actor.INSPECTOR, RETURNED)
            .step(REPORTED, RectificationAction.ACCEPT, Actor.INSPECTOR, ACCEPTED)
            .step(EnumSet.of(RECTIFYING, RETURNED, REPORTED), RectificationAction.ACCEPT_ALONG, Actor.SYSTEM, ACCEPTED)
            .step(EnumSet.of(RECTIFYING, RETURNED, REPORTED), RectificationAction.CANCEL, Actor.SYSTEM, CANCELLED)
            .stay(EnumSet.of(RECTIFYING, RETURNED, REPORTED), RectificationAction.DEADLINE_CHANGED, Actor.SYSTEM)
            .build();

    private RectificationWorkflow() {
    }
}
