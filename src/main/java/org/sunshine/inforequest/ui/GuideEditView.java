package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.Notices;
import org.sunshine.inforequest.Guides;
import org.sunshine.inforequest.Organs;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 编辑公开指南: a handler edits their organ's 政府信息公开指南 and the abbreviation of its documents' numbers; a handler
 * of the government office also the city government's. Saved only if nobody saved it since it was opened.
 */
@Prototype
@RolesAllowed(Role.HANDLER_NAME)
@Menu(title = "nav.disclosureGuide", order = MenuGroup.COMPLAINTS + 9, icon = "vaadin:info-circle-o")
@Route("disclosure/guide/edit")
public class GuideEditView extends VerticalLayout implements HasDynamicTitle {

    private final Guides guides;
    private final ClientAddresses addresses;
    private final SignedInUser user;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final TextField abbreviation = field("abbreviation", "guide-abbreviation", 10);
    private final TextField officeName = field("officeName", "guide-office-name", 100);
    private final TextField address = field("address", "guide-address", 200);
    private final TextField postalCode = field("postalCode", "guide-postal-code", 6);
    private final TextField officeHours = field("officeHours", "guide-office-hours", 200);
    private final TextField phone = field("phone", "guide-phone", 30);
    private final TextField fax = field("fax", "guide-fax", 30);
    private final TextField email = field("email", "guide-email", 100);
    private final TextArea howToApply = area("howToApply", "guide-how-to-apply");
    private final TextArea notes = area("notes", "guide-notes-field");
    private final ComboBox<Organs.Organ> organ;
    private final Anchor view = new Anchor();
    private int version;

    public GuideEditView(Guides guides, ClientAddresses addresses, CurrentUser currentUser) {
        this.guides = guides;
        this.addresses = addresses;
        this.user = currentUser.require();
        List<Organs.Organ> editable = guides.editable(user);
        organ = new ComboBox<>(getTranslation("inforequest.field.organ"), editable);
        organ.setItemLabelGenerator(Organs.Organ::name);
        organ.setId("guide-edit-organ");
        organ.setVisible(editable.size() > 1);
        organ.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(guides.guide(e.getValue().key()));
            }
        });
        abbreviation.setHelperText(getTranslation("guide.abbreviation.help"));
        howToApply.setHelperText(getTranslation("guide.howToApply.help"));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        form.add(abbreviation, officeName, address, postalCode, officeHours, phone, fax, email);
        form.setColspan(address, 2);
        form.add(howToApply, 2);
        form.add(notes, 2);
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("guide-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        view.setId("guide-edit-view-link");
        add(new H2(getTranslation("guide.edit.title")), new Paragraph(getTranslation("guide.edit.intro")), organ,
                form, save, view);
        if (editable.isEmpty()) {
            removeAll();
            add(new H2(getTranslation("guide.edit.title")), new Paragraph(getTranslation("guide.edit.none")));
        } else {
            organ.setValue(editable.get(0));
        }
    }

    private TextField field(String name, String id, int max) {
        TextField f = new TextField(getTranslation("inforequest.guide." + name));
        f.setId(id);
        f.setMaxLength(max);
        fields.put(name, f);
        return f;
    }

    private TextArea area(String name, String id) {
        TextArea f = new TextArea(getTranslation("inforequest.guide." + name));
        f.setId(id);
        f.setMaxLength(4000);
        f.setMinHeight("8em");
        f.setWidthFull();
        fields.put(name, f);
        return f;
    }

    private void load(Guides.Guide g) {
        fields.values().forEach(f -> f.setInvalid(false));
        abbreviation.setValue(g.abbreviation());
        officeName.setValue(g.officeName());
        address.setValue(g.address());
        postalCode.setValue(g.postalCode());
        officeHours.setValue(g.officeHours());
        phone.setValue(g.phone());
        fax.setValue(g.fax());
        email.setValue(g.email());
        howToApply.setValue(g.howToApply() == null ? "" : g.howToApply());
        notes.setValue(g.notes() == null ? "" : g.notes());
        version = g.version();
        view.setHref("/disclosure/guide?organ=" + g.organKey());
        view.setText(getTranslation("guide.edit.viewPublic", g.organName()));
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        Organs.Organ chosen = organ.getValue();
        if (chosen == null) {
            return;
        }
        try {
            load(guides.save(chosen.key(), new Guides.GuideForm(abbreviation.getValue(), officeName.getValue(),
                    address.getValue(), postalCode.getValue(), officeHours.getValue(), phone.getValue(),
                    fax.getValue(), email.getValue(), howToApply.getValue(), notes.getValue(), version), user,
                    addresses.current()));
            Notices.success(getTranslation("guide.edit.saved"));
        } catch (DomainException e) {
            Notices.refused(this, e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.edit.title");
    }
}
