package org.sunshine.shell;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.SignedInUser;

import java.util.Comparator;
import java.util.List;

/**
 * Every staff member's first screen: who they are and, below, what each feature has for their role — the
 * {@link WorkbenchSection} beans, in their order. The workbench itself knows no feature.
 */
@Prototype
@PermitAll
@Menu(title = "nav.workbench", order = MenuGroup.HOME + 1, icon = "vaadin:home-o")
@Route("workbench")
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

    public WorkbenchView(CurrentUser currentUser, List<WorkbenchSection> sections) {
        SignedInUser user = currentUser.require();
        setId("workbench");
        add(new H3(getTranslation("workbench.greeting", user.displayName())));
        add(new Paragraph(getTranslation("workbench.role." + user.role().name())));
        sections.stream().sorted(Comparator.comparingInt(WorkbenchSection::order))
                .forEach(section -> section.section().ifPresent(component -> {
                    component.getElement().getClassList().add("workbench-section");
                    add(component);
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench");
    }
}
