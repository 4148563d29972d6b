package org.sunshine.finding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.WebLinks;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.finding.LinkedRecord;

/**
 * The disclosure record attached to a finding, in its evidence box: the title (a link to the published page when it
 * has one), the day it was formed, its deadline, the day it was published, and whether that was on time.
 */
final class RecordEvidence {

    private RecordEvidence() {
    }

    static Component of(Component in, LinkedRecord r) {
        Span label = new Span(in.getTranslation("finding.record"));
        label.addClassName("field-label");
        Component title;
        if (r.url() == null || r.url().isBlank()) {
            title = new Span(r.title());
        } else {
            title = WebLinks.external(r.url(), r.title());
        }
        Span chip = late(in, r.late());
        Div head = new Div(title, new Span(" "), chip);
        head.setId("finding-record-title");
        Div box = new Div(label, head, new DetailParts.Facts()
                .fact("finding.record.formedOn", Dates.date(in, r.formedOn()))
                .fact("finding.record.dueOn", Dates.date(in, r.dueOn()))
                .fact("finding.record.publishedOn", Dates.date(in, r.publishedOn())));
        box.setId("finding-record");
        return box;
    }

    /** 不及时 (red) or 按时 (green). */
    static Span late(Component in, boolean late) {
        Span chip = new Span(in.getTranslation(late ? "finding.record.late" : "finding.record.onTime"));
        chip.getElement().getThemeList().add(late ? "badge error" : "badge success");
        chip.setId("finding-record-chip");
        return chip;
    }
}
