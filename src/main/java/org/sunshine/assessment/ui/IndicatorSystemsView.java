package org.sunshine.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.assessment.IndicatorSystem;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.RowActions;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;

/** 指标体系: every version of every indicator system; open one to read or edit it, copy one into a new version. */
@Prototype
@RolesAllowed({Role.ADMIN_NAME, Role.INSPECTOR_NAME, Role.LEADER_NAME})
@Menu(title = "nav.indicatorSystems", order = MenuGroup.ASSESSMENT + 4, icon = "vaadin:sitemap")
@Route("assessment/systems")
public class IndicatorSystemsView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorSystemService service;
    private final SignedInUser viewer;
    private final Clock clock;
    private final Grid<IndicatorSystem> grid = new Grid<>();

    public IndicatorSystemsView(IndicatorSystemService service, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.viewer = currentUser.require();
        this.clock = clock;
        setSizeFull();
        add(new Paragraph(getTranslation("assessment.systems.intro")));
        if (writer()) {
            Button create = new Button(getTranslation("assessment.systems.create"), VaadinIcon.PLUS.create(),
                    e -> createDialog().open());
            create.setId("system-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.setId("systems");
        grid.addColumn(IndicatorSystem::getName).setHeader(getTranslation("assessment.system.name")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation("assessment.system.versionNo", s.getVersionNo()))
                .setHeader(getTranslation("assessment.system.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(IndicatorSystemsView::stateBadge).setHeader(getTranslation("common.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.getPublishedAt() == null ? "" : Dates.time(this, s.getPublishedAt(), clock.getZone()))
                .setHeader(getTranslation("assessment.system.publishedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(grid);
        refresh();
    }

    static Span stateBadge(IndicatorSystem system) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("assessment.system.state." + system.getState().name()));
        badge.getElement().getThemeList().add(system.getState() == IndicatorSystem.State.PUBLISHED ? "badge success" : "badge contrast");
        return badge;
    }

    private RowActions actions(IndicatorSystem system) {
        RowActions actions = new RowActions(this::refresh);
        actions.action("assessment.systems.open", () -> open(system));
        if (writer()) {
            actions.action("assessment.system.copy", () -> {
                long copy = service.copy(system.getId(), viewer);
                UI.getCurrent().navigate(IndicatorSystemView.class, copy);
            });
        }
        return actions;
    }

    private ActionDialog createDialog() {
        ActionDialog dialog = new ActionDialog("dialog-system-create", getTranslation("assessment.systems.create"),
                getTranslation("assessment.systems.create.help"));
        TextField name = dialog.field("name", new TextField(getTranslation("assessment.system.name")));
        name.setMaxLength(100);
        name.setWidthFull();
        name.setId("system-name");
        TextArea note = dialog.field("note", new TextArea(getTranslation("assessment.system.note")));
        note.setWidthFull();
        note.setMaxLength(500);
        long[] created = {0};
        return dialog.confirm(getTranslation("assessment.systems.create"), "common.saved",
                () -> created[0] = service.create(name.getValue(), note.getValue(), viewer),
                () -> UI.getCurrent().navigate(IndicatorSystemView.class, created[0]));
    }

    private void open(IndicatorSystem system) {
        UI.getCurrent().navigate(IndicatorSystemView.class, system.getId());
    }

    private boolean writer() {
        return viewer.is(Role.ADMIN) || viewer.is(Role.INSPECTOR);
    }

    private void refresh() {
        grid.setItems(service.list(viewer));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.indicatorSystems");
    }
}
