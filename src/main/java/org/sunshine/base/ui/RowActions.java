package org.sunshine.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.sunshine.base.DomainException;

import java.util.function.Consumer;

/**
 * The buttons of a grid row. An action that breaks a rule shows the rule's message in the user's language and
 * changes nothing; a successful one refreshes the grid.
 */
public class RowActions extends HorizontalLayout {

    private final Runnable refresh;

    public RowActions(Runnable refresh) {
        this.refresh = refresh;
        setSpacing(false);
    }

    /** A button that runs {@code action} and then refreshes. */
    public RowActions action(String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                action.run();
                refresh.run();
            } catch (DomainException ex) {
                Notices.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(button);
        return this;
    }

    /** 停用 or 启用 a row: {@code setActive} receives the new state. */
    public RowActions activeToggle(boolean active, String name, Consumer<Boolean> setActive) {
        return action(active ? "common.deactivate" : "common.reactivate", () -> {
            setActive.accept(!active);
            Notices.success(getTranslation(active ? "common.deactivated" : "common.reactivated", name));
        });
    }

    /** The 启用/停用 badge of a row. */
    public static Span activeBadge(boolean active) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(active ? "common.active" : "common.inactive"));
        badge.getElement().getThemeList().add(active ? "badge success" : "badge contrast");
        return badge;
    }
}
