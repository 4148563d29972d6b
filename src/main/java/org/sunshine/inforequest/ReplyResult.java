package org.sunshine.inforequest;

/**
 * The final result of an application: each is exactly one row of the annual report's table 三 (DISCLOSURE.md §2),
 * with its usual legal basis. Two results share row 三(一) (disclosed; already proactively disclosed, told where) and
 * two share 三(四)1 (not held; not this organ's, the right organ named). The label is
 * {@code inforequest.result.<NAME>}, the row's exact text {@code inforequest.row.<ROW>}.
 */
public enum ReplyResult {
    DISCLOSED("1", "36(2)"),
    ALREADY_PUBLIC("1", "36(1)"),
    PARTIAL("2", "37"),
    SECRET("3.1", "14"),
    LAW_FORBIDS("3.2", "14"),
    SAFETY_STABILITY("3.3", "14"),
    THIRD_PARTY("3.4", "15, 32"),
    INTERNAL_AFFAIRS("3.5", "16"),
    PROCESS_INFO("3.6", "16"),
    ENFORCEMENT_FILE("3.7", "16"),
    QUERY_MATTER("3.8", "36(7)"),
    NOT_HELD("4.1", "36(4)"),
    NOT_THIS_ORGAN("4.1", "36(5)"),
    NEEDS_CREATION("4.2", "38"),
    STILL_UNCLEAR("4.3", "30"),
    COMPLAINT_TYPE("5.1", "39"),
    REPEATED("5.2", "36(6)"),
    PUBLICATION("5.3", "39"),
    UNREASONABLE("5.4", "35"),
    CONFIRMATION("5.5", ""),
    NO_CORRECTION("6.1", "30"),
    FEE_UNPAID("6.2", "42"),
    OTHER("6.3", "");

    private final String row;
    private final String article;

    ReplyResult(String row, String article) {
        this.row = row;
        this.article = article;
    }

    /** The row of table 三: "1", "2", "3.1" … "6.3" (三(一), 三(二), 三(三)1 …). */
    public String row() {
        return row;
    }

    /** The article of the Regulations it usually rests on, e.g. "36(2)"; empty where the law names none. */
    public String article() {
        return article;
    }

    /** Withholds something and must give reasons (不予公开, 部分公开). */
    public boolean withholds() {
        return this == PARTIAL || row.startsWith("3.");
    }

    /** Provides information, so the reply says how. */
    public boolean provides() {
        return this == DISCLOSED || this == PARTIAL;
    }

    /** A result the organ gives in a reply; 逾期未补正 and 逾期未缴费 are the platform's, 其他 comes by withdrawal. */
    public boolean byReply() {
        return this != NO_CORRECTION && this != FEE_UNPAID && this != OTHER;
    }
}
