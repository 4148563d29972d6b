package org.sunshine.proactive.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.Uploads;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.proactive.ImportProblem;
import org.sunshine.proactive.ImportResult;
import org.sunshine.proactive.RecordImport;
import org.sunshine.proactive.RecordTemplate;
import org.sunshine.proactive.Records;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 批量导入: the template to download (XLSX with its 填写说明 sheet, or CSV), a filled one to upload, and the result —
 * how many records were written and how many of them are late, or, when anything is wrong, every problem by line and
 * column with nothing written. A handler imports for their department, an administrator for the one they choose.
 */
@Prototype
@RolesAllowed({Role.HANDLER_NAME, Role.ADMIN_NAME})
@Menu(title = "nav.disclosureRecordImport", order = MenuGroup.COMPLAINTS + 12, icon = "vaadin:upload")
@Route("disclosure/records/import")
public class RecordImportView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RecordImport imports;
    private final SignedInUser user;
    private final ComboBox<DepartmentRow> department;
    private final Div result = new Div();
    private final Upload upload;

    public RecordImportView(RecordImport imports, RecordTemplate template, DepartmentService departments,
                            CurrentUser currentUser) {
        this.imports = imports;
        this.user = currentUser.require();
        setMaxWidth("72em");
        List<DepartmentRow> own = departments.active().stream().filter(d -> Records.mayRecord(user, d.id())).toList();
        department = new DepartmentChoices(own).single(getTranslation("proactive.field.department"));
        department.setId("import-department");
        department.setRequiredIndicatorVisible(true);
        department.setWidth("min(24em, 100%)");
        if (own.size() == 1) {
            department.setValue(own.get(0));
            department.setReadOnly(true);
        }
        Locale locale = Messages.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        String name = getTranslation("proactive.template.fileName");
        Anchor xlsx = download("import-template-xlsx", "proactive.import.templateXlsx", name + ".xlsx", XLSX,
                () -> template.xlsx(locale));
        Anchor csv = download("import-template-csv", "proactive.import.templateCsv", name + ".csv",
                "text/csv", () -> template.csv(locale));
        HorizontalLayout templates = new HorizontalLayout(xlsx, csv);
        templates.getStyle().set("flex-wrap", "wrap");

        upload = Uploads.small(RecordImport.MAX_BYTES, this::received);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", XLSX);
        upload.setUploadButton(new Button(getTranslation("proactive.import.upload"), VaadinIcon.UPLOAD.create()));
        result.setId("import-result");
        result.setWidthFull();

        add(new Paragraph(getTranslation("proactive.import.intro", RecordImport.MAX_ROWS, RecordImport.MAX_BYTES >> 20)),
                department, new H3(getTranslation("proactive.import.step1")), templates,
                new H3(getTranslation("proactive.import.step2")), upload, result);
    }

    private Anchor download(String id, String labelKey, String fileName, String type, java.util.function.Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), "");
        anchor.setId(id);
        anchor.setDownload(true);
        Button button = new Button(getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        anchor.add(button);
        return anchor;
    }

    /** A file arrived: imported whole, or refused with its problems. */
    void received(String fileName, byte[] content) {
        result.removeAll();
        // the next file may be chosen at once (the upload takes one at a time)
        upload.clearFileList();
        if (department.getValue() == null) {
            department.setErrorMessage(getTranslation("proactive.error.department"));
            department.setInvalid(true);
            return;
        }
        department.setInvalid(false);
        try {
            show(imports.importFile(fileName, content, department.getValue().id(), user));
        } catch (DomainException e) {
            Notices.refused(this, e, Map.of("departmentId", department));
        }
    }

    private void show(ImportResult r) {
        if (r.imported()) {
            H3 done = new H3(getTranslation("proactive.import.done"));
            Paragraph counts = new Paragraph(getTranslation("proactive.import.counts", r.rows(), r.late()));
            counts.setId("import-counts");
            RouterLink all = new RouterLink(getTranslation("proactive.import.showBatch"), RecordsView.class);
            all.setQueryParameters(QueryParameters.of("batch", r.batch()));
            all.setId("import-show-batch");
            HorizontalLayout links = new HorizontalLayout(all);
            if (r.late() > 0) {
                RouterLink late = new RouterLink(getTranslation("proactive.import.showLate"), RecordsView.class);
                late.setQueryParameters(QueryParameters.simple(Map.of("batch", r.batch(), "late", "true")));
                late.setId("import-show-late");
                links.add(late);
            }
            result.add(done, counts, links);
            result.setClassName("import-done");
            return;
        }
        H3 refused = new H3(getTranslation("proactive.import.refused"));
        Paragraph summary = new Paragraph(getTranslation("proactive.import.problems", r.problemCount()));
        summary.setId("import-summary");
        Grid<Line> grid = new Grid<>();
        grid.setId("import-problems");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Line::line).setHeader(getTranslation("proactive.import.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Line::column).setHeader(getTranslation("proactive.import.column")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Line::problem).setHeader(getTranslation("proactive.import.problem")).setFlexGrow(1)
                .setTooltipGenerator(Line::problem);
        grid.setItems(r.problems().stream().map(this::line).toList());
        grid.setAllRowsVisible(r.problems().size() <= 20);
        if (r.problems().size() > 20) {
            grid.setHeight("32em");
        }
        grid.setWidthFull();
        result.add(refused, summary, grid);
        if (r.problemCount() > r.problems().size()) {
            result.add(new Span(getTranslation("proactive.import.more", r.problems().size())));
        }
        result.setClassName("import-refused");
    }

    /** A problem as the grid shows it. */
    record Line(String line, String column, String problem) {
    }

    private Line line(ImportProblem p) {
        return new Line(p.line() == null ? getTranslation("proactive.import.wholeFile") : String.valueOf(p.line()),
                p.columnKey() == null ? "" : getTranslation(p.columnKey()), getTranslation(p.messageKey(), p.args()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.disclosureRecordImport");
    }
}
