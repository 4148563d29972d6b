package org.sunshine.base.export;

import java.util.regex.Pattern;

/**
 * The one rule for text that goes into a spreadsheet cell (CSV or XLSX, the lists' exports, open data and the
 * reports' Excel files): a text that a spreadsheet would take for a formula — it begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, also after leading spaces — gets a single quote in front
 * (OWASP's advice against CSV/formula injection), so that Excel, WPS and LibreOffice show it as text and never run
 * it. A plain number ({@code -12}, {@code +3.5}, {@code -0.25%}) is left as it is: it is no formula, and a negative
 * figure must stay a figure (in XLSX a number goes into a numeric cell anyway and is never a text).
 */
public final class SpreadsheetCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)*|\\.\\d+)([eE][+-]?\\d+)?%?");

    private SpreadsheetCells() {
    }

    /** The text to put in a cell. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int first = 0;
        while (first < text.length() && text.charAt(first) == ' ') {
            first++;
        }
        if (first == text.length() || !trigger(text.charAt(first))) {
            return text;
        }
        if (PLAIN_NUMBER.matcher(text.strip()).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** Whether a cell beginning with the character could be read as a formula. */
    static boolean trigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                // the full-width forms, which some spreadsheets read as their ASCII twins
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }
}
