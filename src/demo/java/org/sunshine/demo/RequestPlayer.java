package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.ConsultationKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.ExtensionBasis;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.OrgType;
import org.sunshine.inforequest.RemedyKind;
import org.sunshine.inforequest.RemedyOutcome;
import org.sunshine.inforequest.ReplyResult;
import org.sunshine.inforequest.RequestAction;
import org.sunshine.inforequest.RequestChannel;
import org.sunshine.inforequest.RequestClock;
import org.sunshine.inforequest.RequestSettings;
import org.sunshine.inforequest.RequestState;
import org.sunshine.inforequest.RequestWorkflow;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.workflow.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.sunshine.demo.HistoryRandom.pick;

/**
 * Plays one application of the demo's or a benchmark's history through its life on the working-day calendar, as the
 * organ and the applicant would have: registered (online ones within a day or two, a few late), perhaps a 补正
 * (corrected, or left until the application ends), perhaps a consultation (answered or silent), perhaps an extension
 * approved by the head, then a reply — mostly in time — with a result drawn from the shares real annual reports show;
 * a few withdrawn; a few replies taken to 行政复议 or court. Every step is checked against {@link RequestWorkflow}
 * and stops at {@code asOf}: later steps have not happened yet.
 */
final class RequestPlayer {

    /** An application as it stands at asOf, with its steps, letters and remedies. */
    static final class Played {
        String number;
        long departmentId;
        boolean government;
        RequestChannel channel;
        RequestState state = RequestState.SUBMITTED;
        ApplicantKind kind;
        String name;
        IdType idType;
        String idNumber;
        OrgType orgType;
        String creditCode;
        String contactPerson;
        String phone;
        String description;
        FormWanted form;
        Delivery delivery;
        Instant arrivedAt;
        LocalDate arrivedOn;
        LocalDate signedFor;
        LocalDate registerDue;
        Instant registeredAt;
        boolean late;
        LocalDate receivedOn;
        LocalDate replyStart;
        int extensionDays;
        Integer requestedExtension;
        ExtensionBasis extensionBasis;
        int pausedDays;
        LocalDate replyDue;
        boolean correctionUsed;
        String correctionItems;
        LocalDate correctionStart;
        LocalDate correctionDue;
        LocalDate correctedOn;
        ReplyResult result;
        String basis;
        String reason;
        String withheld;
        String otherOrgan;
        String provision;
        Instant repliedAt;
        LocalDate repliedOn;
        Boolean inTime;
        Instant closedAt;
        Instant updatedAt;
        int version;
        final List<Step> steps = new ArrayList<>();
        final List<Letter> letters = new ArrayList<>();
        final List<Remedy> remedies = new ArrayList<>();
    }

    record Step(Instant at, RequestAction action, @Nullable RequestState from, RequestState to, Actor actor, String note) {
    }

    record Letter(ConsultationKind kind, String party, String question, LocalDate sentOn, LocalDate answerDue,
                  @Nullable LocalDate answeredOn, @Nullable String answer) {
    }

    record Remedy(RemedyKind kind, String body, LocalDate filedOn, RemedyOutcome outcome, @Nullable LocalDate decidedOn) {
    }

    private static final ReplyResult[] RESULTS = ReplyResult.values();
    /** Shares (‰) of the results by reply, from published county reports: about half disclosed, a fifth not held. */
    private static final int[] RESULT_WEIGHTS = {330, 110, 100, 4, 8, 4, 20, 12, 25, 10, 8, 140, 45, 30, 10, 30, 20, 6,
            3, 5, 0, 0, 0};

    private final HistoryTime time;
    private final WorkingDayCalendar calendar;
    private final RequestSettings settings;
    private final java.util.function.Function<ReplyResult, String> basis;

    RequestPlayer(HistoryTime time, WorkingDayCalendar calendar, RequestSettings settings,
                  java.util.function.Function<ReplyResult, String> basis) {
        this.time = time;
        this.calendar = calendar;
        this.settings = settings;
        this.basis = basis;
    }

    /** Plays {@code p}, whose arrival and applicant are set, until it ends or asOf. */
    void play(Played p, SplittableRandom r) {
        p.steps.add(new Step(p.arrivedAt, RequestAction.FILE, null, staffEntered(p) ? RequestState.REGISTERED
                : RequestState.SUBMITTED, staffEntered(p) ? Actor.HANDLER : Actor.PUBLIC, p.channel.name()));
        p.updatedAt = p.arrivedAt;
        Instant t = p.arrivedAt;
        if (staffEntered(p)) {
            p.state = RequestState.REGISTERED;
            p.registeredAt = p.arrivedAt;
            p.receivedOn = p.arrivedOn;
            p.replyStart = p.arrivedOn;
        } else {
            p.registerDue = time.plus(p.arrivedOn, settings.registerDays());
            int after = pick(r, 60, 33, 7); // the same day, the next working day, two days: late
            t = time.staffAfter(p.arrivedAt, after, r);
            if (!step(p, t, RequestAction.REGISTER, Actor.HANDLER, "")) {
                return;
            }
            LocalDate day = time.date(t);
            p.registeredAt = t;
            p.late = day.isAfter(p.registerDue);
            p.receivedOn = p.late ? p.registerDue : day;
            p.replyStart = p.receivedOn;
        }
        recompute(p);
        if (r.nextInt(100) < 3) { // withdrawn early
            withdraw(p, time.publicAfter(t, time.plus(time.date(t), 5), r));
            return;
        }
        if (r.nextInt(100) < 12) {
            t = time.staffAfter(t, 1 + r.nextInt(5), r);
            if (!step(p, t, RequestAction.REQUEST_CORRECTION, Actor.HANDLER, "")) {
                return;
            }
            p.correctionUsed = true;
            p.correctionItems = "请写明所需信息的具体名称、形成时间或文号，并说明所指的具体区域或项目。";
            p.correctionStart = time.date(t);
            p.correctionDue = time.plus(p.correctionStart, settings.correctionDays());
            recompute(p);
            if (r.nextInt(100) < 25) { // never corrected: ends the day after its deadline
                Instant end = time.at(p.correctionDue.plusDays(1), 2 * 3600);
                if (step(p, end, RequestAction.TERMINATE, Actor.SYSTEM, ReplyResult.NO_CORRECTION.name())) {
                    p.result = ReplyResult.NO_CORRECTION;
                    p.basis = basis.apply(ReplyResult.NO_CORRECTION);
                    p.closedAt = end;
                }
                return;
            }
            t = time.publicAfter(t, time.plus(p.correctionStart, 10), r);
            if (!step(p, t, RequestAction.CORRECT, Actor.PUBLIC, "")) {
                return;
            }
            p.correctedOn = time.date(t);
            p.replyStart = p.correctedOn;
            recompute(p);
        }
        if (r.nextInt(100) < 10) {
            t = time.staffAfter(t, 2 + r.nextInt(6), r);
            LocalDate sent = time.date(t);
            boolean thirdParty = r.nextInt(100) < 80;
            LocalDate answerDue = time.plus(sent, settings.consultationDays());
            if (!step(p, t, RequestAction.CONSULT, Actor.HANDLER, "")) {
                return;
            }
            boolean silent = r.nextInt(100) < 20;
            LocalDate answered = silent ? null : time.plus(sent, 3 + r.nextInt(12));
            Instant answeredAt = answered == null ? null : time.at(answered, HistoryTime.workSecond(r));
            boolean known = answeredAt != null && !answeredAt.isAfter(time.asOf);
            p.letters.add(new Letter(thirdParty ? ConsultationKind.THIRD_PARTY : ConsultationKind.OTHER_ORGAN,
                    thirdParty ? "涉及的第三方企业" : "市财政局", "所申请信息的公开是否损害贵方合法权益，是否同意公开。",
                    sent, answerDue, known ? answered : null, known ? "不同意公开涉及本企业商业秘密的部分。" : null));
            recompute(p);
            if (known) {
                step(p, answeredAt, RequestAction.CONSULTATION_ANSWERED, Actor.HANDLER, "");
                t = answeredAt;
            } else if (answered == null) {
                t = time.at(answerDue, HistoryTime.workSecond(r));
            }
        }
        if (r.nextInt(100) < 8 && p.replyDue != null) {
            t = later(t, time.at(p.replyDue.minusDays(3), HistoryTime.workSecond(r)));
            if (!step(p, t, RequestAction.REQUEST_EXTENSION, Actor.HANDLER, "需要调取档案核实")) {
                return;
            }
            p.requestedExtension = 5 + r.nextInt(16);
            p.extensionBasis = ExtensionBasis.ART33;
            t = time.staffAfter(t, 0, r);
            boolean approve = r.nextInt(100) < 90;
            if (!step(p, t, approve ? RequestAction.APPROVE_EXTENSION : RequestAction.REFUSE_EXTENSION, Actor.HANDLER, "")) {
                return;
            }
            if (approve) {
                p.extensionDays = p.requestedExtension;
            }
            recompute(p);
        }
        // the reply: mostly within the clock, one in ten late
        int span = Math.max(1, calendar.workingDaysLeft(time.date(t), p.replyDue));
        LocalDate replyDay = r.nextInt(100) < 90 ? time.plus(time.date(t), 1 + r.nextInt(span))
                : time.plus(p.replyDue, 1 + r.nextInt(5));
        Instant replyAt = later(t, time.at(replyDay, HistoryTime.workSecond(r)));
        ReplyResult result = RESULTS[pick(r, RESULT_WEIGHTS)];
        if (result == ReplyResult.STILL_UNCLEAR && p.correctedOn == null) {
            result = ReplyResult.NOT_HELD;
        }
        if (!step(p, replyAt, RequestAction.REPLY, Actor.HANDLER, result.name())) {
            return;
        }
        reply(p, result, replyAt);
        if (r.nextInt(100) < 4) {
            LocalDate filed = time.plus(p.repliedOn, 5 + r.nextInt(30));
            if (!time.at(filed, HistoryTime.workSecond(r)).isAfter(time.asOf)) {
                RemedyKind kind = RemedyKind.values()[pick(r, 70, 20, 10)];
                LocalDate decided = time.plus(filed, 40 + r.nextInt(40));
                boolean done = !time.at(decided, 0).isAfter(time.asOf);
                RemedyOutcome outcome = done ? RemedyOutcome.values()[pick(r, 70, 15, 15, 0)] : RemedyOutcome.PENDING;
                p.remedies.add(new Remedy(kind, kind == RemedyKind.REVIEW ? "盘锦市人民政府" : "盘锦市中级人民法院",
                        filed, outcome, done ? decided : null));
                step(p, time.at(filed, HistoryTime.workSecond(r)), RequestAction.RECORD_REMEDY, Actor.HANDLER, "");
            }
        }
    }

    private void reply(Played p, ReplyResult result, Instant at) {
        p.result = result;
        p.basis = basis.apply(result);
        if (result != ReplyResult.DISCLOSED && result != ReplyResult.ALREADY_PUBLIC) {
            p.reason = "经检索，依据上述规定作出本答复。";
        }
        if (result == ReplyResult.PARTIAL) {
            p.withheld = "涉及第三方商业秘密和个人隐私的内容不予公开。";
        }
        if (result == ReplyResult.NOT_THIS_ORGAN) {
            p.otherOrgan = "盘锦市行政审批局";
        }
        if (result.provides()) {
            p.provision = "以电子邮件方式提供电子文档。";
        } else if (result == ReplyResult.ALREADY_PUBLIC) {
            p.provision = "已在本机关门户网站“政府信息公开”专栏公开。";
        }
        p.repliedAt = at;
        p.repliedOn = time.date(at);
        p.inTime = !p.repliedOn.isAfter(p.replyDue);
        p.closedAt = at;
    }

    private void withdraw(Played p, Instant at) {
        if (step(p, at, RequestAction.WITHDRAW, Actor.PUBLIC, "")) {
            p.result = ReplyResult.OTHER;
            p.reason = "申请人撤回申请";
            p.closedAt = at;
        }
    }

    /** Takes a step if it happened by asOf; checked against the table. */
    private boolean step(Played p, Instant at, RequestAction action, Actor actor, String note) {
        if (at.isAfter(time.asOf)) {
            return false;
        }
        RequestState to = RequestWorkflow.TABLE.next(p.state, action, actor)
                .orElseThrow(() -> new IllegalStateException(action + " by " + actor + " from " + p.state));
        p.steps.add(new Step(at, action, p.state, to, actor, note));
        p.state = to;
        p.updatedAt = at;
        p.version++;
        return true;
    }

    private void recompute(Played p) {
        if (p.state == RequestState.CORRECTION_REQUESTED || p.replyStart == null) {
            p.replyDue = null;
            p.pausedDays = 0;
            return;
        }
        List<RequestClock.Pause> pauses = new ArrayList<>();
        for (Letter l : p.letters) {
            LocalDate end = l.answeredOn() == null ? l.answerDue() : l.answeredOn();
            pauses.add(new RequestClock.Pause(l.sentOn(), end));
        }
        RequestClock.Due due = RequestClock.due(calendar, p.replyStart, settings.replyDays() + p.extensionDays, pauses);
        p.replyDue = due.date();
        p.pausedDays = due.pausedDays();
    }

    private static boolean staffEntered(Played p) {
        return !p.channel.needsConfirmation();
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a.plusSeconds(600);
    }
}
