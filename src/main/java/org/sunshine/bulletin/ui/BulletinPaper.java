package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.sunshine.bulletin.BulletinDocument;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A bulletin read on screen as it is printed: the red header with the office and the number, the title, the
 * addressees, the body with its tables where the text places them, the signature and date, the 附注, and the
 * attachment's ranking. The same {@link BulletinDocument} fills the PDF.
 */
class BulletinPaper extends Div {

    BulletinPaper(BulletinDocument doc) {
        addClassName("bulletin-paper");
        setId("bulletin-paper");
        Div office = new Div(doc.office());
        office.addClassName("paper-office");
        Div number = new Div(doc.draft() ? getTranslation("bulletin.paper.draft") : doc.number());
        number.addClassName(doc.draft() ? "paper-draft" : "paper-number");
        number.setId("paper-number");
        Div rule = new Div();
        rule.addClassName("paper-rule");
        H2 title = new H2(doc.title());
        title.addClassName("paper-title");
        Paragraph addressees = new Paragraph(doc.addressees());
        addressees.addClassName("paper-addressees");
        add(office, number, rule, title, addressees);
        for (BulletinDocument.Block block : doc.body()) {
            switch (block.kind()) {
                case HEADING -> add(text(block.text(), "paper-heading"));
                case SUBHEADING -> add(text(block.text(), "paper-subheading"));
                case PARAGRAPH -> add(text(block.text(), "paper-paragraph"));
                case COMMENDED, CRITICIZED -> add(departments(block.departments()));
                case PROBLEMS -> add(problems(block.problems()));
            }
        }
        DateTimeFormatter chinese = DateTimeFormatter.ofPattern(getTranslation("bulletin.paper.datePattern"), Locale.CHINA);
        add(text(doc.signature(), "paper-signature"), text(doc.date().format(chinese), "paper-signature"));
        add(text(getTranslation(doc.publicRelease() ? "bulletin.paper.public" : "bulletin.paper.internal"), "paper-note"));
        if (!doc.attachmentTitle().isEmpty()) {
            add(text(getTranslation("bulletin.paper.attachment"), "paper-heading"));
            add(text(doc.attachmentTitle(), "paper-attachment-title"));
            add(ranking(doc.ranking()));
        }
        Div imprint = new Div();
        imprint.addClassName("paper-imprint");
        if (!doc.copyTo().isEmpty()) {
            imprint.add(new Div(getTranslation("bulletin.paper.copyTo", doc.copyTo())));
        }
        Div printed = new Div(new Span(doc.printedBy()), new Span(getTranslation("bulletin.paper.printedOn",
                doc.printedOn().format(chinese))));
        printed.addClassName("paper-printed");
        imprint.add(printed);
        add(imprint);
    }

    private static Paragraph text(String text, String className) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

    private Div departments(List<BulletinDocument.DepartmentRow> rows) {
        Element table = table(getTranslation("bulletin.paper.no"), getTranslation("bulletin.paper.department"),
                getTranslation("bulletin.paper.type"), getTranslation("bulletin.paper.total"),
                getTranslation("bulletin.paper.rank"), getTranslation("bulletin.paper.reason"));
        for (BulletinDocument.DepartmentRow r : rows) {
            row(table, String.valueOf(r.no()), r.department(), r.type(),
                    r.total() == null ? "" : r.total().stripTrailingZeros().toPlainString(),
                    r.rank() == null ? "" : getTranslation("bulletin.paper.rankNo", r.rank()), r.reason());
        }
        return wrap(table);
    }

    private Div problems(List<BulletinDocument.ProblemRow> rows) {
        Element table = table(getTranslation("bulletin.paper.no"), getTranslation("bulletin.paper.responsible"),
                getTranslation("bulletin.paper.problem"), getTranslation("bulletin.paper.deadline"));
        for (BulletinDocument.ProblemRow r : rows) {
            row(table, String.valueOf(r.no()), r.department(), r.problem(), r.deadline());
        }
        return wrap(table);
    }

    private Div ranking(List<BulletinDocument.RankRow> rows) {
        Element table = table(getTranslation("bulletin.paper.rank"), getTranslation("bulletin.paper.department"),
                getTranslation("bulletin.paper.total"), getTranslation("bulletin.paper.grade"));
        for (BulletinDocument.RankRow r : rows) {
            row(table, String.valueOf(r.rank()), r.department(), r.total().stripTrailingZeros().toPlainString(), r.grade());
        }
        return wrap(table);
    }

    private static Element table(String... headers) {
        Element table = new Element("table");
        Element head = new Element("tr");
        for (String h : headers) {
            head.appendChild(new Element("th").setText(h));
        }
        table.appendChild(head);
        return table;
    }

    private static void row(Element table, String... cells) {
        Element tr = new Element("tr");
        for (String c : cells) {
            tr.appendChild(new Element("td").setText(c));
        }
        table.appendChild(tr);
    }

    private static Div wrap(Element table) {
        Div box = new Div();
        box.addClassName("paper-table");
        box.getElement().appendChild(table);
        return box;
    }
}
