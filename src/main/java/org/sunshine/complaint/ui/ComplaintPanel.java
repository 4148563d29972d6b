package org.sunshine.complaint.ui;

import com.vaadin.flow.component.Component;
import org.sunshine.security.SignedInUser;

import java.util.Optional;

/** A further part of a complaint's staff page owned by another feature (the supervisors' reviews, for one). */
public interface ComplaintPanel {

    /** The panel for this complaint and viewer, or empty if there is nothing they may see. */
    Optional<Component> panel(long complaintId, SignedInUser viewer);
}
