package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.LinkedText;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.ui.FindingLinks;
import org.sunshine.inforequest.ReplyReviews;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.inforequest.RequestRemedies;
import org.sunshine.security.SignedInUser;

/**
 * The parts of an application's page that other services answer: the audited reveal of the applicant's personal
 * data, the remedies recorded against the reply ({@link RemedyPanel}) and the inspector's review of it
 * ({@link ReviewDialog}) with the finding it opened.
 */
@Singleton
public class RequestSideParts {

    private final RequestQueries queries;
    private final RequestRemedies remedies;
    private final ReplyReviews reviews;
    private final FindingQueries findings;

    RequestSideParts(RequestQueries queries, RequestRemedies remedies, ReplyReviews reviews, FindingQueries findings) {
        this.queries = queries;
        this.remedies = remedies;
        this.reviews = reviews;
        this.findings = findings;
    }

    /** The finding an improper reply became: its reference, linked (监督意见 JD-2026-0841). */
    Paragraph finding(Component in, long findingId) {
        Paragraph line = new Paragraph(LinkedText.of(in.getTranslation("inforequest.review.findingOpened", LinkedText.SLOT),
                FindingLinks.cited(in, findingId, findings.reference(findingId).orElse(String.valueOf(findingId)))));
        line.setId("request-finding");
        return line;
    }

    RequestQueries.Personal reveal(long id, SignedInUser viewer, String clientAddress) {
        return queries.reveal(id, viewer, clientAddress);
    }

    RemedyPanel remedies(long id, SignedInUser viewer) {
        return new RemedyPanel(remedies, id, viewer);
    }

    ReviewDialog review(long id, SignedInUser inspector, Runnable onSaved) {
        return new ReviewDialog(reviews, id, inspector, onSaved);
    }
}
