package org.sunshine.workflow.ui;

import org.sunshine.base.ui.Timeline;
import org.sunshine.workflow.Step;
import org.sunshine.workflow.Workflow;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A record's history as its page shows it, the same for every machine: when, who (a name, or the actor for the
 * public and the platform), what they did and the state it led to, and the note below. Steps into one of the
 * {@code done} states are marked as an end.
 */
public class HistoryTimeline extends Timeline {

    public <S extends Enum<S>, A extends Enum<A>> HistoryTimeline(String id, ZoneId zone, Workflow<S, A> machine,
                                                                 List<Step<S, A>> steps, Set<S> done) {
        super(id, zone);
        for (Step<S, A> s : steps) {
            String who = s.named() ? s.actorName() : getTranslation(machine.actorLabel(s.actor()).key());
            String text = getTranslation("workflow.history.line", who, getTranslation(machine.actionLabel(s.action()).key()),
                    getTranslation(machine.stateLabel(s.to()).key()));
            step(s.at(), text, s.note(), done.contains(s.to()) ? "done" : "");
        }
    }
}
