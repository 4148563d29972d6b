package org.sunshine.workflow.ui;

import org.sunshine.base.ui.Timeline;
import org.sunshine.workflow.Step;
import org.sunshine.workflow.Workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A record's history as its page shows it, the same for every machine: when, who (a name, or the actor for the
 * public and the platform), what they did and the state it led to, and the note below. Steps into one of the
 * {@code done} states are marked as an end. Several machines' steps (a finding's and its rectification's) are shown
 * as one history, in the order they happened.
 */
public class HistoryTimeline extends Timeline {

    private record Line(Instant at, long id, String text, String note, boolean done) {
    }

    private final List<Line> lines = new ArrayList<>();

    public HistoryTimeline(String id, ZoneId zone) {
        super(id, zone);
    }

    public <S extends Enum<S>, A extends Enum<A>> HistoryTimeline(String id, ZoneId zone, Workflow<S, A> machine,
                                                                 List<Step<S, A>> steps, Set<S> done) {
        this(id, zone);
        with(machine, steps, done);
    }

    /** Adds a machine's steps to the history shown. */
    public <S extends Enum<S>, A extends Enum<A>> HistoryTimeline with(Workflow<S, A> machine, List<Step<S, A>> steps,
                                                                      Set<S> done) {
        for (Step<S, A> s : steps) {
            String who = s.named() ? s.actorName() : getTranslation(machine.actorLabel(s.actor()).key());
            String text = getTranslation("workflow.history.line", who, getTranslation(machine.actionLabel(s.action()).key()),
                    getTranslation(machine.stateLabel(s.to()).key()));
            lines.add(new Line(s.at(), s.id(), text, s.note(), done.contains(s.to())));
        }
        lines.sort(Comparator.comparing(Line::at).thenComparingLong(Line::id));
        removeAll();
        lines.forEach(l -> step(l.at(), l.text(), l.note(), l.done() ? "done" : ""));
        return this;
    }
}
