package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.complaint.Channel;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Rating;
import org.sunshine.demo.HistoryCity.Person;
import org.sunshine.workflow.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A complaint while it is played through ({@link ComplaintPlayer}): its own random draws, the columns of its row as
 * they stand after the last step that happened, and the steps themselves for its timeline, until
 * {@link ComplaintWriter} writes it.
 */
final class ComplaintRow {
    final SplittableRandom r;
    long id;
    String code;
    String hash;
    String salt;
    ComplaintType type;
    Channel channel;
    ComplaintState state;
    Long areaId;
    String areaCode;
    Long requestedDepartment;
    Long department;
    String subject;
    String content;
    HistoryTexts.Text text;
    HistoryTexts.Topic topic;
    Instant submittedAt;
    LocalDate acceptStart;
    LocalDate acceptDue;
    LocalDate handleStart;
    LocalDate handleDue;
    int extensionDays;
    Integer requestedExtension;
    boolean reopened;
    String replyText;
    Instant repliedAt;
    LocalDate ratingStart;
    LocalDate ratingDue;
    Rating rating;
    String ratingComment;
    String rejectReason;
    Instant closedAt;
    Long enteredBy;
    String apiClient;
    Instant updatedAt;
    int version = -1;
    boolean cut;
    Instant firstReplyAt;
    boolean firstReplyLate;
    final List<Event> events = new ArrayList<>();

    /** A step of the complaint's life, for its timeline. */
    record Event(Instant at, ComplaintAction action, @Nullable ComplaintState from, ComplaintState to, Actor kind,
                 Person who, @Nullable Long department, String note) {
    }

    ComplaintRow(SplittableRandom r) {
        this.r = r;
    }
}
