package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

/**
 * What a record discloses: an item of Art. 20 of the 2019 Regulations, split where the annual report's table 二 counts
 * its parts apart (规章 and 行政规范性文件 of item (一); 行政处罚 and 行政强制 of item (六)). The label is
 * {@code proactive.category.<NAME>}; the import template takes the label or the name.
 */
public enum RecordCategory {
    /** 规章 — 20(一), table 二 */
    RULE(1, TableRow.RULE),
    /** 行政规范性文件 — 20(一), table 二 */
    NORMATIVE(1, TableRow.NORMATIVE),
    /** 机构职能 — 20(二) */
    ORGANIZATION(2, null),
    /** 规划和政策 — 20(三) */
    PLANS(3, null),
    /** 统计信息 — 20(四) */
    STATISTICS(4, null),
    /** 行政许可 — 20(五), table 二; 7 working days (seed 003) */
    LICENSING(5, TableRow.LICENSING),
    /** 其他对外管理服务 — 20(五) */
    SERVICE(5, null),
    /** 行政处罚 — 20(六), table 二; 7 working days (seed 003) */
    PENALTY(6, TableRow.PENALTY),
    /** 行政强制 — 20(六), table 二 */
    ENFORCEMENT(6, TableRow.ENFORCEMENT),
    /** 财政预算决算 — 20(七) */
    BUDGET(7, null),
    /** 行政事业性收费 — 20(八), table 二 (the amount) */
    FEE(8, TableRow.FEE),
    /** 政府集中采购 — 20(九) */
    PROCUREMENT(9, null),
    /** 重大建设项目 — 20(十) */
    PROJECTS(10, null),
    /** 扶贫、教育、医疗、社会保障、促进就业 — 20(十一) */
    LIVELIHOOD(11, null),
    /** 突发公共事件 — 20(十二) */
    EMERGENCY(12, null),
    /** 监督检查 — 20(十三) */
    INSPECTION(13, null),
    /** 公务员招考 — 20(十四) */
    RECRUITMENT(14, null),
    /** 其他 — 20(十五) */
    OTHER(15, null);

    /** The rows of the annual report's table 二 (DISCLOSURE.md §3), in its order. */
    public enum TableRow { RULE, NORMATIVE, LICENSING, PENALTY, ENFORCEMENT, FEE }

    /** Publishing within 20 working days of being formed or changed (Art. 26), 7 for licensing and penalties. */
    public static final int GENERAL_DAYS = 20;
    public static final int DECISION_DAYS = 7;

    private final int article20Item;
    @Nullable
    private final TableRow tableRow;

    RecordCategory(int article20Item, @Nullable TableRow tableRow) {
        this.article20Item = article20Item;
        this.tableRow = tableRow;
    }

    /** The item of Art. 20, 1 to 15. */
    public int article20Item() {
        return article20Item;
    }

    /** Its row of table 二, or null when table 二 does not count it. */
    @Nullable
    public TableRow tableRow() {
        return tableRow;
    }

    /** The statutory clock in working days. */
    public int clockDays() {
        return this == LICENSING || this == PENALTY ? DECISION_DAYS : GENERAL_DAYS;
    }

    /** 规章 and 行政规范性文件 carry the day they took effect and the day they were repealed. */
    public boolean hasValidity() {
        return this == RULE || this == NORMATIVE;
    }

    public String labelKey() {
        return "proactive.category." + name();
    }
}
