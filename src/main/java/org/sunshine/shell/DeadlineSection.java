package org.sunshine.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.DueItem;
import org.sunshine.base.ui.WorkbenchDeadlines;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's list by deadline: what every feature has on the signed-in user's clock ({@link WorkbenchDeadlines}),
 * merged, the nearest deadline first (the overdue ones on top), so that a department sees in one place what must be
 * done first. Shown when there is something on the list, and to a handler always.
 */
@Singleton
class DeadlineSection implements WorkbenchSection {

    /** How many items the list shows; the queues above it open the whole lists. */
    static final int SHOWN = 15;

    private final List<WorkbenchDeadlines> sources;
    private final CurrentUser currentUser;

    DeadlineSection(List<WorkbenchDeadlines> sources, CurrentUser currentUser) {
        this.sources = sources;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> section() {
        List<DueItem> items = sources.stream().flatMap(s -> s.nearest(SHOWN).stream())
                .sorted(Comparator.comparing(DueItem::due).thenComparing(DueItem::kind))
                .limit(SHOWN).toList();
        if (items.isEmpty() && !currentUser.require().is(Role.HANDLER)) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("workbench-deadlines");
        section.add(new H3(section.getTranslation("workbench.deadlines")));
        if (items.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("workbench.deadlines.none")));
            return Optional.of(section);
        }
        Grid<DueItem> grid = new Grid<>();
        grid.setId("workbench-deadline-list");
        grid.addComponentColumn(DueItem::badge).setHeader(section.getTranslation("workbench.deadlines.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DueItem::kind).setHeader(section.getTranslation("workbench.deadlines.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DueItem::reference).setHeader(section.getTranslation("workbench.deadlines.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(item -> {
            Anchor link = new Anchor(item.href(), item.title());
            link.getElement().setAttribute("title", item.title());
            link.addClassName("deadline-title");
            return link;
        }).setHeader(section.getTranslation("workbench.deadlines.title")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        section.add(grid);
        Paragraph note = new Paragraph(section.getTranslation("workbench.deadlines.note", SHOWN));
        note.addClassName("form-note");
        section.add(note);
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 5;
    }
}
