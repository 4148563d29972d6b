package org.sunshine.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.LandingSection;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Optional;

/**
 * What the directory adds to the shared pages: a department's own duties on the workbench, the key areas on the
 * landing page. (The directory's reference counts are on its own screens, {@link DirectoryCounts}.)
 */
final class DirectorySections {

    private DirectorySections() {
    }

    /** A handler's workbench: the responsibility items their department leads or shares. */
    @Singleton
    static class OwnDuties implements WorkbenchSection {

        private final ResponsibilityService responsibilities;
        private final CurrentUser currentUser;

        OwnDuties(ResponsibilityService responsibilities, CurrentUser currentUser) {
            this.responsibilities = responsibilities;
            this.currentUser = currentUser;
        }

        @Override
        public Optional<Component> section() {
            SignedInUser user = currentUser.require();
            if (!user.is(Role.HANDLER) || user.departmentId() == null) {
                return Optional.empty();
            }
            long own = user.departmentId();
            List<ResponsibilityRow> duties = responsibilities.list(false).stream()
                    .filter(r -> leads(r, own) || r.cos().stream().anyMatch(d -> d.id() == own))
                    .toList();
            Div section = new Div();
            section.add(new H3(section.getTranslation("workbench.ownDuties")));
            if (duties.isEmpty()) {
                section.add(new Paragraph(section.getTranslation("workbench.noDuties")));
                return Optional.of(section);
            }
            Grid<ResponsibilityRow> grid = new Grid<>();
            grid.setId("own-duties");
            grid.addColumn(ResponsibilityRow::seqNo).setHeader(section.getTranslation("common.no")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(ResponsibilityRow::title).setHeader(section.getTranslation("responsibility.title")).setFlexGrow(3);
            grid.addColumn(r -> section.getTranslation(leads(r, own) ? "duty.LEAD" : "duty.CO"))
                    .setHeader(section.getTranslation("workbench.duty")).setAutoWidth(true);
            grid.addColumn(r -> section.getTranslation("responsibility.clockValue", r.clockDays()))
                    .setHeader(section.getTranslation("responsibility.clockDays")).setAutoWidth(true);
            grid.setItems(duties);
            grid.setAllRowsVisible(true);
            section.add(grid);
            return Optional.of(section);
        }

        private static boolean leads(ResponsibilityRow row, long department) {
            return row.leads().stream().anyMatch(d -> d.id() == department);
        }

        @Override
        public int order() {
            return 920;
        }
    }

    /** The landing page: the key areas under supervision, each with the department that leads it. */
    @Singleton
    static class KeyAreas implements LandingSection {

        private final KeyAreaService areas;

        KeyAreas(KeyAreaService areas) {
            this.areas = areas;
        }

        @Override
        public Optional<Component> section() {
            Div section = new Div();
            section.add(new H3(section.getTranslation("landing.keyAreas")));
            Div areaList = new Div();
            areaList.setId("key-areas");
            areaList.addClassName("card-grid");
            for (KeyAreaRow area : areas.list(false)) {
                Div card = new Div(new H3(area.name()), new Paragraph(area.description()));
                if (area.leadDepartmentName() != null) {
                    card.add(new Span(section.getTranslation("landing.leadBy", area.leadDepartmentName())));
                }
                card.addClassName("area-card");
                areaList.add(card);
            }
            section.add(areaList);
            return Optional.of(section);
        }

        @Override
        public int order() {
            return 10;
        }
    }
}
