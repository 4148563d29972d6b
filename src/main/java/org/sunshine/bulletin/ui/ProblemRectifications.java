package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import org.sunshine.bulletin.BulletinPage;
import org.sunshine.bulletin.ProblemRow;
import org.sunshine.base.ui.LinkedText;
import org.sunshine.finding.ui.FindingLinks;
import org.sunshine.rectification.RectificationQueries;
import org.sunshine.rectification.Rectifications;
import org.sunshine.rectification.Subject;
import org.sunshine.rectification.ui.RectificationPanel;
import org.sunshine.security.SignedInUser;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How each item of a bulletin's problem list is being rectified, as every rectification is shown: the department,
 * the problem, and its rectification with the steps the viewer may take (a department its own items).
 */
class ProblemRectifications extends Div {

    /** Makes the list for a page, with the services the rectifications act through. */
    @Singleton
    record Factory(Rectifications service, RectificationQueries queries) {

        ProblemRectifications create(BulletinPage.Detail d, SignedInUser viewer, ZoneId zone, Runnable refresh) {
            return new ProblemRectifications(d, service, queries, viewer, zone, refresh);
        }
    }

    private final Map<Long, Div> items = new HashMap<>();

    private ProblemRectifications(BulletinPage.Detail d, Rectifications service, RectificationQueries queries,
                                  SignedInUser viewer, ZoneId zone, Runnable refresh) {
        setId("bulletin-rectification");
        for (ProblemRow p : d.problems()) {
            Div item = new Div();
            item.addClassName("reply-box");
            item.setId("problem-" + p.problem().getId());
            items.put(p.problem().getId(), item);
            Span department = new Span(p.departmentName());
            department.addClassName("problem-department");
            if (p.problem().getReference() != null) {
                Span reference = new Span(getTranslation("bulletin.problem.reference", p.problem().getReference()));
                reference.addClassName("code");
                reference.setId("problem-" + p.problem().getId() + "-reference");
                item.add(reference, new Text(" "));
            }
            item.add(department, new Paragraph(p.problem().getText()));
            if (p.findingId() != null && p.findingReference() != null) {
                item.add(new Paragraph(LinkedText.of(getTranslation("bulletin.problem.fromFinding", LinkedText.SLOT),
                        FindingLinks.cited(this, p.findingId(), p.findingReference()))));
            }
            if (p.rectification() == null) {
                item.add(new Paragraph(getTranslation("bulletin.problem.planned",
                        getTranslation("bulletin.text.days", p.problem().getRectifyDays()))));
            } else {
                item.add(new RectificationPanel("problem-" + p.problem().getId(), p.rectification(), service, queries,
                        viewer, zone, ProblemRectifications::link, refresh));
            }
            add(item);
        }
    }

    /** An item's box, if the list shows it. */
    Optional<Div> item(long problemId) {
        return Optional.ofNullable(items.get(problemId));
    }

    /** Where a record that asked for an earlier rectification is shown. */
    static String link(Subject subject) {
        return Subject.FINDING.equals(subject.kind()) ? "/findings/" + subject.id() : ProblemView.address(subject.id());
    }
}
