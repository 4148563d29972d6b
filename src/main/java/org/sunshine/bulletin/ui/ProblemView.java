package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.bulletin.BulletinPage;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;

import java.util.Map;

/**
 * Where an item of a problem list is cited (a repeat mark: 通报问题 WT-2026-0012): the address of the item, which
 * opens its bulletin on the 整改情况 tab at the item. An item the viewer may not see is not found.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Route("bulletins/problems")
public class ProblemView extends Div implements HasUrlParameter<Long> {

    private final BulletinPage page;
    private final CurrentUser currentUser;

    ProblemView(BulletinPage page, CurrentUser currentUser) {
        this.page = page;
        this.currentUser = currentUser;
    }

    /** The address of an item. */
    public static String address(long problemId) {
        return "/bulletins/problems/" + problemId;
    }

    @Override
    public void setParameter(BeforeEvent event, Long problemId) {
        page.bulletinOfProblem(problemId == null ? -1 : problemId, currentUser.require()).ifPresentOrElse(
                bulletinId -> event.forwardTo("bulletins/" + bulletinId, QueryParameters.simple(
                        Map.of(BulletinView.PROBLEM, String.valueOf(problemId)))),
                () -> event.rerouteToError(NotFoundException.class));
    }
}
