package org.sunshine.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.LandingSection;
import org.sunshine.base.ui.LinkedText;
import org.sunshine.finding.ui.FindingLinks;
import org.sunshine.base.ui.StatCard;
import org.sunshine.base.ui.Queues;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.complaint.ui.ComplaintPanel;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.supervision.PublicSupervisor;
import org.sunshine.supervision.ReviewQueries;
import org.sunshine.supervision.ReviewRow;
import org.sunshine.supervision.Supervisor;
import org.sunshine.supervision.SupervisorRoster;

import java.util.List;
import java.util.Optional;

/** What social supervision adds to the shared pages: the public list, the workbench, a complaint's reviews. */
final class SupervisionSections {

    private SupervisionSections() {
    }

    /** The landing page lists the supervisors in office: name and background, nothing else. */
    @Singleton
    static class PublicRoster implements LandingSection {

        private final SupervisorRoster supervisors;

        PublicRoster(SupervisorRoster supervisors) {
            this.supervisors = supervisors;
        }

        @Override
        public Optional<Component> section() {
            List<PublicSupervisor> inOffice = supervisors.inOffice();
            if (inOffice.isEmpty()) {
                return Optional.empty();
            }
            Div section = new Div();
            section.setId("public-supervisors");
            section.addClassName("landing-supervisors");
            section.add(new H3(section.getTranslation("landing.supervisors")),
                    new Paragraph(section.getTranslation("landing.supervisors.text")));
            Div list = new Div();
            list.addClassName("supervisor-list");
            for (PublicSupervisor s : inOffice) {
                Span name = new Span(s.name());
                name.addClassName("supervisor-name");
                Span background = new Span(section.getTranslation("supervisor.background." + s.background().name()));
                background.getElement().getThemeList().add("badge contrast");
                Div card = new Div(name, background);
                card.addClassName("supervisor-card");
                list.add(card);
            }
            section.add(list);
            return Optional.of(section);
        }
    }

    /** A supervisor's workbench: the term, and the reviews waiting (and overdue). */
    @Singleton
    static class SupervisorWorkbench implements WorkbenchSection {

        private final SupervisorRoster supervisors;
        private final ReviewQueries reviews;
        private final CurrentUser currentUser;

        SupervisorWorkbench(SupervisorRoster supervisors, ReviewQueries reviews, CurrentUser currentUser) {
            this.supervisors = supervisors;
            this.reviews = reviews;
            this.currentUser = currentUser;
        }

        @Override
        public Optional<Component> section() {
            SignedInUser user = currentUser.require();
            if (!user.is(Role.SUPERVISOR)) {
                return Optional.empty();
            }
            Optional<Supervisor> entry = supervisors.ofUser(user.id());
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            Div section = new Div();
            section.setId("workbench-supervision");
            Supervisor s = entry.get();
            section.add(new Paragraph(section.getTranslation("workbench.supervisor.term",
                    Dates.date(section, s.getTermStart()), Dates.date(section, s.getTermEnd()))));
            section.add(new Queues("workbench-reviews", "workbench.reviews")
                    .add("workbench.stat.reviewsWaiting", reviews.countWaiting(user, false), "/reviews?state=PENDING", "reviews")
                    .overdue("workbench.stat.reviewsOverdue", reviews.countWaiting(user, true),
                            "/reviews?state=PENDING&overdue=true", "reviews"));
            return Optional.of(section);
        }

        @Override
        public int order() {
            return 10;
        }
    }

    /** The reviews of a complaint on its staff page, for inspectors, leaders and the department. */
    @Singleton
    static class ComplaintReviews implements ComplaintPanel {

        private final ReviewQueries reviews;

        ComplaintReviews(ReviewQueries reviews) {
            this.reviews = reviews;
        }

        @Override
        public Optional<Component> panel(long complaintId, SignedInUser viewer) {
            List<ReviewRow> done = reviews.ofComplaint(complaintId, viewer);
            if (done.isEmpty()) {
                return Optional.empty();
            }
            Div box = new Div();
            box.setId("complaint-reviews");
            box.addClassName("reply-box");
            box.add(new H3(box.getTranslation("review.ofComplaint")));
            for (ReviewRow r : done) {
                String who = box.getTranslation("review.supervisorWithBackground", r.supervisorName(),
                        box.getTranslation("supervisor.background." + r.supervisorBackground().name()));
                String what = r.timeliness() == null ? box.getTranslation("review.state." + r.state().name())
                        : box.getTranslation("review.scoreLine", r.timeliness(), r.quality(), r.attitude());
                Paragraph line = new Paragraph(who + " · " + what + (r.comment().isBlank() ? "" : " — " + r.comment()));
                line.addClassName("review-line");
                box.add(line);
                if (r.findingId() != null) {
                    box.add(new Paragraph(LinkedText.of(box.getTranslation("review.findingOpened", LinkedText.SLOT),
                            FindingLinks.cited(box, r.findingId(),
                                    r.findingReference() == null ? String.valueOf(r.findingId()) : r.findingReference()))));
                }
            }
            return Optional.of(box);
        }
    }
}
