package org.sunshine.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.audit.AuditEntry;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.security.Role;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** 审计日志: every recorded action, newest first, paged from the database. */
@Prototype
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.audit", order = MenuGroup.SYSTEM + 3, icon = "vaadin:file-text-o")
@Route("admin/audit")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public AuditLogView(AuditLog audit, BusinessClock clock) {
        setSizeFull();
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-log");
        grid.addColumn(e -> ZonedDateTime.ofInstant(e.occurredAt(), clock.zone()).format(STAMP))
                .setHeader(getTranslation("audit.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> (e.targetType().isEmpty() ? "" : getTranslation("audit.targetType." + e.targetType()))
                        + (e.targetId().isEmpty() ? "" : " #" + e.targetId()))
                .setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(3);
        grid.addColumn(AuditEntry::clientIp).setHeader(getTranslation("audit.ip")).setAutoWidth(true);
        grid.setItems(DataProvider.fromCallbacks(
                query -> audit.newestFirst(query.getPage(), query.getPageSize()).getContent().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.newestFirst(0, 1).getTotalSize())));
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
