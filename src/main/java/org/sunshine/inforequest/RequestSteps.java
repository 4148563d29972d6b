package org.sunshine.inforequest;

import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.util.function.Consumer;

/**
 * One step of an application, the same way for every action: lock the row (two steps at once go one after the
 * other, the second judged on what the first left), check who may act (a handler only on their own organ's
 * applications), the table and the history's guards, apply the action's changes, recompute the deadlines, save and
 * record the step. Runs in the caller's transaction; nothing is written when anything is refused.
 */
@Singleton
class RequestSteps {

    private final RequestRepository requests;
    private final RequestDeadlines deadlines;
    private final History history;

    RequestSteps(RequestRepository requests, RequestDeadlines deadlines, History history) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.history = history;
    }

    /** The application, locked for the rest of the transaction. */
    InfoRequest lock(long id) {
        return requests.findByIdForUpdate(id).orElseThrow(() -> new DomainException("inforequest.error.missing"));
    }

    /** A handler acts only on their own organ's applications; inspectors on all. */
    static void checkOrgan(InfoRequest r, SignedInUser user) {
        if (user.is(Role.HANDLER) && !r.getDepartmentId().equals(user.departmentId())) {
            throw new DomainException("error.notAllowed");
        }
        if (!user.is(Role.HANDLER) && !user.is(Role.INSPECTOR) && user.id() != 0) {
            throw new DomainException("error.notAllowed");
        }
    }

    /** A step by a member of staff. */
    Step<RequestState, RequestAction> act(long id, RequestAction action, SignedInUser user, String note,
                                          Consumer<InfoRequest> change) {
        InfoRequest r = lock(id);
        checkOrgan(r, user);
        return move(r, action, By.user(user), note, change);
    }

    /** A step on an application already locked and checked (the public's, the platform's). */
    Step<RequestState, RequestAction> move(InfoRequest r, RequestAction action, By by, String note,
                                           Consumer<InfoRequest> change) {
        RequestWorkflow.TABLE.move(r.getState(), action, by.actor());
        RequestWorkflow.checkGuards(r, action);
        // the history sets the new state between the change and the save: the deadlines are those of the new state
        return history.move(RequestWorkflow.TABLE, r, action, by, note, change, x -> {
            deadlines.recompute(x);
            return requests.update(x);
        });
    }
}
