package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.bulletin.Bulletin;
import org.sunshine.bulletin.BulletinQueries;
import org.sunshine.bulletin.BulletinState;

import java.time.Clock;
import java.util.List;

/**
 * 公开通报, for anyone: the issued bulletins marked 此件公开发布, newest first, each with its number, date and the PDF
 * frozen at issue. A revoked one stays listed, marked as revoked with the reason; internal bulletins never appear.
 */
@Prototype
@AnonymousAllowed
@Route(value = "public/bulletins", layout = PublicLayout.class)
public class PublicBulletinsView extends Div implements HasDynamicTitle {

    public PublicBulletinsView(BulletinQueries queries, Clock clock) {
        addClassName("public-bulletins");
        setId("public-bulletins");
        add(new H2(getTranslation("bulletin.publicList.title")), new Paragraph(getTranslation("bulletin.publicList.intro")));
        List<Bulletin> published = queries.published();
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("bulletin.publicList.none")));
        }
        for (Bulletin b : published) {
            Div card = new Div();
            card.addClassName("public-bulletin");
            card.setId("public-bulletin-" + b.getId());
            Span number = new Span(b.getDocNumber());
            number.addClassName("code");
            card.add(new H3(b.getTitle()), new Paragraph(number, new Span(" · "),
                    new Span(getTranslation("bulletin.publicList.issued", Dates.dateWithWeekday(this, b.getIssueDate()))),
                    new Span(" · "), new Span(getTranslation("bulletin.kind." + b.getKind().name()))));
            if (b.getState() == BulletinState.REVOKED) {
                Paragraph revoked = new Paragraph(getTranslation("bulletin.publicList.revoked",
                        Dates.date(this, b.getRevokedAt().atZone(clock.getZone()).toLocalDate()),
                        b.getRevokeReason()));
                revoked.addClassName("calendar-warning");
                card.add(revoked);
            }
            Anchor pdf = DetailParts.download(getTranslation("bulletin.publicList.download"), () -> queries.publicFile(b.getId()));
            pdf.setId("public-bulletin-pdf-" + b.getId());
            card.add(pdf);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bulletin.publicList.title");
    }
}
