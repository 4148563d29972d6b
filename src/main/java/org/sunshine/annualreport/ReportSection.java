package org.sunshine.annualreport;

/**
 * The text sections the organ writes: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项. The label is
 * {@code annualreport.section.<NAME>}.
 */
public enum ReportSection {
    ONE,
    FIVE,
    SIX;

    /** The most a section takes, in characters. */
    public static final int MAX_LENGTH = 10_000;

    public String labelKey() {
        return "annualreport.section." + name();
    }

    String of(AnnualReport r) {
        return switch (this) {
            case ONE -> r.getSectionOne();
            case FIVE -> r.getSectionFive();
            case SIX -> r.getSectionSix();
        };
    }

    void set(AnnualReport r, String text) {
        switch (this) {
            case ONE -> r.setSectionOne(text);
            case FIVE -> r.setSectionFive(text);
            case SIX -> r.setSectionSix(text);
        }
    }
}
