package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.demo.HistoryCity.Person;
import org.sunshine.finding.FindingAction;
import org.sunshine.finding.FindingState;
import org.sunshine.finding.FindingWorkflow;
import org.sunshine.rectification.RectificationAction;
import org.sunshine.rectification.RectificationState;
import org.sunshine.rectification.RectificationWorkflow;
import org.sunshine.workflow.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A finding while it is played through ({@link HistoryFindings}), with its rectification: the columns of both rows as
 * they stand after the last step that happened by the moment the history is written as of, each step checked against
 * {@link FindingWorkflow} or {@link RectificationWorkflow}, and the steps themselves for their timelines.
 */
final class FindingLife {

    /** A step of a finding's or of its rectification's history. */
    record FindingEventRow(Instant at, String machine, String action, @Nullable String from, String to,
                           Actor kind, Person who, String note) {

        boolean rectification() {
            return RectificationWorkflow.TABLE.name().equals(machine);
        }
    }

    private final Instant asOf;

    FindingState state;
    LocalDate confirmedOn;
    LocalDate returnedOn;
    LocalDate rectifyDue;
    String dismissReason;
    Instant closedAt;
    Instant ended;
    Instant updatedAt;
    int version = -1;
    boolean cut;
    final List<FindingEventRow> events = new ArrayList<>();

    RectificationState rectificationState;
    int rectificationVersion = -1;

    /** A finding to play up to {@code asOf}: steps after it have not happened yet. */
    FindingLife(Instant asOf) {
        this.asOf = asOf;
    }

    boolean step(Instant at, FindingAction action, Actor actor, Person who, String note, Runnable change) {
        if (cut || at.isAfter(asOf)) {
            cut = true;
            return false;
        }
        FindingState from = state;
        FindingState to = from == null ? FindingState.SUBMITTED : FindingWorkflow.TABLE.next(from, action, actor)
                .orElseThrow(() -> new IllegalStateException(action + " by " + actor + " from " + from));
        change.run();
        state = to;
        updatedAt = at;
        version++;
        events.add(new FindingEventRow(at, FindingWorkflow.TABLE.name(), action.name(),
                from == null ? null : from.name(), to.name(), actor, who, note));
        return true;
    }

    /** A step of the finding's rectification, checked against its own machine. */
    boolean rectification(Instant at, RectificationAction action, Actor actor, Person who, String note) {
        if (cut || at.isAfter(asOf)) {
            cut = true;
            return false;
        }
        RectificationState from = rectificationState;
        RectificationState to = action == RectificationAction.OPEN ? RectificationState.RECTIFYING
                : RectificationWorkflow.TABLE.next(from, action, actor)
                .orElseThrow(() -> new IllegalStateException(action + " by " + actor + " from " + from));
        rectificationState = to;
        updatedAt = at;
        rectificationVersion++;
        events.add(new FindingEventRow(at, RectificationWorkflow.TABLE.name(), action.name(),
                from == null ? null : from.name(), to.name(), actor, who, note));
        return true;
    }

    Instant later(Instant at, SplittableRandom r) {
        return updatedAt != null && !at.isAfter(updatedAt) ? updatedAt.plusSeconds(600 + r.nextInt(3600)) : at;
    }
}
