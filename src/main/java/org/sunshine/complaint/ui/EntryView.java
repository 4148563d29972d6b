package org.sunshine.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.complaint.Channel;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.ReceiptReport;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

/**
 * 代录诉求: an inspector enters a complaint received by phone or by letter; the channel is recorded, and the
 * receipt's codes are read out to the caller or mailed back.
 */
@Prototype
@RolesAllowed(Role.INSPECTOR_NAME)
@Menu(title = "nav.complaintEntry", order = MenuGroup.COMPLAINTS + 2, icon = "vaadin:phone")
@Route("complaints/new")
public class EntryView extends Div implements HasDynamicTitle {

    public EntryView(ComplaintIntake intake, ReceiptReport receipts, KeyAreaService areas, DepartmentService departments,
                     CurrentUser currentUser, ClientAddresses addresses) {
        SignedInUser inspector = currentUser.require();
        addClassName("entry-view");
        RadioButtonGroup<Channel> channel = new RadioButtonGroup<>(getTranslation("complaint.channel"));
        channel.setItems(Channel.PHONE, Channel.LETTER);
        channel.setItemLabelGenerator(c -> getTranslation("complaint.channel." + c.name()));
        channel.setValue(Channel.PHONE);
        channel.setId("entry-channel");
        ComplaintForm form = new ComplaintForm(areas.list(false), departments.active());
        Button save = new Button(getTranslation("complaint.entry.save"), e -> form.read().ifPresent(submission -> {
            try {
                Receipt receipt = intake.submit(submission, new ComplaintIntake.Origin(channel.getValue(),
                        addresses.current(), null, inspector));
                removeAll();
                add(new ReceiptPanel(receipt, receipts));
            } catch (DomainException ex) {
                form.show(ex);
            }
        }));
        save.setId("complaint-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(new Paragraph(getTranslation("complaint.entry.intro")), channel, form, save);
        card.addClassName("form-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.complaintEntry");
    }
}
