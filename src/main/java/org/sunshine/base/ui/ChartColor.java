package org.sunshine.base.ui;

/**
 * The colours of the charts: sober, distinguishable, and the theme's red first. The series of a chart take them in
 * this order unless given one ({@link ChartOption.Series#withColor}).
 */
public enum ChartColor {

    /** The theme's primary red; also "overdue" (the red card). */
    RED("#b71c1c"),
    BLUE("#2f5d8a"),
    /** Also "due soon" (the yellow card). */
    GOLD("#d4a017"),
    GREEN("#3a7d44"),
    GREY("#7d8790"),
    TEAL("#2b8a8a"),
    /** The theme's accent. */
    ORANGE("#d97706"),
    BROWN("#8d5b3f"),
    PURPLE("#6a4c93"),
    NAVY("#1f3a5f");

    private final String hex;

    ChartColor(String hex) {
        this.hex = hex;
    }

    /** As CSS and ECharts write it: {@code #rrggbb}. */
    public String hex() {
        return hex;
    }
}
