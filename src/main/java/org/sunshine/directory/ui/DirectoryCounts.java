package org.sunshine.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityService;

/**
 * The directory's reference counts — departments, key areas and responsibility items in force — as a row of links
 * atop each directory screen, the one on screen marked. Reference figures, not work: they are not on the workbench.
 */
@Singleton
class DirectoryCounts {

    enum Screen { DEPARTMENTS, AREAS, RESPONSIBILITIES }

    private final DepartmentService departments;
    private final KeyAreaService areas;
    private final ResponsibilityService responsibilities;

    DirectoryCounts(DepartmentService departments, KeyAreaService areas, ResponsibilityService responsibilities) {
        this.departments = departments;
        this.areas = areas;
        this.responsibilities = responsibilities;
    }

    Component bar(Screen current) {
        Div bar = new Div();
        bar.setId("directory-counts");
        bar.addClassName("directory-counts");
        bar.add(link(bar, Screen.DEPARTMENTS, current, "workbench.stat.departments", departments.active().size(),
                        "/directory/departments"),
                link(bar, Screen.AREAS, current, "workbench.stat.keyAreas", areas.list(false).size(), "/directory/areas"),
                link(bar, Screen.RESPONSIBILITIES, current, "workbench.stat.responsibilities",
                        responsibilities.list(false).size(), "/directory/responsibilities"));
        return bar;
    }

    private static Component link(Component in, Screen screen, Screen current, String labelKey, int count, String href) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("directory-count");
        Anchor link = new Anchor(href, number, new Span(in.getTranslation(labelKey)));
        link.setId("directory-count-" + screen.name().toLowerCase(java.util.Locale.ROOT));
        if (screen == current) {
            link.addClassName("current");
        }
        return link;
    }
}
