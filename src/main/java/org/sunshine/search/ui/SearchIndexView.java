package org.sunshine.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.search.SearchAdmin;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.format.DateTimeFormatter;

/**
 * 全文检索索引: how this node's index stands (documents, folder, last catch-up, a rebuild's progress) and a rebuild of
 * every node's index from the database, for an administrator (after a restore, or when searches look wrong).
 */
@Prototype
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.searchIndex", order = MenuGroup.SYSTEM + 5, icon = "vaadin:search")
@Route("admin/search")
public class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SearchAdmin admin;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final Paragraph state = new Paragraph();
    private final Paragraph details = new Paragraph();

    public SearchIndexView(SearchAdmin admin, CurrentUser currentUser, BusinessClock clock) {
        this.admin = admin;
        this.viewer = currentUser.require();
        this.clock = clock;
        state.setId("search-index-state");
        details.setId("search-index-details");
        details.addClassName("hint");
        Paragraph about = new Paragraph(getTranslation("search.admin.about"));
        about.addClassName("hint");
        Button refresh = new Button(getTranslation("search.admin.refresh"), VaadinIcon.REFRESH.create(), e -> show());
        refresh.setId("search-index-refresh");
        Button rebuild = new Button(getTranslation("search.admin.rebuild"), VaadinIcon.COG.create(), e -> confirm());
        rebuild.setId("search-index-rebuild");
        add(about, state, details, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(rebuild, refresh));
        show();
    }

    private void confirm() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String clientIp = request == null ? "" : request.getRemoteAddr();
        new ActionDialog("search-index-rebuild-dialog", getTranslation("search.admin.rebuild"),
                getTranslation("search.admin.rebuildExplained"))
                .confirm(getTranslation("search.admin.rebuild"), "search.admin.rebuildAsked",
                        () -> admin.rebuild(viewer, clientIp), this::show)
                .open();
    }

    private void show() {
        SearchAdmin.Status status = admin.status(viewer);
        if (status.rebuilding()) {
            state.setText(getTranslation("search.admin.rebuilding", status.progress()));
        } else if (status.ready()) {
            state.setText(getTranslation("search.admin.ready"));
        } else {
            state.setText(getTranslation("search.admin.none"));
        }
        details.setText(getTranslation("search.admin.details", status.documents(), status.directory(),
                status.lastCatchUp() == null ? "—" : STAMP.format(status.lastCatchUp().atZone(clock.zone()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.searchIndex");
    }
}
