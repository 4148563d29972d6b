package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.ScoreTableReport;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.base.ui.RecordView;
import org.sunshine.report.ui.ReportLink;
import org.sunshine.base.ui.Timeline;
import org.sunshine.base.ui.Uploads;
import org.sunshine.bulletin.Bulletin;
import org.sunshine.bulletin.BulletinAction;
import org.sunshine.bulletin.BulletinDepartment;
import org.sunshine.bulletin.BulletinEvent;
import org.sunshine.bulletin.BulletinQueries;
import org.sunshine.bulletin.BulletinService;
import org.sunshine.bulletin.BulletinState;
import org.sunshine.bulletin.DepartmentRole;
import org.sunshine.bulletin.ProblemAttachment;
import org.sunshine.bulletin.ProblemForm;
import org.sunshine.bulletin.ProblemState;
import org.sunshine.bulletin.TextForm;
import org.sunshine.finding.RectificationReport;
import org.sunshine.report.ReportFormat;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One bulletin: read as printed, with its lists and problem list (edited here while a draft), the steps of its
 * workflow for the inspector and the leader, the frozen files, who has signed for it and how each problem-list item
 * is being rectified. A department sees the document, its own receipt and its own problem list, and acts on them.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Route("bulletins")
public class BulletinView extends RecordView implements HasDynamicTitle {

    private final BulletinQueries queries;
    private final BulletinService service;
    private final ScoreTableReport scoreTable;
    private final PeriodResults results;
    private final SignedInUser viewer;
    private final Clock clock;
    private String title = "";
    private String selectedTab;

    public BulletinView(BulletinQueries queries, BulletinService service, ScoreTableReport scoreTable, PeriodResults results,
                        CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.service = service;
        this.scoreTable = scoreTable;
        this.results = results;
        this.viewer = currentUser.require();
        this.clock = clock;
        addClassName("bulletin-view");
        setId("bulletin-view");
    }

    @Override
    protected void refresh() {
        removeAll();
        BulletinQueries.Detail d = queries.detail(id, viewer);
        Bulletin b = d.bulletin();
        title = b.getTitle();
        Span state = BulletinsView.stateBadge(b.getState());
        state.setId("bulletin-state");
        HorizontalLayout header = new HorizontalLayout(new Anchor("/bulletins", getTranslation("bulletin.back")),
                new Span(getTranslation("bulletin.kind." + b.getKind().name())), state);
        if (b.getDocNumber() != null) {
            Span number = new Span(b.getDocNumber());
            number.addClassName("code");
            number.setId("bulletin-number");
            header.add(number);
        }
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        add(header, new H3(b.getTitle()));
        if (b.getState() == BulletinState.REVOKED) {
            Paragraph revoked = new Paragraph(getTranslation("bulletin.revokedLine", b.getRevokedByName(),
                    Dates.time(this, b.getRevokedAt(), clock.getZone()), b.getRevokeReason()));
            revoked.addClassName("calendar-warning");
            revoked.setId("bulletin-revoked");
            add(revoked);
        }
        add(facts(d), actions(d), downloads(d));
        if (d.editable() && !d.blockers().isEmpty()) {
            Div box = new Div(new Paragraph(getTranslation("bulletin.blockers")));
            box.addClassName("check-failed");
            box.setId("bulletin-blockers");
            UnorderedList list = new UnorderedList();
            d.blockers().forEach(k -> list.add(new ListItem(getTranslation(k))));
            box.add(list);
            add(box);
        }

        TabSheet tabs = new TabSheet();
        tabs.setId("bulletin-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("bulletin.tab.document"), new BulletinPaper(d.document())).setId("tab-document");
        boolean staff = !viewer.is(Role.HANDLER);
        if (staff) {
            tabs.add(getTranslation("bulletin.tab.lists"), lists(d)).setId("tab-lists");
        }
        if (b.issued()) {
            tabs.add(getTranslation("bulletin.tab.receipts"), receipts(d)).setId("tab-receipts");
        }
        if (!d.problems().isEmpty() && (b.issued() || staff)) {
            tabs.add(getTranslation("bulletin.tab.rectification"), rectification(d)).setId("tab-rectification");
        }
        if (staff) {
            tabs.add(getTranslation("bulletin.tab.history"), history(d)).setId("tab-history");
        }
        if (selectedTab != null) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (selectedTab.equals(tabs.getTabAt(i).getId().orElse(""))) {
                    tabs.setSelectedIndex(i);
                }
            }
        }
        tabs.addSelectedChangeListener(e -> selectedTab = e.getSelectedTab() == null ? null : e.getSelectedTab().getId().orElse(null));
        add(tabs);
    }

    private DetailParts.Facts facts(BulletinQueries.Detail d) {
        Bulletin b = d.bulletin();
        DetailParts.Facts facts = new DetailParts.Facts()
                .fact("bulletin.period", d.period().getName() + " " + getTranslation("assessment.revision.no", b.getRevisionNo()))
                .fact("bulletin.rules", b.getSelectionRules())
                .fact("bulletin.public", getTranslation(b.isPublicRelease() ? "bulletin.public.yes" : "bulletin.public.no"))
                .fact("bulletin.draftedBy", b.getDraftedByName())
                .fact("bulletin.signedBy", b.getSignedByName() == null ? null
                        : b.getSignedByName() + " · " + Dates.time(this, b.getSignedAt(), clock.getZone()))
                .fact("bulletin.issuedBy", b.getIssuedByName() == null ? null
                        : b.getIssuedByName() + " · " + Dates.time(this, b.getIssuedAt(), clock.getZone()))
                .fact("bulletin.sha256", b.getPdfSha256());
        facts.setId("bulletin-facts");
        return facts;
    }

    private HorizontalLayout actions(BulletinQueries.Detail d) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("bulletin-actions");
        actions.getStyle().set("flex-wrap", "wrap");
        Bulletin b = d.bulletin();
        if (d.editable()) {
            Button edit = new Button(getTranslation("bulletin.editText"), VaadinIcon.EDIT.create(), e -> textDialog(b).open());
            edit.setId("bulletin-edit");
            actions.add(edit);
        }
        for (BulletinAction action : List.of(BulletinAction.SUBMIT, BulletinAction.SEND_BACK, BulletinAction.SIGN,
                BulletinAction.ISSUE, BulletinAction.REVOKE)) {
            if (d.actions().contains(action)) {
                Button button = new Button(getTranslation("bulletin.action." + action.name()),
                        e -> stepDialog(action, b.getVersion()).open());
                button.setId("bulletin-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                button.addThemeVariants(action == BulletinAction.SEND_BACK || action == BulletinAction.REVOKE
                        ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
                button.setEnabled(action != BulletinAction.SUBMIT || d.blockers().isEmpty());
                actions.add(button);
            }
        }
        if (d.ownReceipt() != null && d.ownReceipt().signedAt() == null && b.getState() == BulletinState.ISSUED) {
            Button sign = new Button(getTranslation("bulletin.signFor"), VaadinIcon.CHECK_SQUARE_O.create(), e -> {
                ActionDialog dialog = new ActionDialog("dialog-sign-for", getTranslation("bulletin.signFor"),
                        getTranslation("bulletin.signFor.help"));
                dialog.confirm(getTranslation("bulletin.signFor"), "bulletin.signedFor", () -> service.signFor(id, viewer),
                        this::refresh).open();
            });
            sign.setId("bulletin-sign-for");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(sign);
        }
        return actions;
    }

    private HorizontalLayout downloads(BulletinQueries.Detail d) {
        Bulletin b = d.bulletin();
        HorizontalLayout downloads = new HorizontalLayout();
        downloads.setId("bulletin-downloads");
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
        downloads.add(file("pdf", b.issued() ? "bulletin.download.pdf" : "bulletin.download.preview", VaadinIcon.FILE_TEXT_O));
        downloads.add(file("docx", "bulletin.download.docx", VaadinIcon.FILE_O));
        if (!viewer.is(Role.HANDLER)) {
            ResultTable table = results.locked(d.period(), b.getRevisionNo());
            downloads.add(ReportLink.of(ReportFormat.XLSX, "bulletin-score-table",
                    locale -> scoreTable.render(table, ReportFormat.XLSX, locale),
                    locale -> scoreTable.fileName(table, ReportFormat.XLSX, locale)));
        }
        return downloads;
    }

    private Anchor file(String format, String labelKey, VaadinIcon icon) {
        Anchor link = DetailParts.download(getTranslation(labelKey), () -> queries.file(id, format, viewer));
        link.setId("bulletin-" + format);
        link.removeAll();
        Button button = new Button(getTranslation(labelKey), icon.create());
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }

    /** A workflow step on the bulletin as this page loaded it ({@code version}): refused if it has changed since. */
    private ActionDialog stepDialog(BulletinAction action, int version) {
        String name = action.name().toLowerCase(Locale.ROOT).replace('_', '-');
        ActionDialog dialog = new ActionDialog("dialog-" + name, getTranslation("bulletin.action." + action.name()),
                getTranslation("bulletin.step." + action.name() + ".help"));
        String label = getTranslation("bulletin.action." + action.name());
        String done = "bulletin.done." + action.name();
        switch (action) {
            case SUBMIT -> {
                TextArea note = dialog.field("note", text("bulletin.step.note", 500));
                dialog.confirm(label, done, () -> service.submit(id, version, note.getValue(), viewer), this::refresh);
            }
            case SEND_BACK -> {
                TextArea comments = dialog.field("comments", text("bulletin.step.comments", 2000));
                dialog.confirm(label, done, () -> service.sendBack(id, version, comments.getValue(), viewer), this::refresh);
            }
            case SIGN -> {
                TextArea note = dialog.field("note", text("bulletin.step.note", 500));
                dialog.confirm(label, done, () -> service.sign(id, version, note.getValue(), viewer), this::refresh);
            }
            case ISSUE -> dialog.confirm(label, done, () -> service.issue(id, viewer), this::refresh);
            case REVOKE -> {
                TextArea reason = dialog.field("reason", text("bulletin.step.reason", 500));
                dialog.confirm(label, done, () -> service.revoke(id, reason.getValue(), viewer), this::refresh);
            }
            default -> throw new IllegalStateException("No dialog for " + action);
        }
        return dialog;
    }

    private ActionDialog textDialog(Bulletin b) {
        ActionDialog dialog = new ActionDialog("dialog-text", getTranslation("bulletin.editText"), getTranslation("bulletin.editText.help"));
        dialog.setWidth("min(960px, 96vw)");
        TextField titleField = dialog.field("title", new TextField(getTranslation("bulletin.title")));
        titleField.setValue(b.getTitle());
        titleField.setWidthFull();
        titleField.setMaxLength(200);
        titleField.setId("text-title");
        TextField addressees = dialog.field("addressees", new TextField(getTranslation("bulletin.addressees")));
        addressees.setValue(b.getAddressees());
        addressees.setWidthFull();
        addressees.setId("text-addressees");
        TextArea body = dialog.field("body", new TextArea(getTranslation("bulletin.body")));
        body.setValue(b.getBody());
        body.setWidthFull();
        body.setMinHeight("24em");
        body.setId("text-body");
        body.setHelperText(getTranslation("bulletin.body.help"));
        TextField copyTo = dialog.field("copyTo", new TextField(getTranslation("bulletin.copyTo")));
        copyTo.setValue(b.getCopyTo());
        copyTo.setWidthFull();
        copyTo.setId("text-copy-to");
        Checkbox publicRelease = new Checkbox(getTranslation("bulletin.publicRelease"), b.isPublicRelease());
        publicRelease.setId("text-public");
        dialog.addContent(publicRelease);
        return dialog.confirm(getTranslation("common.save"), "common.saved", () -> service.saveText(id, b.getVersion(), new TextForm(
                titleField.getValue(), addressees.getValue(), body.getValue(), copyTo.getValue(), publicRelease.getValue()),
                viewer), this::refresh);
    }

    private Component lists(BulletinQueries.Detail d) {
        Div box = new Div();
        box.setId("bulletin-lists");
        boolean edit = d.editable();
        for (DepartmentRole role : DepartmentRole.values()) {
            List<BulletinDepartment> rows = d.listed().stream().filter(x -> x.role() == role).toList();
            boolean kindHasIt = role == DepartmentRole.COMMENDED ? d.bulletin().getKind().commends() : d.bulletin().getKind().criticizes();
            if (!kindHasIt) {
                continue;
            }
            box.add(new H4(getTranslation("bulletin.role." + role.name()) + " " + getTranslation("bulletin.list.count", rows.size())));
            Grid<BulletinDepartment> grid = new Grid<>();
            grid.setId("list-" + role.name().toLowerCase(Locale.ROOT));
            grid.addColumn(x -> d.departmentNames().get(x.departmentId())).setHeader(getTranslation("assessment.department")).setFlexGrow(2);
            grid.addColumn(x -> x.rankNo() == null ? "" : x.rankNo()).setHeader(getTranslation("assessment.rank")).setAutoWidth(true);
            grid.addColumn(x -> x.total() == null ? "" : x.total().stripTrailingZeros().toPlainString())
                    .setHeader(getTranslation("assessment.total")).setAutoWidth(true);
            grid.addColumn(x -> x.grade() == null ? "" : getTranslation("assessment.grade." + x.grade().name()))
                    .setHeader(getTranslation("assessment.grade")).setAutoWidth(true);
            grid.addColumn(BulletinDepartment::reason).setHeader(getTranslation("bulletin.reason")).setFlexGrow(2);
            if (edit) {
                grid.addComponentColumn(x -> small("bulletin.remove", () -> service.removeDepartment(id, x.departmentId(), role, viewer)))
                        .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
            }
            grid.setItems(rows);
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            box.add(grid);
            if (edit) {
                Button add = new Button(getTranslation("bulletin.addDepartment"), VaadinIcon.PLUS.create(), e -> addDialog(d, role).open());
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add.setId("add-" + role.name().toLowerCase(Locale.ROOT));
                box.add(add);
            }
        }
        if (d.bulletin().getKind().criticizes()) {
            box.add(new H4(getTranslation("bulletin.problems")));
            Grid<BulletinQueries.Problem> grid = new Grid<>();
            grid.setId("problem-list");
            grid.addColumn(BulletinQueries.Problem::departmentName).setHeader(getTranslation("bulletin.paper.responsible")).setAutoWidth(true);
            grid.addColumn(p -> getTranslation("bulletin.problem.source." + p.problem().getSource().name()))
                    .setHeader(getTranslation("bulletin.problem.source")).setAutoWidth(true);
            grid.addColumn(p -> p.problem().getText()).setHeader(getTranslation("bulletin.paper.problem")).setFlexGrow(4);
            grid.addColumn(p -> getTranslation("bulletin.text.days", p.problem().getRectifyDays()))
                    .setHeader(getTranslation("bulletin.rectifyDays")).setAutoWidth(true);
            if (edit) {
                grid.addComponentColumn(p -> {
                    HorizontalLayout cell = new HorizontalLayout();
                    cell.setSpacing(false);
                    cell.add(small("common.edit", () -> problemDialog(d, p).open()),
                            small("bulletin.remove", () -> service.deleteProblem(id, p.problem().getId(), viewer)));
                    return cell;
                }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
            }
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setItems(d.problems());
            grid.setAllRowsVisible(true);
            box.add(grid);
            if (edit) {
                Button add = new Button(getTranslation("bulletin.addProblem"), VaadinIcon.PLUS.create(), e -> problemDialog(d, null).open());
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add.setId("add-problem");
                box.add(add);
            }
        }
        return box;
    }

    private Button small(String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                action.run();
                refresh();
            } catch (org.sunshine.base.DomainException ex) {
                org.sunshine.base.ui.Notices.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private ActionDialog addDialog(BulletinQueries.Detail d, DepartmentRole role) {
        ActionDialog dialog = new ActionDialog("dialog-add-department", getTranslation("bulletin.addDepartment"),
                getTranslation("bulletin.addDepartment.help"));
        ResultTable table = results.locked(d.period(), d.bulletin().getRevisionNo());
        ComboBox<ResultTable.Row> department = dialog.field("departmentId", new ComboBox<>(getTranslation("assessment.department")));
        department.setItems(table.rows());
        department.setItemLabelGenerator(r -> getTranslation("bulletin.addDepartment.item", r.departmentName(), r.rank(),
                r.score().total()));
        department.setWidthFull();
        department.setId("add-department");
        TextField reason = dialog.field("reason", new TextField(getTranslation("bulletin.reason")));
        reason.setWidthFull();
        reason.setMaxLength(200);
        reason.setId("add-reason");
        return dialog.confirm(getTranslation("bulletin.addDepartment"), "common.saved", () -> service.addDepartment(id,
                department.getValue() == null ? null : department.getValue().departmentId(), role, reason.getValue(), viewer),
                this::refresh);
    }

    private ActionDialog problemDialog(BulletinQueries.Detail d, BulletinQueries.Problem existing) {
        ActionDialog dialog = new ActionDialog("dialog-problem", getTranslation(existing == null ? "bulletin.addProblem" : "bulletin.editProblem"), "");
        List<BulletinDepartment> criticized = d.listed().stream().filter(x -> x.role() == DepartmentRole.CRITICIZED).toList();
        ComboBox<Long> department = dialog.field("departmentId", new ComboBox<>(getTranslation("bulletin.paper.responsible")));
        department.setItems(criticized.stream().map(BulletinDepartment::departmentId).toList());
        department.setItemLabelGenerator(x -> d.departmentNames().getOrDefault(x, ""));
        department.setWidthFull();
        department.setId("problem-department");
        TextArea text = dialog.field("text", new TextArea(getTranslation("bulletin.paper.problem")));
        text.setWidthFull();
        text.setMaxLength(500);
        text.setId("problem-text");
        IntegerField days = dialog.field("rectifyDays", new IntegerField(getTranslation("bulletin.rectifyDays")));
        days.setMin(1);
        days.setMax(60);
        days.setStepButtonsVisible(true);
        days.setId("problem-days");
        if (existing != null) {
            department.setValue(existing.problem().getDepartmentId());
            text.setValue(existing.problem().getText());
            days.setValue(existing.problem().getRectifyDays());
        } else {
            days.setValue(15);
            if (criticized.size() == 1) {
                department.setValue(criticized.get(0).departmentId());
            }
        }
        return dialog.confirm(getTranslation("common.save"), "common.saved", () -> service.saveProblem(id, new ProblemForm(
                existing == null ? null : existing.problem().getId(), department.getValue(), text.getValue(), days.getValue()),
                viewer), this::refresh);
    }

    private Component receipts(BulletinQueries.Detail d) {
        Grid<BulletinQueries.Receipt> grid = new Grid<>();
        grid.setId("bulletin-receipts");
        grid.addColumn(BulletinQueries.Receipt::departmentName).setHeader(getTranslation("assessment.department")).setFlexGrow(2);
        grid.addComponentColumn(r -> r.signedAt() != null ? receiptBadge(r) : DueBadge.of(r.due(), r.warning(), r.calendarFallback()))
                .setHeader(getTranslation("bulletin.receipt")).setAutoWidth(true);
        grid.addColumn(r -> r.signedAt() == null ? "" : r.signedByName() + " · " + Dates.time(this, r.signedAt(), clock.getZone()))
                .setHeader(getTranslation("bulletin.receipt.signedBy")).setAutoWidth(true);
        grid.setItems(d.receipts());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        Div box = new Div();
        long signed = d.receipts().stream().filter(r -> r.signedAt() != null).count();
        long overdue = d.receipts().stream().filter(r -> r.signedAt() == null
                && r.warning() == org.sunshine.calendar.Warning.RED).count();
        Paragraph summary = new Paragraph(getTranslation("bulletin.receipts.summary", signed, d.receipts().size(), overdue));
        summary.setId("bulletin-receipts-summary");
        box.add(summary, grid);
        return box;
    }

    private Span receiptBadge(BulletinQueries.Receipt r) {
        Span badge = new Span(getTranslation(r.late() ? "bulletin.receipt.late" : "bulletin.receipt.signed"));
        badge.getElement().getThemeList().add(r.late() ? "badge contrast" : "badge success");
        return badge;
    }

    private Component rectification(BulletinQueries.Detail d) {
        Div box = new Div();
        box.setId("bulletin-rectification");
        boolean running = d.bulletin().getState() == BulletinState.ISSUED;
        for (BulletinQueries.Problem p : d.problems()) {
            Div item = new Div();
            item.addClassName("reply-box");
            item.setId("problem-" + p.problem().getId());
            Span state = new Span(getTranslation("bulletin.problem.state." + p.problem().getState().name()));
            state.getElement().getThemeList().add(p.problem().getState() == ProblemState.ACCEPTED ? "badge success"
                    : p.problem().getState() == ProblemState.RETURNED ? "badge error" : "badge");
            HorizontalLayout top = new HorizontalLayout(new Span(p.departmentName()), state,
                    DueBadge.of(p.problem().getRectifyDue(), p.warning(), p.calendarFallback()));
            top.setAlignItems(FlexComponent.Alignment.CENTER);
            item.add(top, new Paragraph(p.problem().getText()));
            for (int i = 0; i < p.reports().size(); i++) {
                item.add(report(i + 1, p.reports().get(i)));
            }
            if (running && viewer.is(Role.HANDLER) && p.problem().getState().rectifying()) {
                item.add(problemButton("bulletin.report", "report-" + p.problem().getId(), () -> reportDialog(p).open()));
            }
            if (running && viewer.is(Role.INSPECTOR) && p.problem().getState() == ProblemState.REPORTED) {
                item.add(new HorizontalLayout(
                        problemButton("bulletin.accept", "accept-" + p.problem().getId(), () -> verdictDialog(p, true).open()),
                        problemButton("bulletin.return", "return-" + p.problem().getId(), () -> verdictDialog(p, false).open())));
            }
            box.add(item);
        }
        return box;
    }

    private Div report(int number, BulletinQueries.Report r) {
        Div box = DetailParts.box(getTranslation("finding.report.title", number), r.report().text(), null);
        Span timing = new Span(getTranslation(r.report().onTime() ? "finding.report.onTime" : "finding.report.late"));
        timing.getElement().getThemeList().add(r.report().onTime() ? "badge success" : "badge error");
        box.add(new Paragraph(new Span(getTranslation("finding.report.by", r.report().submittedByName(),
                Dates.time(this, r.report().submittedAt(), clock.getZone()))), new Span(" "), timing));
        for (ProblemAttachment.Info file : r.files()) {
            box.add(DetailParts.download(DetailParts.fileLabel(file.fileName(), file.sizeBytes()),
                    () -> queries.attachment(id, file.id(), viewer)));
        }
        if (r.report().verdict() != null) {
            Paragraph verdict = new Paragraph(getTranslation("finding.verdict.line",
                    getTranslation("finding.verdict." + r.report().verdict().name()), r.report().verdictByName(),
                    Dates.time(this, r.report().verdictAt(), clock.getZone()))
                    + (r.report().verdictNote() == null || r.report().verdictNote().isBlank() ? "" : " — " + r.report().verdictNote()));
            verdict.addClassName(r.report().verdict() == RectificationReport.Verdict.ACCEPTED ? "verdict-accepted" : "verdict-returned");
            box.add(verdict);
        }
        return box;
    }

    private Button problemButton(String labelKey, String buttonId, Runnable open) {
        Button button = new Button(getTranslation(labelKey), e -> open.run());
        button.setId(buttonId);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private ActionDialog reportDialog(BulletinQueries.Problem p) {
        ActionDialog dialog = new ActionDialog("dialog-report", getTranslation("bulletin.report"),
                getTranslation("bulletin.report.help", Dates.dateWithWeekday(this, p.problem().getRectifyDue())));
        TextArea text = dialog.field("report", text("bulletin.report.text", 5000));
        text.setMinHeight("10em");
        List<Attachments.Upload> files = Collections.synchronizedList(new ArrayList<>());
        dialog.addContent(Uploads.attachments("report-files", files));
        return dialog.confirm(getTranslation("bulletin.report"), "bulletin.reported",
                () -> service.report(p.problem().getId(), text.getValue(), List.copyOf(files), viewer), this::refresh);
    }

    private ActionDialog verdictDialog(BulletinQueries.Problem p, boolean accept) {
        String key = accept ? "bulletin.accept" : "bulletin.return";
        ActionDialog dialog = new ActionDialog("dialog-verdict", getTranslation(key), getTranslation(key + ".help"));
        TextArea note = dialog.field(accept ? "note" : "reason", text(accept ? "bulletin.step.note" : "bulletin.step.reason", 500));
        return dialog.confirm(getTranslation(key), accept ? "bulletin.accepted" : "bulletin.returned", () -> {
            if (accept) {
                service.accept(p.problem().getId(), note.getValue(), viewer);
            } else {
                service.returnReport(p.problem().getId(), note.getValue(), viewer);
            }
        }, this::refresh);
    }

    private Component history(BulletinQueries.Detail d) {
        Timeline timeline = new Timeline("bulletin-history", clock.getZone());
        for (BulletinEvent e : d.events()) {
            timeline.step(e.occurredAt(), getTranslation("bulletin.history.line", e.actorName(),
                    getTranslation("bulletin.action." + e.action().name()), getTranslation("bulletin.state." + e.toState().name())),
                    e.note(), e.toState() == BulletinState.ISSUED ? "done" : "");
        }
        return timeline;
    }

    private TextArea text(String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMaxLength(max);
        area.setId("bulletin-step-text");
        return area;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
