package org.sunshine.base.ui;

import java.util.List;
import java.util.Optional;

/**
 * The groups of the staff side menu. A screen joins the menu with Vaadin's {@code @Menu}: the title is an i18n key,
 * the icon a {@code vaadin:} icon, and the order a group's number plus the screen's place in it, so the hundreds
 * say the group: {@code @Menu(title = "nav.findings", order = MenuGroup.SUPERVISION + 2, icon = "vaadin:flag-o")}.
 */
public final class MenuGroup {

    public static final int HOME = 100;
    public static final int COMPLAINTS = 200;
    public static final int SUPERVISION = 300;
    public static final int ASSESSMENT = 400;
    public static final int DIRECTORY = 500;
    public static final int SYSTEM = 600;

    /** The groups' labels, from {@link #HOME} on. */
    private static final List<String> LABEL_KEYS = List.of("nav.group.home", "nav.group.complaints",
            "nav.group.supervision", "nav.group.assessment", "nav.group.directory", "nav.group.system");

    private MenuGroup() {
    }

    /** The group of a menu order: its hundreds ({@code 302} is in {@link #SUPERVISION}). */
    public static int of(double order) {
        return (int) Math.floor(order / 100) * 100;
    }

    /** The i18n key of a group's label, or empty for a number that is no group. */
    public static Optional<String> labelKey(int group) {
        int index = group / 100 - 1;
        return group % 100 == 0 && index >= 0 && index < LABEL_KEYS.size()
                ? Optional.of(LABEL_KEYS.get(index)) : Optional.empty();
    }
}
