package org.sunshine.annualreport;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/**
 * Table 二 (主动公开政府信息情况, DISCLOSURE.md §3) of an organ and year, counted from its disclosure records:
 * 规章 and 行政规范性文件 — 本年制发件数 (in force from a day of the year), 本年废止件数 (repealed in the year), 现行有效件数
 * (in force at the year's end); 行政许可, 行政处罚, 行政强制 — 本年处理决定数量 (decisions formed in the year);
 * 行政事业性收费 — 本年收费金额 in 万元 (the year's fee records, four decimals).
 */
@Introspected
public record TableTwo(long rulesIssued, long rulesRepealed, long rulesInForce,
                       long normativeIssued, long normativeRepealed, long normativeInForce,
                       long licensing, long penalty, long enforcement, BigDecimal feesTenThousandYuan) {
}
