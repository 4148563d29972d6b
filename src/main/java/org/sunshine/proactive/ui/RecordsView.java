package org.sunshine.proactive.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.ListCell;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.SearchField;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.proactive.LinkState;
import org.sunshine.proactive.RecordCategory;
import org.sunshine.proactive.RecordFilter;
import org.sunshine.proactive.RecordQueries;
import org.sunshine.proactive.RecordRow;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.List;

/**
 * 公开记录: what the departments published, newest first, with each record's deadline and, for a late one, a red
 * 逾期公开 chip with the working days it was late. A handler sees their own department's; inspectors, leaders and
 * administrators every department's, with a department filter. The address may carry {@code ?late=true} and
 * {@code ?batch=<import batch>} (an import's result links to its records).
 */
@Prototype
@RolesAllowed({Role.HANDLER_NAME, Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@Menu(title = "nav.disclosureRecords", order = MenuGroup.COMPLAINTS + 11, icon = "vaadin:newspaper")
@Route("disclosure/records")
public class RecordsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final RecordQueries queries;
    private final SignedInUser viewer;
    private final Grid<RecordRow> grid = new Grid<>();
    private final SearchField search = new SearchField("record-search", "proactive.list.search", this::refresh);
    private final ComboBox<DepartmentRow> department;
    private final Select<RecordCategory> category = new Select<>();
    private final ComboBox<ResponsibilityRow> item = new ComboBox<>();
    private final DatePicker from = DatePickers.create(null);
    private final DatePicker to = DatePickers.create(null);
    private final Checkbox late = new Checkbox();
    private final Select<LinkState> link = new Select<>();
    private final CallbackDataProvider<RecordRow, Void> data;
    private final Span batchNote = new Span();
    private String batch;
    private boolean ready;
    private volatile RecordFilter shown = RecordFilter.ALL;

    public RecordsView(RecordQueries queries, DepartmentService departments, ResponsibilityService items,
                       CurrentUser currentUser) {
        this.queries = queries;
        this.viewer = currentUser.require();
        setSizeFull();
        department = new DepartmentChoices(departments.active()).single(null);
        department.setPlaceholder(getTranslation("proactive.list.anyDepartment"));
        department.setId("record-department-filter");
        department.setVisible(!viewer.is(Role.HANDLER));
        category.setItems(RecordCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("proactive.list.anyCategory"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("proactive.list.anyCategory")
                : getTranslation(c.labelKey()));
        category.setId("record-category-filter");
        item.setItems(items.list(true));
        item.setItemLabelGenerator(RecordFields::itemLabel);
        item.setPlaceholder(getTranslation("proactive.list.anyItem"));
        item.setClearButtonVisible(true);
        item.setId("record-item-filter");
        from.setPlaceholder(getTranslation("proactive.list.publishedFrom"));
        from.setId("record-from");
        to.setPlaceholder(getTranslation("proactive.list.publishedTo"));
        to.setId("record-to");
        late.setLabel(getTranslation("proactive.list.lateOnly"));
        late.setId("record-late-filter");
        link.setItems(LinkState.values());
        link.setEmptySelectionAllowed(true);
        link.setEmptySelectionCaption(getTranslation("proactive.list.anyLink"));
        link.setItemLabelGenerator(s -> s == null ? getTranslation("proactive.list.anyLink")
                : getTranslation("proactive.link." + s.name()));
        link.setId("record-link-filter");
        department.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        item.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        late.addValueChangeListener(e -> refresh());
        link.addValueChangeListener(e -> refresh());

        FilterBar filters = new FilterBar(search, department, category, item, from, to, link, late);
        if (viewer.is(Role.HANDLER) || viewer.is(Role.ADMIN)) {
            Button add = new Button(getTranslation("proactive.list.add"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(RecordEditView.NEW));
            add.setId("record-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button upload = new Button(getTranslation("nav.disclosureRecordImport"), VaadinIcon.UPLOAD.create(),
                    e -> UI.getCurrent().navigate(RecordImportView.class));
            upload.setId("record-import");
            filters.add(add, upload);
        }
        batchNote.setId("record-batch-note");
        batchNote.setVisible(false);

        grid.setId("disclosure-records");
        // the whole title, linked, and under it the document number, the category and the responsibility item
        grid.addComponentColumn(r -> ListCell.of(new RouterLink(r.title(), RecordDetailView.class, r.id()), r.docNumber(),
                        getTranslation(r.category().labelKey()),
                        r.itemSeqNo() == null ? null : getTranslation("proactive.list.itemShort", r.itemSeqNo())))
                .setKey("title").setHeader(getTranslation("proactive.field.title")).setWidth("11rem").setFlexGrow(1);
        if (!viewer.is(Role.HANDLER)) {
            grid.addColumn(RecordRow::departmentName).setHeader(getTranslation("proactive.field.department"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        // dates as 2026-03-05 in the list: the figures read alike in both languages
        grid.addColumn(r -> r.formedOn().toString()).setHeader(getTranslation("proactive.list.formedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.publishedOn().toString()).setHeader(getTranslation("proactive.field.publishedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::due).setKey("due").setHeader(getTranslation("proactive.list.due"))
                .setWidth(Badge.width(List.of(DueBadge.of(DeadlineKind.PUBLISH, LocalDate.now(), Warning.NONE, true).getText())))
                .setFlexGrow(0);
        grid.addColumn(r -> RecordBadges.channel(this, r.channel(), r.channelNote()))
                .setHeader(getTranslation("proactive.field.channel")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> RecordBadges.link(r.linkState())).setHeader(getTranslation("proactive.list.link"))
                .setWidth(Badge.width(this, "proactive.link.", LinkState.values())).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("common.empty"));
        NarrowColumns.secondary(grid, "proactive.list.formedOn", "proactive.field.publishedOn",
                "proactive.field.channel");
        grid.setSizeFull();
        data = DataProvider.fromCallbacks(
                query -> queries.search(shown, viewer, query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, queries.count(shown, viewer)));
        grid.setItems(data);
        add(filters, batchNote, grid);
        ready = true;
        refresh();
    }

    /** 公开期限 (never red or yellow: the record is out), and under it the red 逾期公开 chip of a late one, wrapping if long. */
    private Div due(RecordRow r) {
        Div cell = new Div(DueBadge.of(DeadlineKind.PUBLISH, r.dueOn(), Warning.NONE, false));
        cell.addClassName("badge-stack");
        if (r.late()) {
            cell.add(RecordBadges.late(true, r.lateDays()));
        }
        return cell;
    }

    /** {@code ?late=true} (only the late ones) and {@code ?batch=} (one import's records). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        ready = false;
        late.setValue("true".equals(params.getOrDefault("late", List.of("")).get(0)));
        String wanted = params.getOrDefault("batch", List.of("")).get(0);
        batch = wanted.matches("[0-9a-f-]{36}") ? wanted : null;
        batchNote.setText(batch == null ? "" : getTranslation("proactive.list.batchOnly"));
        batchNote.setVisible(batch != null);
        ready = true;
        refresh();
    }

    private void refresh() {
        if (!ready) {
            return;
        }
        shown = new RecordFilter(department.getValue() == null ? null : department.getValue().id(),
                category.getValue(), item.getValue() == null ? null : item.getValue().id(), from.getValue(),
                to.getValue(), late.getValue(), link.getValue(), search.getValue(), batch);
        data.refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.disclosureRecords");
    }
}
