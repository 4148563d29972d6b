package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Writes the events of a complaint's history. */
@Singleton
public class ComplaintHistory {

    private static final int MAX_NOTE = 2000;

    private final ComplaintEventRepository events;
    private final Clock clock;

    public ComplaintHistory(ComplaintEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public ComplaintEvent byStaff(Complaint complaint, Action action, @Nullable ComplaintState from, Actor role,
                                  SignedInUser who, String note) {
        return save(complaint, action, from, role, who.id() == 0 ? null : who.id(), who.displayName(), note);
    }

    public ComplaintEvent byPublic(Complaint complaint, Action action, @Nullable ComplaintState from, String note) {
        return save(complaint, action, from, Actor.PUBLIC, null, "", note);
    }

    public ComplaintEvent bySystem(Complaint complaint, Action action, @Nullable ComplaintState from, String note) {
        return save(complaint, action, from, Actor.SYSTEM, null, "", note);
    }

    private ComplaintEvent save(Complaint complaint, Action action, @Nullable ComplaintState from, Actor kind,
                                @Nullable Long actorId, String actorName, String note) {
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.length() > MAX_NOTE) {
            trimmed = trimmed.substring(0, MAX_NOTE);
        }
        return events.save(new ComplaintEvent(null, complaint.getId(), now(), action, from, complaint.getState(), kind,
                actorId, actorName, complaint.getDepartmentId(), trimmed));
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
