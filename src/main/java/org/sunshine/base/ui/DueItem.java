package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;

import java.time.LocalDate;

/**
 * An item on the signed-in user's clock, for the workbench's list by deadline ({@link WorkbenchDeadlines}).
 *
 * @param due       the deadline running now, by which the list is sorted
 * @param kind      what the item is, in the reader's language (诉求, 监督意见整改 …)
 * @param reference its number or code as its own list shows it
 * @param title     its subject
 * @param href      its page
 * @param badge     the deadline as the feature's own lists show it (which deadline, its yellow or red mark)
 */
public record DueItem(LocalDate due, String kind, String reference, String title, String href, Component badge) {
}
