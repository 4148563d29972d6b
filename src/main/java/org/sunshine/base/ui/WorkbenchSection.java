package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A feature's part of the staff workbench (what is waiting for the signed-in user in that feature), so that the
 * workbench need not know any feature. A bean of the feature; called on each visit, in the UI thread, where it
 * reads the signed-in user itself.
 */
public interface WorkbenchSection {

    /** The section for the signed-in user, or empty if the feature has nothing for their role. */
    Optional<Component> section();

    /** Where the section goes, smallest first. */
    default int order() {
        return 100;
    }
}
