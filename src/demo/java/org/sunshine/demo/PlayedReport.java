package org.sunshine.demo;

import org.sunshine.demo.HistoryCity.Person;
import org.sunshine.rectification.Report;

import java.time.Instant;

/**
 * A rectification report as played through ({@link HistoryFindings}): who reported, when and whether on time, and
 * the inspector's verdict once it is judged; written by {@link FindingWriter}.
 */
final class PlayedReport {
    final String text;
    final Person by;
    final Instant at;
    final boolean onTime;
    Report.Verdict verdict;
    String note;
    String judgedBy;
    Instant judgedAt;

    PlayedReport(String text, Person by, Instant at, boolean onTime) {
        this.text = text;
        this.by = by;
        this.at = at;
        this.onTime = onTime;
    }

    void judge(Report.Verdict verdict, String note, String by, Instant at) {
        this.verdict = verdict;
        this.note = note;
        this.judgedBy = by;
        this.judgedAt = at;
    }
}
