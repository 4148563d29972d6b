package org.sunshine.demo;

import org.sunshine.complaint.Channel;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.ComplaintSettings;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.complaint.Rating;
import org.sunshine.demo.HistoryCity.Area;
import org.sunshine.demo.HistoryCity.Department;
import org.sunshine.demo.HistoryCity.Person;
import org.sunshine.workflow.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static org.sunshine.demo.HistoryCity.Person.PUBLIC;
import static org.sunshine.demo.HistoryRandom.hex;
import static org.sunshine.demo.HistoryRandom.pick;
import static org.sunshine.demo.HistoryTime.CLOSE;
import static org.sunshine.demo.HistoryTime.OPEN;
import static org.sunshine.demo.HistoryTime.workSecond;

/**
 * Plays a complaint through its life on the working-day calendar from the day it was submitted — accepted, assigned,
 * received, perhaps returned and re-routed, perhaps extended, replied on time or late, rated, reopened once, closed
 * as not rated when the window ran out — checking each step against {@link ComplaintWorkflow}, up to the moment the
 * history is written as of. Every draw comes from the complaint's own random generator, in the order of its story.
 */
final class ComplaintPlayer {

    private static final List<String> API_CLIENTS = List.of("12345政务服务便民热线", "12345政务服务便民热线",
            "12345政务服务便民热线", "市长信箱");

    private final boolean withEvents;
    private final HistoryCity city;
    private final HistoryTime time;
    private final ComplaintSettings complaintSettings;

    /** With {@code withEvents}, each complaint keeps its steps for its timeline. */
    ComplaintPlayer(boolean withEvents, HistoryCity city, HistoryTime time, ComplaintSettings complaintSettings) {
        this.withEvents = withEvents;
        this.city = city;
        this.time = time;
        this.complaintSettings = complaintSettings;
    }

    /** Draws a complaint and plays it through its life up to {@code asOf}. */
    void play(ComplaintRow c, LocalDate day, int second, boolean working) {
        SplittableRandom r = c.r;
        c.submittedAt = time.at(day, second);
        boolean officeHours = working && second >= OPEN && second < CLOSE;
        int channel = r.nextInt(100);
        if (channel < 55 || (!officeHours && channel >= 75) || (city.inspectors.isEmpty() && channel >= 75)) {
            c.channel = Channel.WEB;
        } else if (channel < 75) {
            c.channel = Channel.API;
            c.apiClient = HistoryTexts.pick(API_CLIENTS, r);
        } else {
            c.channel = channel < 92 ? Channel.PHONE : Channel.LETTER;
        }
        int type = r.nextInt(100);
        c.type = type < 70 ? ComplaintType.COMPLAINT : type < 80 ? ComplaintType.REPORT
                : type < 90 ? ComplaintType.SUGGESTION : ComplaintType.INQUIRY;
        // the department first; a department that leads a key area mostly hears about that area
        Department target = city.weighted(r);
        List<Area> led = city.ledAreas.getOrDefault(target.id(), List.of());
        // a complaint names a key area only if it is one the department leads: never another's
        boolean own = !led.isEmpty() && r.nextInt(100) < 75;
        Area area = own ? led.get(r.nextInt(led.size())) : null;
        c.areaId = area == null ? null : area.id();
        c.areaCode = area == null ? null : area.code();
        // one in twenty is asked back: four times in five it was sent to the wrong department, which hands it
        // back to the right one; else the department asks to hand back its own complaint and is refused
        boolean askedBack = city.departments.size() > 1 && r.nextInt(1000) < 50;
        boolean misrouted = askedBack && r.nextInt(100) < 80;
        Department first = misrouted ? city.other(target, r) : target;
        if (r.nextInt(100) < 40) {
            c.requestedDepartment = r.nextInt(100) < 85 ? first.id() : city.other(first, r).id();
        }
        // about the area's own information when the department leads it, else about its general duties
        c.topic = HistoryTexts.topic(own ? c.areaCode : null, r);
        c.text = HistoryTexts.complaint(c.type, c.topic, target.name(), day, r);
        c.subject = c.text.subject();
        c.content = c.text.content();
        c.hash = hex(r, 64);
        c.salt = hex(r, 32);
        c.acceptStart = day;
        c.acceptDue = time.plus(day, complaintSettings.acceptDays());

        Person submitter = PUBLIC;
        Actor submittedBy = Actor.PUBLIC;
        if (c.channel == Channel.PHONE || c.channel == Channel.LETTER) {
            submitter = city.inspector(r);
            submittedBy = Actor.INSPECTOR;
            c.enteredBy = submitter.id();
        }
        step(c, c.submittedAt, ComplaintAction.SUBMIT, submittedBy, submitter, c.channel.name(), x -> { });

        if (r.nextInt(1000) < 8) {
            Instant t = time.publicAfter(c.submittedAt, time.plus(day, 1), r);
            step(c, t, ComplaintAction.WITHDRAW, Actor.PUBLIC, PUBLIC, HistoryTexts.pick(HistoryTexts.WITHDRAW_REASONS, r),
                    x -> x.closedAt = t);
            return;
        }
        Instant decided = time.staffAfter(c.submittedAt, pick(r, 55, 30, 12, 3), r);
        Person inspector = city.inspector(r);
        if (r.nextInt(100) < 4) {
            String reason = HistoryTexts.pick(HistoryTexts.REJECT_REASONS, r);
            step(c, decided, ComplaintAction.REJECT, Actor.INSPECTOR, inspector, reason, x -> {
                x.rejectReason = reason;
                x.closedAt = decided;
            });
            return;
        }
        if (!step(c, decided, ComplaintAction.ACCEPT, Actor.INSPECTOR, inspector, "", x -> { })) {
            return;
        }
        Instant assigned = r.nextInt(100) < 75 ? decided.plusSeconds(60 + r.nextInt(3600)) : time.staffAfter(decided, 1, r);
        if (!assign(c, assigned, first, inspector) || !receive(c, first, r)) {
            return;
        }
        Department handling = first;
        if (askedBack) {
            Person handler = city.handler(first, r);
            Instant asked = time.staffAfter(c.updatedAt, pick(r, 60, 40), r);
            String rightOne = misrouted ? target.name() : city.other(target, r).name();
            if (!step(c, asked, ComplaintAction.REQUEST_RETURN, Actor.HANDLER, handler,
                    HistoryTexts.returnReason(rightOne), x -> { })) {
                return;
            }
            Instant answered = time.staffAfter(asked, pick(r, 10, 40, 30, 20), r);
            Person decider = city.inspector(r);
            if (misrouted) {
                if (!step(c, answered, ComplaintAction.APPROVE_RETURN, Actor.INSPECTOR, decider, "", x -> {
                    x.department = null;
                    x.handleStart = null;
                    x.handleDue = null;
                })) {
                    return;
                }
                if (!assign(c, answered.plusSeconds(60 + r.nextInt(1800)), target, decider) || !receive(c, target, r)) {
                    return;
                }
                handling = target;
            } else if (!step(c, answered, ComplaintAction.REFUSE_RETURN, Actor.INSPECTOR, decider,
                    HistoryTexts.pick(HistoryTexts.RETURN_REFUSALS, r), x -> { })) {
                return;
            }
        }
        if (!handle(c, handling, false)) {
            return;
        }
        afterReply(c, handling);
    }

    private boolean assign(ComplaintRow c, Instant at, Department department, Person inspector) {
        LocalDate day = time.date(at);
        return step(c, at, ComplaintAction.ASSIGN, Actor.INSPECTOR, inspector, HistoryTexts.pick(HistoryTexts.ASSIGN_NOTES, c.r),
                x -> {
                    x.department = department.id();
                    x.handleStart = day;
                    x.extensionDays = 0;
                    x.requestedExtension = null;
                    x.handleDue = time.plus(day, complaintSettings.handleDays());
                });
    }

    private boolean receive(ComplaintRow c, Department department, SplittableRandom r) {
        Instant at = time.staffAfter(c.updatedAt, pick(r, 60, 35, 5), r);
        return step(c, at, ComplaintAction.RECEIVE, Actor.HANDLER, city.handler(department, r), "", x -> { });
    }

    /**
     * The department at work, from the handling clock's start: perhaps an extension, reminders when it runs
     * late, then the reply (or the complainant withdraws first). False if the story ends here.
     */
    private boolean handle(ComplaintRow c, Department department, boolean again) {
        SplittableRandom r = c.r;
        Person handler = city.handler(department, r);
        int days = complaintSettings.handleDays();
        double lateShare = 0.02 + 0.45 * Math.pow(1 - department.quality(), 2) * (again ? 0.5 : 1);
        boolean late = r.nextDouble() < lateShare;
        boolean extend = c.requestedExtension == null && days > 3 && r.nextInt(100) < (late ? 25 : 6);
        int requested = extend ? Math.min(complaintSettings.maxExtensionDays(), HistoryTexts.pick(List.of(3, 5, 5, 7, 10, 10), r)) : 0;
        boolean granted = extend && r.nextInt(100) < 85;
        int allowed = days + (granted ? requested : 0);
        int n = late ? allowed + 1 + Math.min(r.nextInt(6), r.nextInt(13))
                : Math.max(1, Math.min(allowed, (int) Math.ceil(allowed * (r.nextDouble() + r.nextDouble()) / 2)));
        LocalDate start = c.handleStart;
        if (extend) {
            int askedOn = 2 + r.nextInt(Math.max(1, days - 3));
            n = Math.max(n, askedOn + 2);
            Instant asked = later(c, time.at(time.plus(start, askedOn), workSecond(r)), r);
            if (!step(c, asked, ComplaintAction.REQUEST_EXTENSION, Actor.HANDLER, handler,
                    HistoryTexts.pick(HistoryTexts.EXTENSION_REASONS, r) + " (+" + requested + ")",
                    x -> x.requestedExtension = requested)) {
                return false;
            }
            Instant decided = time.staffAfter(asked, pick(r, 20, 40, 25, 15), r);
            Person inspector = city.inspector(r);
            boolean ok = granted ? step(c, decided, ComplaintAction.APPROVE_EXTENSION, Actor.INSPECTOR, inspector, "", x -> {
                x.extensionDays = requested;
                x.handleDue = time.plus(start, days + requested);
            }) : step(c, decided, ComplaintAction.REFUSE_EXTENSION, Actor.INSPECTOR, inspector,
                    HistoryTexts.pick(HistoryTexts.EXTENSION_REFUSALS, r), x -> { });
            if (!ok) {
                return false;
            }
        }
        Instant replied = later(c, time.at(time.plus(start, n), workSecond(r)), r);
        if (r.nextInt(1000) < 12) {
            Instant withdrawn = time.publicAfter(c.updatedAt, time.date(replied), r);
            if (withdrawn.isBefore(replied)) {
                step(c, withdrawn, ComplaintAction.WITHDRAW, Actor.PUBLIC, PUBLIC,
                        HistoryTexts.pick(HistoryTexts.WITHDRAW_REASONS, r), x -> x.closedAt = withdrawn);
                return false;
            }
        }
        // 催办: on the last day, and again once it is overdue
        if (n >= allowed - 1 && r.nextInt(100) < (late ? 70 : 15)) {
            Instant reminded = later(c, time.at(time.plus(start, allowed - 1 < 1 ? 1 : allowed - 1), workSecond(r)), r);
            if (reminded.isBefore(replied) && !step(c, reminded, ComplaintAction.REMIND, Actor.INSPECTOR, city.inspector(r),
                    HistoryTexts.REMINDERS.get(r.nextInt(2)), x -> { })) {
                return false;
            }
            if (late && n > allowed + 1) {
                Instant again2 = later(c, time.at(time.plus(start, allowed + 1), workSecond(r)), r);
                if (again2.isBefore(replied) && !step(c, again2, ComplaintAction.REMIND, Actor.INSPECTOR, city.inspector(r),
                        HistoryTexts.REMINDERS.get(2), x -> { })) {
                    return false;
                }
            }
        }
        String reply = HistoryTexts.reply(c.text, c.topic, department.name(), time.date(replied), r);
        LocalDate day = time.date(replied);
        boolean first = c.firstReplyAt == null;
        if (!step(c, replied, ComplaintAction.REPLY, Actor.HANDLER, handler, "", x -> {
            x.replyText = reply;
            x.repliedAt = replied;
            x.ratingStart = day;
            x.ratingDue = time.plus(day, complaintSettings.ratingDays());
        })) {
            return false;
        }
        if (first) {
            c.firstReplyAt = replied;
            c.firstReplyLate = day.isAfter(c.handleDue);
        }
        return true;
    }

    /** The complainant rates the reply, reopens it (once), or lets the window pass. */
    private void afterReply(ComplaintRow c, Department department) {
        SplittableRandom r = c.r;
        boolean late = c.ratingStart.isAfter(c.handleDue);
        double reopen = c.reopened ? 0 : 0.015 + 0.04 * (1 - department.quality()) + (late ? 0.03 : 0);
        double u = r.nextDouble();
        LocalDate due = c.ratingDue;
        if (u < reopen) {
            Instant at = time.publicAfter(c.repliedAt, due, r);
            String reason = HistoryTexts.pick(HistoryTexts.REOPEN_REASONS, r);
            LocalDate day = time.date(at);
            if (!step(c, at, ComplaintAction.REOPEN, Actor.PUBLIC, PUBLIC, reason, x -> {
                x.reopened = true;
                x.rating = Rating.DISSATISFIED;
                x.ratingComment = reason;
                x.ratingStart = null;
                x.ratingDue = null;
                x.handleStart = day;
                x.extensionDays = 0;
                x.handleDue = time.plus(day, complaintSettings.handleDays());
            })) {
                return;
            }
            if (handle(c, department, true)) {
                afterReply(c, department);
            }
        } else if (u < reopen + 0.68) {
            Instant at = time.publicAfter(c.repliedAt, due, r);
            Rating rating = rating(department, late, c.reopened, r);
            String comment = HistoryTexts.ratingComment(rating, r);
            step(c, at, ComplaintAction.RATE, Actor.PUBLIC, PUBLIC, comment == null ? "" : comment, x -> {
                x.rating = rating;
                x.ratingComment = comment;
                x.closedAt = at;
            });
        } else {
            // the job that closes unrated replies runs every ten minutes: just after midnight
            Instant at = time.at(due.plusDays(1), 60 + r.nextInt(540));
            step(c, at, ComplaintAction.EXPIRE, Actor.SYSTEM, PUBLIC, "", x -> {
                x.rating = Rating.NOT_RATED;
                x.closedAt = at;
            });
        }
    }

    private Rating rating(Department department, boolean late, boolean reopened, SplittableRandom r) {
        double satisfied = 0.35 + 0.45 * department.quality() - (late ? 0.2 : 0) - (reopened ? 0.15 : 0);
        double basic = 0.3;
        double u = r.nextDouble();
        return u < satisfied ? Rating.SATISFIED : u < satisfied + basic ? Rating.BASICALLY_SATISFIED : Rating.DISSATISFIED;
    }

    /**
     * One step of the complaint's life, if it happened by {@code asOf}: the workflow says where it leads (and
     * refuses what a real complaint could not do), the change is applied and the event recorded.
     */
    private boolean step(ComplaintRow c, Instant at, ComplaintAction action, Actor actor, Person who, String note,
                         Consumer<ComplaintRow> change) {
        if (c.cut || at.isAfter(time.asOf)) {
            c.cut = true;
            return false;
        }
        ComplaintState from = c.state;
        ComplaintState to = from == null ? ComplaintState.SUBMITTED
                : ComplaintWorkflow.next(from, action, actor, c.requestedExtension != null, c.reopened)
                .orElseThrow(() -> new IllegalStateException(action + " by " + actor + " from " + from));
        change.accept(c);
        c.state = to;
        c.updatedAt = at;
        c.version++;
        if (withEvents) {
            c.events.add(new ComplaintRow.Event(at, action, from, to, actor, who, c.department, note));
        }
        return true;
    }

    /** A moment after the complaint's last step, or the one given if it is later. */
    private Instant later(ComplaintRow c, Instant at, SplittableRandom r) {
        return at.isAfter(c.updatedAt) ? at : c.updatedAt.plusSeconds(600 + r.nextInt(3600));
    }
}
