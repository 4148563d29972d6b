package org.sunshine.proactive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.Badge;
import org.sunshine.proactive.Channel;
import org.sunshine.proactive.LinkState;
import org.sunshine.proactive.Timeliness;

/** The small labels of the records' screens: the late mark (red), the link's state (red only when dead). */
final class RecordBadges {

    private RecordBadges() {
    }

    /** 逾期公开 N 个工作日, red; empty when the record was published in time. */
    static Span late(boolean late, int lateDays) {
        Span badge = new Span();
        if (late) {
            badge.setText(badge.getTranslation("proactive.late.chip", lateDays));
            Badge.tone(badge, Badge.Tone.DANGER);
            badge.addClassName("record-late");
        }
        return badge;
    }

    /** In time (green) or late by so many working days (red). */
    static Span timeliness(Timeliness t) {
        if (t.late()) {
            return late(true, t.lateDays());
        }
        Span badge = Badge.of("", Badge.Tone.SUCCESS);
        badge.setText(badge.getTranslation("proactive.late.inTime"));
        badge.addClassName("record-in-time");
        return badge;
    }

    static Span link(LinkState state) {
        Span badge = Badge.of("", switch (state) {
            case OK -> Badge.Tone.SUCCESS;
            case FAILING -> Badge.Tone.ATTENTION;
            case DEAD -> Badge.Tone.DANGER;
            case UNCHECKED -> Badge.Tone.NEUTRAL;
        });
        badge.setText(badge.getTranslation("proactive.link." + state.name()));
        return badge;
    }

    /** A channel's label; 其他 is named by its note. */
    static String channel(Component in, Channel channel, String note) {
        return channel == Channel.OTHER && note != null && !note.isBlank() ? note
                : in.getTranslation(channel.labelKey());
    }
}
