package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.inforequest.Organs;
import org.sunshine.inforequest.RequestChannel;
import org.sunshine.inforequest.RequestHandling;
import org.sunshine.inforequest.RequestIntake;
import org.sunshine.inforequest.RequestOrigin;
import org.sunshine.inforequest.RequestReceipt;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Map;

/**
 * 登记申请: a handler records an application their organ received in person (that day is the receipt date), by post
 * (the day they signed for it), by fax, or orally (filled in for the applicant, 代为填写). The application number and
 * query code are shown once, to hand to the applicant.
 */
@Prototype
@RolesAllowed(Role.HANDLER_NAME)
@Menu(title = "nav.infoRequestEntry", order = MenuGroup.COMPLAINTS + 6, icon = "vaadin:file-add")
@Route("disclosure/requests/new")
public class RequestEntryView extends Div implements HasDynamicTitle {

    private final RequestIntake intake;
    private final RequestHandling handling;
    private final SignedInUser handler;

    public RequestEntryView(RequestIntake intake, RequestHandling handling, Organs organs, CurrentUser currentUser) {
        this.intake = intake;
        this.handling = handling;
        this.handler = currentUser.require();
        addClassName("entry-view");
        setId("request-entry-view");
        List<Organs.Organ> own = organs.all().stream().filter(o -> handler.departmentId() != null
                && o.departmentId() == handler.departmentId()).toList();
        RadioButtonGroup<Organs.Organ> organ = new RadioButtonGroup<>(getTranslation("inforequest.field.organ"));
        organ.setItems(own);
        organ.setItemLabelGenerator(Organs.Organ::name);
        own.stream().filter(o -> !o.government()).findFirst().or(() -> own.stream().findFirst()).ifPresent(organ::setValue);
        organ.setId("entry-organ");
        RadioButtonGroup<RequestChannel> channel = new RadioButtonGroup<>(getTranslation("inforequest.staff.channel"));
        channel.setItems(RequestChannel.IN_PERSON, RequestChannel.POST, RequestChannel.FAX, RequestChannel.ORAL);
        channel.setItemLabelGenerator(c -> getTranslation("inforequest.channel." + c.name()));
        channel.setValue(RequestChannel.IN_PERSON);
        channel.setId("entry-channel");
        DatePicker signedFor = DatePickers.create(getTranslation("inforequest.field.signedForOn"));
        signedFor.setId("entry-signed-for");
        signedFor.setVisible(false);
        channel.addValueChangeListener(e -> signedFor.setVisible(e.getValue() == RequestChannel.POST));
        RequestEntryForm form = new RequestEntryForm();
        Button save = new Button(getTranslation("inforequest.staff.entry.save"));
        save.addClickListener(e -> {
            try {
                RequestReceipt receipt = intake.file(form.read(organ.getValue() == null ? null : organ.getValue().key()),
                        RequestOrigin.staff(channel.getValue(), handler,
                                channel.getValue() == RequestChannel.POST ? signedFor.getValue() : null));
                handling.issueReceipt(receipt.id());
                removeAll();
                add(receipt(receipt));
            } catch (DomainException ex) {
                form.show(ex, Map.<String, HasValidation>of("signedForOn", signedFor));
            }
        });
        save.setId("request-entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(new Paragraph(getTranslation("inforequest.staff.entry.intro")), organ, channel, signedFor,
                form, save);
        card.addClassName("form-card");
        add(card);
    }

    /** The codes, shown this once: the query code is kept only as a hash. */
    private Div receipt(RequestReceipt receipt) {
        Span number = new Span(receipt.requestNo());
        number.setId("entry-request-no");
        number.addClassName("code");
        Span code = new Span(receipt.queryCode());
        code.setId("entry-query-code");
        code.addClassName("code");
        Div box = new Div(new H3(getTranslation("inforequest.staff.entry.done")),
                new Paragraph(getTranslation("inforequest.staff.entry.handOver")),
                new Div(label("inforequest.staff.requestNo"), number),
                new Div(label("inforequest.staff.queryCode"), code),
                new DetailParts.Facts().fact("inforequest.field.organ", receipt.organ())
                        .fact("inforequest.staff.receivedOn", receipt.receivedOn() == null ? null
                                : Dates.dateWithWeekday(this, receipt.receivedOn()))
                        .fact("inforequest.staff.replyDue", receipt.replyDue() == null ? null
                                : Dates.dateWithWeekday(this, receipt.replyDue())),
                new Anchor("/disclosure/requests/" + receipt.id(), getTranslation("inforequest.staff.entry.open")));
        box.addClassName("form-card");
        box.setId("request-entry-receipt");
        return box;
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        return label;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.infoRequestEntry");
    }
}
