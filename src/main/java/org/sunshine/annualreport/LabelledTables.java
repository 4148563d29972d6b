package org.sunshine.annualreport;

import org.sunshine.inforequest.RequestYearFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A report's tables 二, 三 and 四 as tidy data: rows and columns with stable codes and the labels of the printed
 * form (as i18n keys, the printed words being the Chinese ones), each cell a number. What the open data serve.
 * <ul>
 * <li>{@code two}: rows {@code rules}, {@code normative} (columns {@code issued}, {@code repealed},
 * {@code in_force}), {@code licensing}, {@code penalty}, {@code enforcement} (column {@code decisions}), {@code fee}
 * (column {@code amount}, 万元, four decimals); a row's group is its Art. 20 item.</li>
 * <li>{@code three}: rows {@code received} (一), {@code carried} (二), the result rows {@code 1}, {@code 2},
 * {@code 3.1} … {@code 6.3} (三(一) …, as {@link RequestYearFigures#RESULT_ROWS}), {@code finished} (三(七) 总计),
 * {@code carried_over} (四); columns {@code person}, {@code business}, {@code research}, {@code welfare},
 * {@code legal}, {@code other}, {@code total}.</li>
 * <li>{@code four}: rows {@code review}, {@code suit_direct}, {@code suit_after_review}; columns {@code maintained},
 * {@code corrected}, {@code other}, {@code pending}, {@code total}.</li>
 * </ul>
 */
public final class LabelledTables {

    private static final String DOC = "annualreport.doc.";
    private static final String THREE = DOC + "three.";

    private LabelledTables() {
    }

    /**
     * A table: its code and the key of its part's heading.
     */
    public record Table(String code, String titleKey, List<Row> rows) {
    }

    /**
     * A row: its code, the key of its own label and those of the labels it stands under (outermost first).
     */
    public record Row(String code, String labelKey, List<String> groupKeys, List<Cell> cells) {
    }

    /** A cell: its column's code, label key and group keys, and its number. */
    public record Cell(String column, String labelKey, List<String> groupKeys, BigDecimal value) {
    }

    private record Column(String code, String labelKey, List<String> groupKeys) {

        Cell cell(long value) {
            return new Cell(code, labelKey, groupKeys, BigDecimal.valueOf(value));
        }
    }

    /** The three tables of a report, in print order. */
    public static List<Table> of(ReportContent content) {
        ReportDocument.check(content);
        return List.of(two(content.two()), three(content.threeRows()), four(content.fourRow()));
    }

    private static Table two(TableTwo t) {
        List<String> item1 = List.of(DOC + "two.item1");
        Column issued = new Column("issued", DOC + "two.issued", List.of());
        Column repealed = new Column("repealed", DOC + "two.repealed", List.of());
        Column inForce = new Column("in_force", DOC + "two.inForce", List.of());
        Column decisions = new Column("decisions", DOC + "two.decisions", List.of());
        return new Table("two", DOC + "part.2", List.of(
                new Row("rules", DOC + "two.rules", item1, List.of(issued.cell(t.rulesIssued()),
                        repealed.cell(t.rulesRepealed()), inForce.cell(t.rulesInForce()))),
                new Row("normative", DOC + "two.normative", item1, List.of(issued.cell(t.normativeIssued()),
                        repealed.cell(t.normativeRepealed()), inForce.cell(t.normativeInForce()))),
                new Row("licensing", DOC + "two.licensing", List.of(DOC + "two.item5"),
                        List.of(decisions.cell(t.licensing()))),
                new Row("penalty", DOC + "two.penalty", List.of(DOC + "two.item6"), List.of(decisions.cell(t.penalty()))),
                new Row("enforcement", DOC + "two.enforcement", List.of(DOC + "two.item6"),
                        List.of(decisions.cell(t.enforcement()))),
                new Row("fee", DOC + "two.fee", List.of(DOC + "two.item8"), List.of(new Cell("amount", DOC + "two.fees",
                        List.of(), new BigDecimal(ReportDocument.amount(t.feesTenThousandYuan())))))));
    }

    private static Table three(List<List<Long>> rows) {
        List<String> applicants = List.of(THREE + "applicants");
        List<String> organisations = List.of(THREE + "applicants", THREE + "organisation");
        List<Column> columns = List.of(new Column("person", THREE + "person", applicants),
                new Column("business", THREE + "business", organisations),
                new Column("research", THREE + "research", organisations),
                new Column("welfare", THREE + "welfare", organisations),
                new Column("legal", THREE + "legal", organisations),
                new Column("other", THREE + "other", organisations),
                new Column("total", THREE + "total", applicants));
        List<Row> out = new ArrayList<>();
        out.add(row("received", THREE + "received", List.of(), rows.get(0), columns));
        out.add(row("carried", THREE + "carried", List.of(), rows.get(1), columns));
        List<String> results = List.of(THREE + "results");
        for (int i = 0; i < RequestYearFigures.RESULT_ROWS.size(); i++) {
            String code = RequestYearFigures.RESULT_ROWS.get(i);
            int dot = code.indexOf('.');
            Row row = dot < 0
                    ? row(code, THREE + "group." + code, results, rows.get(2 + i), columns)
                    : row(code, "inforequest.row." + code,
                    List.of(THREE + "results", THREE + "group." + code.substring(0, dot)), rows.get(2 + i), columns);
            out.add(row);
        }
        out.add(row("finished", THREE + "finished", results, rows.get(23), columns));
        out.add(row("carried_over", THREE + "carriedOver", List.of(), rows.get(24), columns));
        return new Table("three", DOC + "part.3", out);
    }

    private static Table four(List<Long> cells) {
        List<String> outcomes = List.of("inforequest.outcome.MAINTAINED", "inforequest.outcome.CORRECTED",
                "inforequest.outcome.OTHER", "inforequest.outcome.PENDING", DOC + "four.total");
        List<String> codes = List.of("maintained", "corrected", "other", "pending", "total");
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            columns.add(new Column(codes.get(i), outcomes.get(i), List.of()));
        }
        List<String> suit = List.of(DOC + "four.suit");
        return new Table("four", DOC + "part.4", List.of(
                row("review", DOC + "four.review", List.of(), cells.subList(0, 5), columns),
                row("suit_direct", DOC + "four.direct", suit, cells.subList(5, 10), columns),
                row("suit_after_review", DOC + "four.afterReview", suit, cells.subList(10, 15), columns)));
    }

    private static Row row(String code, String labelKey, List<String> groupKeys, List<Long> values, List<Column> columns) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(columns.get(c).cell(values.get(c)));
        }
        return new Row(code, labelKey, groupKeys, cells);
    }

    /** A label with the labels it stands under, outermost first, joined by " / ". */
    public static String path(List<String> groups, String label, Function<String, String> translate) {
        List<String> parts = new ArrayList<>(groups.stream().map(translate).toList());
        parts.add(translate.apply(label));
        return String.join(" / ", parts);
    }
}
