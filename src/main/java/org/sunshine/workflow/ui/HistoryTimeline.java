package org.sunshine.workflow.ui;

import org.sunshine.base.i18n.Messages;
import org.sunshine.base.ui.Timeline;
import org.sunshine.workflow.Step;
import org.sunshine.workflow.Workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Notes that are a stored code, or the Chinese label it was recorded with, by the key of their label. */
    private final Map<String, String> noteKeys = new HashMap<>();

    public HistoryTimeline(String id, ZoneId zone) {
        super(id, zone);
    }

    public <S extends Enum<S>, A extends Enum<A>> HistoryTimeline(String id, ZoneId zone, Workflow<S, A> machine,
                                                                 List<Step<S, A>> steps, Set<S> done) {
        this(id, zone);
        with(machine, steps, done);
    }

    /**
     * Shows notes that are one of these codes ({@code WEB}) — or the Chinese label a step recorded for it (网上申请) —
     * as the code's label in the viewer's language ({@code prefix + NAME}). Call before {@link #with}.
     */
    public HistoryTimeline noteLabels(String prefix, Enum<?>... values) {
        for (Enum<?> value : values) {
            String key = prefix + value.name();
            noteKeys.put(value.name(), key);
            noteKeys.put(getTranslation(Messages.CHINESE, key), key);
        }
        return this;
    }

    /** Adds a machine's steps to the history shown. */
    public <S extends Enum<S>, A extends Enum<A>> HistoryTimeline with(Workflow<S, A> machine, List<Step<S, A>> steps,
                                                                      Set<S> done) {
        for (Step<S, A> s : steps) {
            String who = s.named() ? s.actorName() : getTranslation(machine.actorLabel(s.actor()).key());
            String text = getTranslation("workflow.history.line", who, getTranslation(machine.actionLabel(s.action()).key()),
                    getTranslation(machine.stateLabel(s.to()).key()));
            String note = s.note() == null ? null : noteKeys.containsKey(s.note().strip())
                    ? getTranslation(noteKeys.get(s.note().strip())) : s.note();
            lines.add(new Line(s.at(), s.id(), text, note, done.contains(s.to())));
        }
        lines.sort(Comparator.comparing(Line::at).thenComparingLong(Line::id));
        removeAll();
        lines.forEach(l -> step(l.at(), l.text(), l.note(), l.done() ? "done" : ""));
        return this;
    }
}
