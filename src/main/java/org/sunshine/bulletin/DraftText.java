package org.sunshine.bulletin;

import jakarta.inject.Singleton;
import org.sunshine.assessment.Grade;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.ResultTable;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of a drafted bulletin, in Chinese (a bulletin is an official document of the office): its title, the
 * selection rules written on it, and a body from the results — the situation, the lists, the problems, the
 * requirements — with the markers that place the tables. The inspector edits all of it afterwards.
 */
@Singleton
class DraftText {

    private final BulletinSettings settings;
    private final OfficeSettings office;
    private final Messages messages;

    DraftText(BulletinSettings settings, OfficeSettings office, Messages messages) {
        this.settings = settings;
        this.office = office;
        this.messages = messages;
    }

    String addressees() {
        return messages.chinese("bulletin.text.addressees");
    }

    String copyTo() {
        return messages.chinese("bulletin.text.copyTo");
    }

    /** Why a department is on a list, as the table of the bulletin says it. */
    String reason(DraftForm form, ResultTable.Row r, Map<Long, Long> overdue, boolean commend) {
        if (commend) {
            return form.commendBy() == DraftForm.CommendBy.GRADE ? messages.chinese("bulletin.text.reason.excellent")
                    : messages.chinese("bulletin.text.reason.top", form.commendTop());
        }
        return switch (form.criticizeBy()) {
            case GRADE -> messages.chinese(r.score().vetoed() ? "bulletin.text.reason.vetoed" : "bulletin.text.reason.fail");
            case BOTTOM -> messages.chinese("bulletin.text.reason.bottom", form.criticizeBottom());
            case OVERDUE -> messages.chinese("bulletin.text.reason.overdue", overdue.getOrDefault(r.departmentId(), 0L));
        };
    }

    String title(BulletinKind kind, Period period) {
        return messages.chinese("bulletin.text.title." + kind.name(), period.getName(), office.city());
    }

    /** The selection rules in words, written on the draft. */
    String rules(DraftForm form, BulletinKind kind) {
        List<String> parts = new ArrayList<>();
        if (kind.commends()) {
            parts.add(messages.chinese("bulletin.text.rule.commend." + form.commendBy().name(), form.commendTop()));
        }
        if (kind.criticizes()) {
            parts.add(messages.chinese("bulletin.text.rule.criticize." + form.criticizeBy().name(), form.criticizeBottom(),
                    form.overdueAtLeast()));
            parts.add(messages.chinese("bulletin.text.rule.problems", settings.rectifyDays()));
        }
        return String.join(messages.chinese("bulletin.text.rule.separator"), parts);
    }

    /** The body, in the words of a 通报, from the results: the situation, the lists, the problems, the requirements. */
    String body(BulletinKind kind, ResultTable table, List<ResultTable.Row> commended, List<ResultTable.Row> criticized) {
        Period period = table.period();
        List<ResultTable.Row> rows = table.rows();
        double average = rows.stream().mapToDouble(r -> r.score().total()).average().orElse(0);
        Map<Grade, Long> grades = rows.stream().collect(Collectors.groupingBy(ResultTable.Row::grade, Collectors.counting()));
        List<String> lines = new ArrayList<>();
        lines.add(messages.chinese("bulletin.text.opening", table.tree().system().getName(), office.name(), rows.size(),
                period.getName()));
        int section = 0;
        lines.add(heading(++section, "bulletin.text.heading.overall"));
        lines.add(messages.chinese("bulletin.text.overall", rows.size(), plain(average),
                plain(rows.isEmpty() ? 0 : rows.get(0).score().total()),
                plain(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).score().total()),
                grades.getOrDefault(Grade.EXCELLENT, 0L), grades.getOrDefault(Grade.GOOD, 0L),
                grades.getOrDefault(Grade.PASS, 0L), grades.getOrDefault(Grade.FAIL, 0L)));
        long vetoed = rows.stream().filter(r -> r.score().vetoed()).count();
        if (vetoed > 0) {
            lines.add(messages.chinese("bulletin.text.vetoed", vetoed));
        }
        if (!commended.isEmpty() || !criticized.isEmpty()) {
            lines.add(heading(++section, kind == BulletinKind.SITUATION ? "bulletin.text.heading.lists"
                    : kind == BulletinKind.COMMENDATION ? "bulletin.text.heading.commended" : "bulletin.text.heading.criticized"));
            int sub = 0;
            if (!commended.isEmpty()) {
                if (kind == BulletinKind.SITUATION) {
                    lines.add(messages.chinese("bulletin.text.subheading.commended", chineseNumber(++sub), commended.size()));
                }
                lines.add(messages.chinese("bulletin.text.commended", commended.size()));
                lines.add(messages.chinese("bulletin.marker.commended"));
            }
            if (!criticized.isEmpty()) {
                if (kind == BulletinKind.SITUATION) {
                    lines.add(messages.chinese("bulletin.text.subheading.criticized", chineseNumber(++sub), criticized.size()));
                }
                lines.add(messages.chinese("bulletin.text.criticized", criticized.size()));
                lines.add(messages.chinese("bulletin.marker.criticized"));
            }
        }
        if (!criticized.isEmpty()) {
            lines.add(heading(++section, "bulletin.text.heading.problems"));
            lines.add(messages.chinese("bulletin.text.problems"));
            lines.add(messages.chinese("bulletin.marker.problems"));
        }
        lines.add(heading(++section, "bulletin.text.heading.requirements"));
        lines.add(messages.chinese("bulletin.text.requirements", settings.signDays()));
        return String.join("\n", lines);
    }

    private String heading(int number, String key) {
        return chineseNumber(number) + messages.chinese("bulletin.text.headingMark") + messages.chinese(key);
    }

    private String chineseNumber(int n) {
        return messages.chinese("bulletin.text.numbers").split(",")[n - 1];
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
