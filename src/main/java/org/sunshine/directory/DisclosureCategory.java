package org.sunshine.directory;

/**
 * What kind of information an item discloses, which sets its default clock (PRODUCT.md section 3):
 * 20 working days in general, 7 for administrative licensing and penalty decisions.
 */
public enum DisclosureCategory {
    GENERAL,
    /** 行政许可 */
    LICENSING,
    /** 行政处罚 */
    PENALTY;

    public String labelKey() {
        return "disclosure.category." + name();
    }
}
