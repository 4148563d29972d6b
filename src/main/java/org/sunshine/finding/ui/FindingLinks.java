package org.sunshine.finding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;

/**
 * A finding where it is cited — a repeat or duplicate mark, a review, a bulletin's problem list, a monitored item —
 * by its readable reference, linked to its page ({@code /findings/841}). Element ids are the caller's.
 */
public final class FindingLinks {

    private FindingLinks() {
    }

    /** The bare reference, linked: {@code JD-2026-0841} (in a column or beside a label that names the kind). */
    public static RouterLink reference(long id, String reference) {
        RouterLink link = new RouterLink(reference, FindingDetailView.class, id);
        link.addClassName("reference");
        return link;
    }

    /** The kind and the reference, linked: {@code 监督意见 JD-2026-0841} (in running text). */
    public static RouterLink cited(Component in, long id, String reference) {
        RouterLink link = new RouterLink(in.getTranslation("finding.cited", reference), FindingDetailView.class, id);
        link.addClassName("reference");
        return link;
    }
}
