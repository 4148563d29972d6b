package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.sunshine.annualreport.ReportContent;
import org.sunshine.annualreport.ReportDocument;
import org.sunshine.annualreport.TableTwo;
import org.sunshine.inforequest.RequestYearFigures;

import java.util.List;

/**
 * A report's tables 二, 三 and 四 as HTML tables laid out like the printed ones (the 2021 national format): the same
 * labels, the same merged header cells ({@code rowspan}, {@code colspan}). Each table scrolls sideways on its own
 * when the screen is narrower than it.
 */
public final class AnnualTables {

    private static final String DOC = "annualreport.doc.";
    private static final String THREE = DOC + "three.";

    private final Div in;

    private AnnualTables(Div in) {
        this.in = in;
    }

    /** Table 二 (主动公开政府信息情况). */
    public static Div two(Div in, ReportContent content) {
        return new AnnualTables(in).two(content.two());
    }

    /** Table 三 (收到和处理政府信息公开申请情况). */
    public static Div three(Div in, ReportContent content) {
        return new AnnualTables(in).three(content.threeRows());
    }

    /** Table 四 (行政复议、行政诉讼情况). */
    public static Div four(Div in, ReportContent content) {
        return new AnnualTables(in).four(content.fourRow());
    }

    private Div two(TableTwo t) {
        Element table = new Element("table");
        block(table, "item1", List.of("issued", "repealed", "inForce"));
        row(table, label("rules"), number(t.rulesIssued()), number(t.rulesRepealed()), number(t.rulesInForce()));
        row(table, label("normative"), number(t.normativeIssued()), number(t.normativeRepealed()),
                number(t.normativeInForce()));
        block(table, "item5", List.of("decisions"));
        row(table, label("licensing"), wide(number(t.licensing())));
        block(table, "item6", List.of("decisions"));
        row(table, label("penalty"), wide(number(t.penalty())));
        row(table, label("enforcement"), wide(number(t.enforcement())));
        block(table, "item8", List.of("fees"));
        row(table, label("fee"), wide(cell("td", ReportDocument.amount(t.feesTenThousandYuan())).setAttribute("data-num", "")));
        return wrap(table, "annual-table-two");
    }

    /** An Art. 20 item's two header rows: the item over the whole width, then 信息内容 and its columns. */
    private void block(Element table, String item, List<String> columns) {
        row(table, cell("th", t(DOC + "two." + item)).setAttribute("colspan", "4"));
        Element head = cell("th", t(DOC + "two.content"));
        if (columns.size() == 1) {
            row(table, head, cell("th", t(DOC + "two." + columns.get(0))).setAttribute("colspan", "3"));
        } else {
            row(table, head, cell("th", t(DOC + "two." + columns.get(0))), cell("th", t(DOC + "two." + columns.get(1))),
                    cell("th", t(DOC + "two." + columns.get(2))));
        }
    }

    private Div three(List<List<Long>> rows) {
        Element table = new Element("table");
        row(table, cell("th", t(THREE + "note")).setAttribute("colspan", "3").setAttribute("rowspan", "3")
                        .setAttribute("data-note", ""),
                cell("th", t(THREE + "applicants")).setAttribute("colspan", "7"));
        row(table, cell("th", t(THREE + "person")).setAttribute("rowspan", "2"),
                cell("th", t(THREE + "organisation")).setAttribute("colspan", "5"),
                cell("th", t(THREE + "total")).setAttribute("rowspan", "2"));
        row(table, cell("th", t(THREE + "business")), cell("th", t(THREE + "research")), cell("th", t(THREE + "welfare")),
                cell("th", t(THREE + "legal")), cell("th", t(THREE + "other")));
        numbers(table, rows.get(0), cell("td", t(THREE + "received")).setAttribute("colspan", "3"));
        numbers(table, rows.get(1), cell("td", t(THREE + "carried")).setAttribute("colspan", "3"));
        List<String> codes = RequestYearFigures.RESULT_ROWS;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Element results = i == 0 ? cell("td", t(THREE + "results")).setAttribute("rowspan", "22")
                    .setAttribute("data-vertical", "") : null;
            int dot = code.indexOf('.');
            if (dot < 0) {
                numbers(table, rows.get(2 + i), results, cell("td", t(THREE + "group." + code)).setAttribute("colspan", "2"));
                continue;
            }
            String group = code.substring(0, dot);
            Element groupCell = null;
            if (code.endsWith(".1")) {
                long size = codes.stream().filter(c -> c.startsWith(group + ".")).count();
                groupCell = cell("td", t(THREE + "group." + group)).setAttribute("rowspan", String.valueOf(size));
            }
            numbers(table, rows.get(2 + i), results, groupCell,
                    cell("td", code.substring(dot + 1) + "." + t("inforequest.row." + code)));
        }
        numbers(table, rows.get(23), cell("td", t(THREE + "finished")).setAttribute("colspan", "2"));
        numbers(table, rows.get(24), cell("td", t(THREE + "carriedOver")).setAttribute("colspan", "3"));
        return wrap(table, "annual-table-three");
    }

    private Div four(List<Long> cells) {
        Element table = new Element("table");
        List<String> outcomes = List.of("inforequest.outcome.MAINTAINED", "inforequest.outcome.CORRECTED",
                "inforequest.outcome.OTHER", "inforequest.outcome.PENDING", DOC + "four.total");
        row(table, cell("th", t(DOC + "four.review")).setAttribute("colspan", "5"),
                cell("th", t(DOC + "four.suit")).setAttribute("colspan", "10"));
        Element second = new Element("tr");
        outcomes.forEach(o -> second.appendChild(cell("th", t(o)).setAttribute("rowspan", "2")));
        second.appendChild(cell("th", t(DOC + "four.direct")).setAttribute("colspan", "5"));
        second.appendChild(cell("th", t(DOC + "four.afterReview")).setAttribute("colspan", "5"));
        table.appendChild(second);
        Element third = new Element("tr");
        for (int i = 0; i < 2; i++) {
            outcomes.forEach(o -> third.appendChild(cell("th", t(o))));
        }
        table.appendChild(third);
        Element values = new Element("tr");
        cells.forEach(n -> values.appendChild(number(n)));
        table.appendChild(values);
        return wrap(table, "annual-table-four");
    }

    /** A row of table 三: its label cells (those given), then its seven numbers. */
    private void numbers(Element table, List<Long> values, Element... labels) {
        Element tr = new Element("tr");
        for (Element label : labels) {
            if (label != null) {
                tr.appendChild(label);
            }
        }
        values.forEach(n -> tr.appendChild(number(n)));
        table.appendChild(tr);
    }

    private static void row(Element table, Element... cells) {
        Element tr = new Element("tr");
        tr.appendChild(cells);
        table.appendChild(tr);
    }

    private Element label(String key) {
        return cell("td", t(DOC + "two." + key));
    }

    private static Element number(long n) {
        return cell("td", String.valueOf(n)).setAttribute("data-num", "");
    }

    private static Element wide(Element cell) {
        return cell.setAttribute("colspan", "3");
    }

    private static Element cell(String tag, String text) {
        return new Element(tag).setText(text);
    }

    private String t(String key) {
        return in.getTranslation(key);
    }

    private static Div wrap(Element table, String id) {
        Div box = new Div();
        box.addClassName("annual-table");
        box.setId(id);
        box.getElement().appendChild(table);
        return box;
    }
}
