package org.sunshine.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditEntry;
import org.sunshine.audit.AuditFilter;
import org.sunshine.audit.AuditLog;
import org.sunshine.audit.ChainCheck;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.ExportLinks;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.SearchField;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * 审计日志: every recorded action, newest first, paged from the database; searched by who, what, which record and
 * when, exported as shown, and its hash chain checked on request.
 */
@Prototype
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.audit", order = MenuGroup.SYSTEM + 3, icon = "vaadin:file-text-o")
@Route("admin/audit")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final BusinessClock clock;
    private final SignedInUser viewer;
    private final String clientIp;
    private final SearchField actor = new SearchField("audit-actor", "audit.filter.actor", this::refresh);
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final ComboBox<String> targetType = new ComboBox<>();
    private final TextField targetId = new TextField();
    private final DatePicker from;
    private final DatePicker to;
    private final Span chainResult = new Span();
    private final CallbackDataProvider<AuditEntry, Void> data;
    /** The filter on screen, read by downloads, which run outside the UI's lock. */
    private volatile AuditFilter shown = AuditFilter.ALL;

    public AuditLogView(AuditLog audit, BusinessClock clock, CurrentUser currentUser) {
        this.audit = audit;
        this.clock = clock;
        this.viewer = currentUser.require();
        VaadinRequest request = VaadinRequest.getCurrent();
        this.clientIp = request == null ? "" : request.getRemoteAddr();
        setSizeFull();

        action.setId("audit-action-filter");
        action.setPlaceholder(getTranslation("audit.filter.anyAction"));
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(a -> getTranslation("audit.action." + a.name()))).toList());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());
        targetType.setId("audit-type-filter");
        targetType.setPlaceholder(getTranslation("audit.filter.anyType"));
        targetType.setItems(audit.targetTypes());
        targetType.setItemLabelGenerator(this::typeLabel);
        targetType.setClearButtonVisible(true);
        targetType.addValueChangeListener(e -> refresh());
        targetId.setId("audit-record-filter");
        targetId.setPlaceholder(getTranslation("audit.filter.record"));
        targetId.setClearButtonVisible(true);
        targetId.setValueChangeMode(ValueChangeMode.LAZY);
        targetId.addValueChangeListener(e -> refresh());
        from = DatePickers.create(null);
        from.setId("audit-from");
        from.setPlaceholder(getTranslation("audit.filter.from"));
        from.addValueChangeListener(e -> refresh());
        to = DatePickers.create(null);
        to.setId("audit-to");
        to.setPlaceholder(getTranslation("audit.filter.to"));
        to.addValueChangeListener(e -> refresh());

        FilterBar filters = new FilterBar(actor, action, targetType, targetId, from, to);
        filters.add(ExportLinks.of(this, "audit", () -> getTranslation("audit.export.file", clock.today().toString()),
                () -> audit.export(shown, viewer, clientIp), this::columns).toArray(Anchor[]::new));
        Button verify = new Button(getTranslation("audit.chain.verify"), VaadinIcon.SHIELD.create(), e -> verify());
        verify.setId("audit-verify");
        filters.add(verify);
        chainResult.setId("audit-chain-result");
        chainResult.setVisible(false);

        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-log");
        grid.addColumn(e -> "#" + e.id()).setHeader(getTranslation("audit.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::time).setHeader(getTranslation("audit.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(this::actionLabel).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(this::target).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(3);
        grid.addColumn(AuditEntry::clientIp).setHeader(getTranslation("audit.ip")).setAutoWidth(true);
        data = DataProvider.fromCallbacks(
                query -> audit.search(shown, query.getPage(), query.getPageSize(), viewer).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(shown, viewer)));
        grid.setItems(data);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("common.empty"));
        NarrowColumns.secondary(grid, "audit.number", "audit.ip");
        add(filters, chainResult, grid);
    }

    private void refresh() {
        shown = new AuditFilter(actor.getValue(), action.getValue(), targetType.getValue(), targetId.getValue(),
                from.getValue(), to.getValue());
        data.refreshAll();
    }

    private void verify() {
        ChainCheck check = audit.verify(viewer, clientIp);
        chainResult.setText(check.isIntact() ? getTranslation("audit.chain.intact", check.entries())
                : getTranslation("audit.chain.broken", check.entryId() == null ? "-" : check.entryId().toString(),
                getTranslation("audit.chain.problem." + check.problem().name(),
                        check.entryId() == null ? "-" : check.entryId().toString()), check.entries()));
        chainResult.getElement().getThemeList().clear();
        chainResult.getElement().getThemeList().add(check.isIntact() ? "badge success" : "badge error");
        chainResult.setVisible(true);
        data.refreshAll();
    }

    private List<TableExport.Column<AuditEntry>> columns() {
        return List.of(
                column("audit.number", AuditEntry::id),
                column("audit.time", this::time),
                column("audit.actor", AuditEntry::actorName),
                column("audit.action", this::actionLabel),
                column("audit.target", this::target),
                column("audit.detail", AuditEntry::detail),
                column("audit.ip", AuditEntry::clientIp));
    }

    private TableExport.Column<AuditEntry> column(String key, Function<AuditEntry, Object> value) {
        return new TableExport.Column<>(getTranslation(key), value);
    }

    private String time(AuditEntry e) {
        return ZonedDateTime.ofInstant(e.occurredAt(), clock.zone()).format(STAMP);
    }

    private String actionLabel(AuditEntry e) {
        return getTranslation("audit.action." + e.action().name());
    }

    private String target(AuditEntry e) {
        return (e.targetType().isEmpty() ? "" : typeLabel(e.targetType())) + (e.targetId().isEmpty() ? "" : " #" + e.targetId());
    }

    private String typeLabel(String type) {
        return getTranslation("audit.targetType." + type);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
