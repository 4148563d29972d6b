package org.sunshine.finding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.Uploads;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.LinkedRecord;
import org.sunshine.finding.NewFinding;
import org.sunshine.finding.Severity;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * 提出监督意见 / 督查发现: a supervisor (within their scope) or an inspector files a problem found in a department's
 * disclosure, with evidence — a web address, screenshots or documents, or one of the department's disclosure records
 * (picked by title or 文号 once the department is chosen). The finding goes to the inspectors to confirm.
 */
@Prototype
@RolesAllowed({Role.SUPERVISOR_NAME, Role.INSPECTOR_NAME})
@Menu(title = "nav.newFinding", order = MenuGroup.SUPERVISION + 3, icon = "vaadin:plus-circle-o")
@Route("findings/new")
public class NewFindingView extends Div implements HasDynamicTitle {

    public NewFindingView(FindingService findings, FindingQueries queries, DepartmentService departments,
                          KeyAreaService areas, ResponsibilityService responsibilities, LinkedRecord.Search records,
                          CurrentUser currentUser) {
        SignedInUser filer = currentUser.require();
        addClassName("form-card");
        setId("new-finding");
        Map<String, HasValidation> fields = new HashMap<>();
        add(new Paragraph(getTranslation(filer.is(Role.SUPERVISOR) ? "finding.new.intro.supervisor" : "finding.new.intro.inspector")));

        ComboBox<DepartmentRow> department = new DepartmentChoices(departments.active()).single(getTranslation("finding.department"));
        department.setId("finding-department");
        department.setRequiredIndicatorVisible(true);
        fields.put("departmentId", department);
        RadioButtonGroup<IssueType> issue = new RadioButtonGroup<>(getTranslation("finding.issueType"));
        issue.setItems(IssueType.values());
        issue.setItemLabelGenerator(t -> getTranslation("finding.issue." + t.name()));
        issue.setId("finding-issue");
        issue.setRequiredIndicatorVisible(true);
        fields.put("issueType", issue);
        ComboBox<KeyAreaRow> area = new ComboBox<>(getTranslation("finding.keyArea"), areas.list(false));
        area.setItemLabelGenerator(KeyAreaRow::name);
        area.setClearButtonVisible(true);
        area.setId("finding-area");
        fields.put("keyAreaId", area);
        List<ResponsibilityRow> allItems = responsibilities.list(false);
        ComboBox<ResponsibilityRow> item = new ComboBox<>(getTranslation("finding.item"), allItems);
        item.setItemLabelGenerator(r -> r.seqNo() + ". " + r.title());
        item.setClearButtonVisible(true);
        item.setHelperText(getTranslation("finding.item.help"));
        item.setId("finding-item");
        fields.put("responsibilityItemId", item);
        ComboBox<LinkedRecord.Choice> record = new ComboBox<>(getTranslation("finding.record.pick"));
        record.setItemLabelGenerator(c -> c.docNumber().isBlank()
                ? getTranslation("finding.record.choice.noNumber", c.title(), Dates.date(this, c.publishedOn()))
                : getTranslation("finding.record.choice", c.title(), c.docNumber(), Dates.date(this, c.publishedOn())));
        record.setClearButtonVisible(true);
        record.setHelperText(getTranslation("finding.record.pick.help"));
        record.setPlaceholder(getTranslation("finding.record.pick.placeholder"));
        record.setEnabled(false);
        record.setId("finding-record-pick");
        record.setItems(query -> department.getValue() == null ? Stream.empty()
                : records.search(department.getValue().id(), query.getFilter().orElse(""), query.getOffset(),
                        query.getLimit()).stream());
        fields.put("disclosureRecordId", record);
        department.addValueChangeListener(e -> {
            // a record is the chosen department's: picked again after a change
            record.clear();
            record.setEnabled(e.getValue() != null);
            record.getDataProvider().refreshAll();
            // the department's own duties first, then the rest of the table
            List<ResponsibilityRow> ordered = new ArrayList<>(allItems);
            if (e.getValue() != null) {
                long id = e.getValue().id();
                ordered.sort((a, b) -> Boolean.compare(!involves(a, id), !involves(b, id)));
            }
            item.setItems(ordered);
        });
        item.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().keyAreaId() != null && area.getValue() == null) {
                area.getListDataView().getItems().filter(a -> a.id() == e.getValue().keyAreaId()).findFirst().ifPresent(area::setValue);
            }
        });
        RadioButtonGroup<Severity> severity = new RadioButtonGroup<>(getTranslation("finding.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("finding.severity." + s.name()));
        severity.setValue(Severity.MINOR);
        severity.setId("finding-severity");
        fields.put("severity", severity);
        TextArea description = new TextArea(getTranslation("finding.description"));
        description.setMaxLength(FindingService.MAX_DESCRIPTION);
        description.setMinHeight("10em");
        description.setPlaceholder(getTranslation("finding.description.placeholder"));
        description.setId("finding-description");
        description.setRequiredIndicatorVisible(true);
        fields.put("description", description);
        TextField url = new TextField(getTranslation("finding.evidenceUrl"));
        url.setMaxLength(500);
        url.setPlaceholder("https://");
        url.setId("finding-url");
        fields.put("evidenceUrl", url);
        List<Attachments.Upload> files = Collections.synchronizedList(new ArrayList<>());
        Span filesLabel = new Span(getTranslation("finding.evidenceFiles", Attachments.MAX_FILES, Attachments.MAX_BYTES / 1024 / 1024));
        filesLabel.addClassName("field-label");
        Div evidence = new Div(filesLabel, Uploads.attachments("finding-files", files));
        Paragraph evidenceHelp = new Paragraph(getTranslation("finding.evidence.help"));
        evidenceHelp.addClassName("field-help");

        FormLayout form = new FormLayout(department, area, item, issue, severity, description, url, record, evidence,
                evidenceHelp);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(item, 2);
        form.setColspan(issue, 2);
        form.setColspan(description, 2);
        form.setColspan(url, 2);
        form.setColspan(record, 2);
        form.setColspan(evidence, 2);
        form.setColspan(evidenceHelp, 2);

        Button submit = new Button(getTranslation("finding.submit"), e -> {
            NewFinding finding = new NewFinding(department.getValue() == null ? null : department.getValue().id(),
                    issue.getValue(), area.getValue() == null ? null : area.getValue().id(),
                    item.getValue() == null ? null : item.getValue().id(), description.getValue(), url.getValue(),
                    severity.getValue(), List.copyOf(files), record.getValue() == null ? null : record.getValue().id());
            try {
                long id = findings.file(finding, filer);
                Notices.success(getTranslation("finding.filed", queries.reference(id).orElse(String.valueOf(id))));
                UI.getCurrent().navigate(FindingDetailView.class, id);
            } catch (DomainException ex) {
                Notices.refused(this, ex, fields);
            }
        });
        submit.setId("finding-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, submit);
    }

    private static boolean involves(ResponsibilityRow row, long departmentId) {
        return row.leads().stream().anyMatch(d -> d.id() == departmentId) || row.cos().stream().anyMatch(d -> d.id() == departmentId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.newFinding");
    }
}
