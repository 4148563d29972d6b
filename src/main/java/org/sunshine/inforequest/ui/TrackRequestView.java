package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.base.ui.RecoveredCodes;
import org.sunshine.inforequest.PublicRequest;
import org.sunshine.inforequest.RequestDocuments;
import org.sunshine.inforequest.RequestPublicView;
import org.sunshine.inforequest.RequestTracking;

import java.util.Optional;

/**
 * 申请查询: with the application number and the query code (limited wrong tries per address), the applicant reads
 * where the application stands in plain language — the organ, what was asked, every event of the reply clock with the
 * due date after it, how the current due date was computed, the documents sent — sends the 补正 when asked, or
 * withdraws an open application (at the foot of the page). The timeline comes before the details. The codes stay on
 * the server; only the number may come in the address.
 */
@Prototype
@AnonymousAllowed
@Route(value = "disclosure/track", layout = PublicLayout.class)
public class TrackRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestPublicView view;
    private final RequestTracking tracking;
    private final RequestDocuments documents;
    private final ClientAddresses addresses;
    private final BusinessClock clock;
    private final TextField number = new TextField();
    private final TextField code = new TextField();
    private final Div result = new Div();
    private String requestNo;
    private String queryCode;

    public TrackRequestView(RequestPublicView view, RequestTracking tracking, RequestDocuments documents,
                            ClientAddresses addresses, BusinessClock clock) {
        this.view = view;
        this.tracking = tracking;
        this.documents = documents;
        this.addresses = addresses;
        this.clock = clock;
        addClassNames("track-view", "track-request-view");
        number.setLabel(getTranslation("apply.requestNo"));
        number.setId("track-request-no");
        number.setMaxLength(24);
        number.setPlaceholder("YS20260212-123456");
        code.setLabel(getTranslation("apply.queryCode"));
        code.setId("track-request-code");
        code.setMaxLength(12);
        Button find = new Button(getTranslation("track.find"), e -> find());
        find.setId("track-request-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(number, code, find);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        Anchor recover = new Anchor(RecoveredCodes.ROUTE, getTranslation("recovery.link"));
        recover.setId("track-request-recover");
        Div card = new Div(new H2(getTranslation("trackRequest.title")),
                new Paragraph(getTranslation("trackRequest.intro")), form, new Paragraph(recover));
        card.addClassName("form-card");
        result.setId("track-request-result");
        add(card, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("no").ifPresent(n -> {
            number.setValue(n);
            // opened from 找回查询码's list: the code issued there in this session
            RecoveredCodes.of(RecoveredCodes.APPLICATION, n).ifPresent(q -> {
                code.setValue(q);
                find();
            });
        });
    }

    private void find() {
        requestNo = number.getValue();
        queryCode = code.getValue();
        refresh();
    }

    /** Opens the application again with the codes given (the limit per address counts each try). */
    void refresh() {
        result.removeAll();
        Optional<Long> id;
        try {
            id = view.open(requestNo, queryCode, addresses.current());
        } catch (DomainException e) {
            Paragraph limited = new Paragraph(getTranslation(e.messageKey(), e.args()));
            limited.setId("track-request-limited");
            limited.addClassName("calendar-warning");
            result.add(limited);
            return;
        }
        if (id.isEmpty()) {
            Paragraph notFound = new Paragraph(getTranslation("trackRequest.notFound"));
            notFound.setId("track-request-not-found");
            notFound.addClassName("calendar-warning");
            result.add(notFound);
            return;
        }
        PublicRequest request = view.view(id.get());
        TrackRequestPanel panel = new TrackRequestPanel(request, documents, clock.zone());
        TrackActions actions = new TrackActions(request, this::correct, this::withdraw);
        // where it stands and what happened first; the details after the 补正 asked for; withdrawing last
        result.add(panel.summary(), panel.timeline(), actions.correction(), panel.documents(), panel.details(),
                actions.withdrawal());
    }

    private void correct(TrackActions.Correction c) {
        act(() -> tracking.correct(requestNo, queryCode, c.description(), c.docNumber(), c.files()),
                "trackRequest.corrected", c.form());
    }

    private void withdraw(String reason) {
        act(() -> tracking.withdraw(requestNo, queryCode, reason), "trackRequest.withdrawn", null);
    }

    private void act(Runnable action, String doneKey, TrackActions.Fields fields) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey));
        } catch (DomainException e) {
            if (fields != null && fields.show(e)) {
                return;
            }
            Notices.error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trackRequest.title");
    }
}
