package org.sunshine.inforequest;

import org.sunshine.base.DomainException;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.Workflow;

import java.util.EnumSet;
import java.util.Set;

import static org.sunshine.inforequest.RequestState.CORRECTION_REQUESTED;
import static org.sunshine.inforequest.RequestState.EXTENSION_REQUESTED;
import static org.sunshine.inforequest.RequestState.FEE_REQUESTED;
import static org.sunshine.inforequest.RequestState.REGISTERED;
import static org.sunshine.inforequest.RequestState.REPLIED;
import static org.sunshine.inforequest.RequestState.SUBMITTED;
import static org.sunshine.inforequest.RequestState.TERMINATED;
import static org.sunshine.inforequest.RequestState.WITHDRAWN;

/**
 * The application's state machine (DISCLOSURE.md §1). The organ's handler registers, asks for 补正, consults, asks for
 * an extension, asks for a fee and replies; the disclosure-office head (a handler with that flag) decides the
 * extension; the applicant corrects and may withdraw; the platform ends an application whose correction or payment
 * did not come in time; the inspector reminds and reviews. Guards that depend on the history (one 补正, within 7
 * working days; one extension; only the head decides) are checked beside the table, in {@link RequestHandling}.
 */
public final class RequestWorkflow {

    static final Set<RequestState> OPEN = EnumSet.of(SUBMITTED, REGISTERED, CORRECTION_REQUESTED, EXTENSION_REQUESTED,
            FEE_REQUESTED);
    static final Set<RequestState> ON_CLOCK = EnumSet.of(REGISTERED, EXTENSION_REQUESTED);
    static final Set<RequestState> ENDED = EnumSet.of(REPLIED, TERMINATED);

    public static final Workflow<RequestState, RequestAction> TABLE = Workflow
            .named("inforequest", RequestState.class, RequestAction.class)
            .publicLabel("inforequest.actor.PUBLIC")
            .step(SUBMITTED, RequestAction.REGISTER, Actor.HANDLER, REGISTERED)
            .step(REGISTERED, RequestAction.REQUEST_CORRECTION, Actor.HANDLER, CORRECTION_REQUESTED)
            .step(CORRECTION_REQUESTED, RequestAction.CORRECT, Actor.PUBLIC, REGISTERED)
            .step(CORRECTION_REQUESTED, RequestAction.CORRECT, Actor.HANDLER, REGISTERED)
            .step(EnumSet.of(CORRECTION_REQUESTED, FEE_REQUESTED), RequestAction.TERMINATE, Actor.SYSTEM, TERMINATED)
            .stay(ON_CLOCK, RequestAction.CONSULT, Actor.HANDLER)
            .stay(ON_CLOCK, RequestAction.CONSULTATION_ANSWERED, Actor.HANDLER)
            .step(REGISTERED, RequestAction.REQUEST_EXTENSION, Actor.HANDLER, EXTENSION_REQUESTED)
            .step(EXTENSION_REQUESTED, RequestAction.APPROVE_EXTENSION, Actor.HANDLER, REGISTERED)
            .step(EXTENSION_REQUESTED, RequestAction.REFUSE_EXTENSION, Actor.HANDLER, REGISTERED)
            .step(REGISTERED, RequestAction.REQUEST_FEE, Actor.HANDLER, FEE_REQUESTED)
            .step(FEE_REQUESTED, RequestAction.RECORD_PAYMENT, Actor.HANDLER, REGISTERED)
            .step(REGISTERED, RequestAction.REPLY, Actor.HANDLER, REPLIED)
            .step(OPEN, RequestAction.WITHDRAW, Actor.PUBLIC, WITHDRAWN)
            .stay(EnumSet.of(SUBMITTED, REGISTERED, EXTENSION_REQUESTED), RequestAction.REMIND, Actor.INSPECTOR)
            .stay(ENDED, RequestAction.REVIEW, Actor.INSPECTOR)
            .stay(EnumSet.of(REPLIED), RequestAction.RECORD_REMEDY, Actor.INSPECTOR)
            .stay(EnumSet.of(REPLIED), RequestAction.RECORD_REMEDY, Actor.HANDLER)
            .build();

    private RequestWorkflow() {
    }

    /** Whether the application's history forbids the action whatever the table says. */
    static boolean guarded(RequestAction action, InfoRequest request) {
        return action == RequestAction.REQUEST_CORRECTION && request.isCorrectionUsed()
                || action == RequestAction.REQUEST_EXTENSION && request.extensionUsed();
    }

    /** Refuses, saying why, an action the application's history forbids whatever its state. */
    static void checkGuards(InfoRequest request, RequestAction action) {
        if (guarded(action, request)) {
            throw new DomainException(action == RequestAction.REQUEST_CORRECTION ? "inforequest.error.correctionOnce"
                    : "inforequest.error.extensionOnce");
        }
    }

    /** The actions an actor may take on an application now, for showing only the buttons that work. */
    public static Set<RequestAction> available(InfoRequest request, Actor actor) {
        Set<RequestAction> actions = TABLE.available(request.getState(), actor);
        actions.removeIf(action -> guarded(action, request));
        return actions;
    }
}
