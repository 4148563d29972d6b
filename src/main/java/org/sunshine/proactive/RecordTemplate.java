package org.sunshine.proactive;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sunshine.base.export.SpreadsheetCells;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The import template in the reader's language: an XLSX workbook whose first sheet has the header line (dates
 * formatted as dates, 文号 as text, 类别 and 公开渠道 offered as drop-down lists) and whose second sheet, 填写说明, says
 * what each column takes and lists the categories, channels and responsibility items; and the same header as a CSV
 * file (UTF-8 with a byte-order mark, so Excel reads the Chinese).
 */
@Singleton
public class RecordTemplate {

    private static final int RULE_COLUMN_WIDTH = 90;

    private final Messages messages;
    private final ResponsibilityService items;

    RecordTemplate(Messages messages, ResponsibilityService items) {
        this.messages = messages;
        this.items = items;
    }

    public byte[] csv(Locale locale) {
        String header = List.of(ImportColumn.values()).stream().map(c -> t(locale, c.labelKey()))
                .collect(Collectors.joining(",")) + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public byte[] xlsx(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Sunshine", "1.0");
            Worksheet data = workbook.newWorksheet(t(locale, "proactive.template.sheet"));
            Worksheet rules = workbook.newWorksheet(t(locale, "proactive.template.rulesSheet"));
            int[] lists = rules(rules, locale);
            header(data, locale);
            // 类别 and 公开渠道 as drop-down lists of the labels on the rules sheet
            data.range(1, ImportColumn.CATEGORY.ordinal(), RecordImport.MAX_ROWS, ImportColumn.CATEGORY.ordinal())
                    .validateWithList(rules.range(lists[0], 0, lists[0] + RecordCategory.values().length - 1, 0))
                    .allowBlank(true).showErrorMessage(false);
            data.range(1, ImportColumn.CHANNEL.ordinal(), RecordImport.MAX_ROWS, ImportColumn.CHANNEL.ordinal())
                    .validateWithList(rules.range(lists[1], 0, lists[1] + Channel.values().length - 1, 0))
                    .allowBlank(true).showErrorMessage(false);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void header(Worksheet sheet, Locale locale) {
        for (ImportColumn c : ImportColumn.values()) {
            int col = c.ordinal();
            sheet.value(0, col, t(locale, c.labelKey()));
            sheet.style(0, col).bold().fillColor(c.required() ? "FCE4D6" : "E7E6E6").set();
            sheet.width(col, switch (c) {
                case TITLE -> 40;
                case DOC_NUMBER, URL -> 24;
                case CATEGORY, CHANNEL, CHANNEL_NOTE -> 16;
                default -> 14;
            });
            if (c == ImportColumn.FORMED_ON || c == ImportColumn.PUBLISHED_ON || c == ImportColumn.ISSUED_ON
                    || c == ImportColumn.REPEALED_ON) {
                sheet.style(col).format("yyyy-mm-dd").set();
            } else if (c == ImportColumn.DOC_NUMBER || c == ImportColumn.TITLE) {
                sheet.style(col).format("@").set();
            }
        }
        sheet.freezePane(0, 1);
    }

    /** The rules sheet; returns the rows where the category and the channel labels start. */
    private int[] rules(Worksheet sheet, Locale locale) {
        sheet.width(0, 22);
        sheet.width(1, 12);
        sheet.width(2, RULE_COLUMN_WIDTH);
        int row = 0;
        sheet.value(row, 0, t(locale, "proactive.template.title"));
        sheet.style(row, 0).bold().fontSize(14).set();
        row++;
        sheet.value(row, 0, t(locale, "proactive.template.general", RecordImport.MAX_ROWS,
                RecordImport.MAX_BYTES >> 20));
        sheet.range(row, 0, row, 2).merge();
        sheet.style(row, 0).wrapText(true).set();
        row += 2;
        row = heading(sheet, row, locale, "proactive.template.column", "proactive.template.required",
                "proactive.template.rule");
        for (ImportColumn c : ImportColumn.values()) {
            sheet.value(row, 0, t(locale, c.labelKey()));
            sheet.value(row, 1, t(locale, c.required() ? "proactive.template.yes" : "proactive.template.no"));
            sheet.value(row, 2, SpreadsheetCells.neutralise(t(locale, c.ruleKey())));
            sheet.style(row, 2).wrapText(true).set();
            row++;
        }
        row++;
        row = heading(sheet, row, locale, "proactive.field.category", "proactive.template.days",
                "proactive.template.article20");
        int categories = row;
        for (RecordCategory c : RecordCategory.values()) {
            sheet.value(row, 0, t(locale, c.labelKey()));
            sheet.value(row, 1, c.clockDays());
            sheet.value(row, 2, t(locale, "proactive.template.article20Item", c.article20Item()));
            row++;
        }
        row++;
        row = heading(sheet, row, locale, "proactive.field.channel", "", "proactive.template.channelRule");
        int channels = row;
        for (Channel c : Channel.values()) {
            sheet.value(row, 0, t(locale, c.labelKey()));
            sheet.value(row, 2, t(locale, c.needsUrl() ? "proactive.template.channelUrl"
                    : c == Channel.OTHER ? "proactive.template.channelOther" : "proactive.template.channelPlain"));
            row++;
        }
        row++;
        row = heading(sheet, row, locale, "proactive.column.itemId", "proactive.template.days",
                "proactive.field.item");
        for (ResponsibilityRow item : items.list(false)) {
            sheet.value(row, 0, item.seqNo());
            sheet.value(row, 1, item.clockDays());
            sheet.value(row, 2, SpreadsheetCells.neutralise(item.title()));
            row++;
        }
        return new int[]{categories, channels};
    }

    private int heading(Worksheet sheet, int row, Locale locale, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            sheet.value(row, i, keys[i].isEmpty() ? "" : t(locale, keys[i]));
            sheet.style(row, i).bold().fillColor("E7E6E6").set();
        }
        return row + 1;
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }
}
