package org.sunshine.inforequest.ui;

import jakarta.inject.Singleton;
import org.sunshine.inforequest.ReplyReviews;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.inforequest.RequestRemedies;
import org.sunshine.security.SignedInUser;

/**
 * The parts of an application's page that other services answer: the audited reveal of the applicant's personal
 * data, the remedies recorded against the reply ({@link RemedyPanel}) and the inspector's review of it
 * ({@link ReviewDialog}).
 */
@Singleton
public class RequestSideParts {

    private final RequestQueries queries;
    private final RequestRemedies remedies;
    private final ReplyReviews reviews;

    RequestSideParts(RequestQueries queries, RequestRemedies remedies, ReplyReviews reviews) {
        this.queries = queries;
        this.remedies = remedies;
        this.reviews = reviews;
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
