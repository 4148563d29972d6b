package org.sunshine.demo;

import org.sunshine.complaint.ComplaintState;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one generation has written so far, counted by {@link ComplaintWriter} and {@link FindingWriter} for the
 * {@link HistoryGenerator.Summary}.
 */
final class HistoryTally {

    final Map<ComplaintState, Integer> byState = new EnumMap<>(ComplaintState.class);
    int complaints;
    int events;
    int reviews;
    int findings;
    int findingEvents;
    int reports;
}
