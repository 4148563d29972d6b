package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.sunshine.annualreport.ReportContent;
import org.sunshine.annualreport.ReportTables;
import org.sunshine.annualreport.TableTwo;

import java.math.BigDecimal;
import java.util.List;

/**
 * Tables 二, 三 and 四 of a report on screen, in the layout and with the labels of the national format
 * (DISCLOSURE.md §3): bordered, 二 in its four blocks of Art. 20, 三 with its seven applicant columns, the row groups
 * and the note on how its columns balance, 四 with its fifteen cells. Each table scrolls sideways on a narrow screen.
 * Reads only the content: the same for a draft computed now and for a published edition (the public page may use it
 * too).
 */
public class ReportTablesPanel extends Div {

    /** Table 三's result rows: (group key, its row count) in print order; a group of one has no sub-rows. */
    private static final List<String> GROUPS = List.of("1", "2", "3", "4", "5", "6");
    private static final int[] GROUP_SIZES = {1, 1, 8, 3, 5, 3};

    public ReportTablesPanel(ReportContent content, boolean withHeadings) {
        addClassName("annual-report-tables");
        if (withHeadings) {
            add(new H3(getTranslation("annualreport.part.two")));
        }
        add(scroll(tableTwo(content.two()), "report-table-two"));
        if (withHeadings) {
            add(new H3(getTranslation("annualreport.part.three")));
        }
        add(scroll(tableThree(content.threeRows()), "report-table-three"));
        if (withHeadings) {
            add(new H3(getTranslation("annualreport.part.four")));
        }
        add(scroll(tableFour(content.fourRow()), "report-table-four"));
    }

    /** The balance of table 三 in words: every column balances, or the first that does not. */
    public static Paragraph balance(Div in, List<List<Long>> threeRows) {
        int column = ReportTables.Tables.unbalancedColumn(threeRows);
        Paragraph line = new Paragraph(column < 0 ? in.getTranslation("annualreport.balance.ok")
                : in.getTranslation("annualreport.balance.off", in.getTranslation("annualreport.three.column." + column),
                threeRows.get(ReportTables.RECEIVED).get(column), threeRows.get(ReportTables.CARRIED).get(column),
                threeRows.get(ReportTables.FINISHED).get(column), threeRows.get(ReportTables.CARRIED_OVER).get(column)));
        line.setId("report-balance");
        line.addClassName(column < 0 ? "report-balanced" : "report-unbalanced");
        return line;
    }

    private Element tableTwo(TableTwo two) {
        Element table = table();
        block(table, "annualreport.two.block.one", "annualreport.two.issued", "annualreport.two.repealed",
                "annualreport.two.inForce");
        row(table, "annualreport.two.row.RULE", two.rulesIssued(), two.rulesRepealed(), two.rulesInForce());
        row(table, "annualreport.two.row.NORMATIVE", two.normativeIssued(), two.normativeRepealed(),
                two.normativeInForce());
        block(table, "annualreport.two.block.five", "annualreport.two.decisions");
        wide(table, "annualreport.two.row.LICENSING", String.valueOf(two.licensing()));
        block(table, "annualreport.two.block.six", "annualreport.two.decisions");
        wide(table, "annualreport.two.row.PENALTY", String.valueOf(two.penalty()));
        wide(table, "annualreport.two.row.ENFORCEMENT", String.valueOf(two.enforcement()));
        block(table, "annualreport.two.block.eight", "annualreport.two.fees");
        wide(table, "annualreport.two.row.FEE", money(two.feesTenThousandYuan()));
        return table;
    }

    private void block(Element table, String titleKey, String... columnKeys) {
        Element title = tr(table);
        cell(title, "th", getTranslation(titleKey), 4, 1).setAttribute("class", "report-block");
        Element heads = tr(table);
        cell(heads, "th", getTranslation("annualreport.two.content"), 1, 1);
        for (String key : columnKeys) {
            cell(heads, "th", getTranslation(key), columnKeys.length == 1 ? 3 : 1, 1);
        }
    }

    private void row(Element table, String labelKey, long... values) {
        Element tr = tr(table);
        cell(tr, "td", getTranslation(labelKey), 1, 1).setAttribute("class", "report-label");
        for (long v : values) {
            cell(tr, "td", String.valueOf(v), 1, 1).setAttribute("class", "report-number");
        }
    }

    private void wide(Element table, String labelKey, String value) {
        Element tr = tr(table);
        cell(tr, "td", getTranslation(labelKey), 1, 1).setAttribute("class", "report-label");
        cell(tr, "td", value, 3, 1).setAttribute("class", "report-number");
    }

    private Element tableThree(List<List<Long>> rows) {
        Element table = table();
        Element h1 = tr(table);
        cell(h1, "th", getTranslation("annualreport.three.note"), 3, 3).setAttribute("class", "report-cell-note");
        cell(h1, "th", getTranslation("annualreport.three.applicants"), 7, 1);
        Element h2 = tr(table);
        cell(h2, "th", getTranslation("annualreport.three.column.0"), 1, 2);
        cell(h2, "th", getTranslation("annualreport.three.organizations"), 5, 1);
        cell(h2, "th", getTranslation("annualreport.three.column.6"), 1, 2);
        Element h3 = tr(table);
        for (int c = 1; c <= 5; c++) {
            cell(h3, "th", getTranslation("annualreport.three.subcolumn." + c), 1, 1);
        }

        numbers(labelled(table, "annualreport.three.row.received", 3), rows.get(ReportTables.RECEIVED));
        numbers(labelled(table, "annualreport.three.row.carried", 3), rows.get(ReportTables.CARRIED));
        int r = 2;
        for (int g = 0; g < GROUPS.size(); g++) {
            String group = GROUPS.get(g);
            int size = GROUP_SIZES[g];
            for (int i = 1; i <= size; i++) {
                Element tr = tr(table);
                if (g == 0 && i == 1) {
                    cell(tr, "td", getTranslation("annualreport.three.row.results"), 1, 22).setAttribute("class", "report-label");
                }
                if (size == 1) {
                    cell(tr, "td", getTranslation("annualreport.three.group." + group), 2, 1).setAttribute("class", "report-label");
                } else {
                    if (i == 1) {
                        cell(tr, "td", getTranslation("annualreport.three.group." + group), 1, size)
                                .setAttribute("class", "report-label");
                    }
                    cell(tr, "td", getTranslation("annualreport.three.item." + group + "." + i), 1, 1)
                            .setAttribute("class", "report-label");
                }
                numbers(tr, rows.get(r++));
            }
        }
        Element total = tr(table);
        cell(total, "td", getTranslation("annualreport.three.group.7"), 2, 1).setAttribute("class", "report-label");
        numbers(total, rows.get(ReportTables.FINISHED));
        numbers(labelled(table, "annualreport.three.row.carriedOver", 3), rows.get(ReportTables.CARRIED_OVER));
        return table;
    }

    private Element labelled(Element table, String labelKey, int span) {
        Element tr = tr(table);
        cell(tr, "td", getTranslation(labelKey), span, 1).setAttribute("class", "report-label");
        return tr;
    }

    private static void numbers(Element tr, List<Long> values) {
        for (Long v : values) {
            cell(tr, "td", String.valueOf(v), 1, 1).setAttribute("class", "report-number");
        }
    }

    private Element tableFour(List<Long> cells) {
        Element table = table();
        Element h1 = tr(table);
        cell(h1, "th", getTranslation("annualreport.four.review"), 5, 2);
        cell(h1, "th", getTranslation("annualreport.four.suit"), 10, 1);
        Element h2 = tr(table);
        cell(h2, "th", getTranslation("annualreport.four.direct"), 5, 1);
        cell(h2, "th", getTranslation("annualreport.four.afterReview"), 5, 1);
        Element h3 = tr(table);
        for (int kind = 0; kind < 3; kind++) {
            for (int o = 0; o < 5; o++) {
                cell(h3, "th", getTranslation("annualreport.four.outcome." + o), 1, 1);
            }
        }
        numbers(tr(table), cells);
        return table;
    }

    private static String money(BigDecimal tenThousandYuan) {
        return tenThousandYuan.toPlainString();
    }

    private static Element table() {
        Element table = new Element("table");
        table.setAttribute("class", "report-table");
        return table;
    }

    private static Element tr(Element table) {
        Element tr = new Element("tr");
        table.appendChild(tr);
        return tr;
    }

    private static Element cell(Element tr, String tag, String text, int colspan, int rowspan) {
        Element cell = new Element(tag);
        cell.setText(text);
        if (colspan > 1) {
            cell.setAttribute("colspan", String.valueOf(colspan));
        }
        if (rowspan > 1) {
            cell.setAttribute("rowspan", String.valueOf(rowspan));
        }
        tr.appendChild(cell);
        return cell;
    }

    private static Div scroll(Element table, String id) {
        Div scroll = new Div();
        scroll.addClassName("report-table-scroll");
        scroll.setId(id);
        scroll.getElement().appendChild(table);
        return scroll;
    }
}
