package org.sunshine.inforequest;

import java.math.BigDecimal;

/**
 * 信息处理费 (国办函〔2020〕109号), charged per application or per quantity, never both. Per application: one
 * applicant's applications in one calendar month, the 1st to the 10th free, the 11th to the 30th 100 元 each, and from
 * the 31st 100 元 more for every further band of 10 (31st–40th 200 元, 41st–50th 300 元, …). Per quantity (pages, or
 * their equivalent): 1–30 free, 31–100 at 10 元, 101–200 at 20 元, 201 and above at 40 元 a page, each band at its rate.
 */
final class Fees {

    private Fees() {
    }

    /** The fee of an applicant's {@code n}-th application of the month. */
    static BigDecimal perApplication(int n) {
        if (n <= 10) {
            return BigDecimal.ZERO;
        }
        if (n <= 30) {
            return BigDecimal.valueOf(100);
        }
        return BigDecimal.valueOf(100L * (2 + (n - 31) / 10));
    }

    /** The fee of {@code pages} pages. */
    static BigDecimal perQuantity(int pages) {
        long fee = 10L * band(pages, 30, 100) + 20L * band(pages, 100, 200) + 40L * band(pages, 200, Integer.MAX_VALUE);
        return BigDecimal.valueOf(fee);
    }

    /** The pages of {@code pages} above {@code from} and up to {@code to}. */
    private static long band(int pages, int from, int to) {
        return Math.max(0, Math.min(pages, to) - from);
    }
}
