package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import org.sunshine.security.SignedInUser;

import java.util.Optional;

/**
 * A feature's part of the staff workbench (what is waiting for this user in that feature), so that the workbench
 * need not know every feature. Called on each visit, in the UI thread.
 */
public interface WorkbenchSection {

    /** The section for this user, or empty if the feature has nothing for their role. */
    Optional<Component> section(SignedInUser user);

    /** Where the section goes, smallest first. */
    default int order() {
        return 100;
    }
}
