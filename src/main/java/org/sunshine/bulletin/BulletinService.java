package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodRepository;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.ResultTable;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.i18n.Messages;
import org.sunshine.finding.FindingAccepted;
import org.sunshine.finding.RectificationReport;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * A bulletin from draft to revocation, and its circulation (docs/architecture.md, "Bulletins"): the inspector edits
 * the draft (text, lists, problem list) and submits it; the leader sends it back with comments or signs it; the
 * inspector issues it, which gives it the next document number of the year, freezes its PDF and DOCX with their
 * SHA-256 and starts the clocks; each addressed department signs for it; each criticized department reports on each
 * item of its problem list and the inspector accepts or returns the report; the leader may revoke it with a reason.
 * Every step checks role, state and input before anything is written.
 */
@Singleton
public class BulletinService {

    static final int MAX_TITLE = 200;
    static final int MAX_ADDRESSEES = 500;
    static final int MAX_BODY = 20_000;
    static final int MAX_COPY_TO = 300;
    static final int MAX_REASON = 500;
    static final int MAX_REPORT = 5000;

    private final BulletinRepository bulletins;
    private final BulletinDepartmentRepository listed;
    private final BulletinProblemRepository problems;
    private final BulletinAddresseeRepository addressees;
    private final BulletinEventRepository events;
    private final BulletinFileRepository files;
    private final ProblemReportRepository reports;
    private final ProblemAttachmentRepository attachments;
    private final DocumentNumbers numbers;
    private final BulletinDocuments documents;
    private final BulletinReport report;
    private final BulletinDeadlines deadlines;
    private final PeriodRepository periods;
    private final PeriodResults results;
    private final OfficeSettings office;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    BulletinService(BulletinRepository bulletins, BulletinDepartmentRepository listed, BulletinProblemRepository problems,
                    BulletinAddresseeRepository addressees, BulletinEventRepository events, BulletinFileRepository files,
                    ProblemReportRepository reports, ProblemAttachmentRepository attachments, DocumentNumbers numbers,
                    BulletinDocuments documents, BulletinReport report, BulletinDeadlines deadlines,
                    PeriodRepository periods, PeriodResults results, OfficeSettings office, Messages messages,
                    AuditLog audit, Clock clock) {
        this.bulletins = bulletins;
        this.listed = listed;
        this.problems = problems;
        this.addressees = addressees;
        this.events = events;
        this.files = files;
        this.reports = reports;
        this.attachments = attachments;
        this.numbers = numbers;
        this.documents = documents;
        this.report = report;
        this.deadlines = deadlines;
        this.periods = periods;
        this.results = results;
        this.office = office;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    // --- the draft ----------------------------------------------------------------------------------------------

    /** Saves the text edited on a page that loaded the bulletin at {@code version}; refused if it changed since. */
    @Transactional
    public void saveText(long id, int version, TextForm form, SignedInUser inspector) {
        Bulletin b = draft(id, inspector);
        requireSeen(b, version);
        b.setTitle(required(form.title(), "title", "bulletin.error.title", MAX_TITLE));
        b.setAddressees(required(form.addressees(), "addressees", "bulletin.error.addressees", MAX_ADDRESSEES));
        b.setBody(required(form.body(), "body", "bulletin.error.body", MAX_BODY));
        String copyTo = form.copyTo() == null ? "" : form.copyTo().strip();
        if (copyTo.length() > MAX_COPY_TO) {
            throw DomainException.on("copyTo", "bulletin.error.copyTo", MAX_COPY_TO);
        }
        b.setCopyTo(copyTo);
        b.setPublicRelease(form.publicRelease());
        touch(b);
    }

    /** Puts a department of the period on a list, with the reason written in the table. */
    @Transactional
    public void addDepartment(long id, @Nullable Long departmentId, DepartmentRole role, @Nullable String reason,
                              SignedInUser inspector) {
        Bulletin b = draft(id, inspector);
        if (role == DepartmentRole.COMMENDED ? !b.getKind().commends() : !b.getKind().criticizes()) {
            throw new DomainException("bulletin.error.roleNotInKind");
        }
        Period period = periods.findById(b.getPeriodId()).orElseThrow();
        ResultTable table = results.locked(period, b.getRevisionNo());
        ResultTable.Row row = departmentId == null ? null : table.row(departmentId).orElse(null);
        if (row == null) {
            throw DomainException.on("departmentId", "bulletin.error.department");
        }
        if (listed.findByBulletinIdOrderByRoleAscAndRankNoAscAndId(id).stream().anyMatch(d -> d.departmentId() == departmentId)) {
            throw DomainException.on("departmentId", "bulletin.error.listed");
        }
        String why = required(reason, "reason", "bulletin.error.listReason", 200);
        listed.save(new BulletinDepartment(null, id, departmentId, role, java.math.BigDecimal.valueOf(row.score().total()),
                row.rank(), row.grade(), why));
        touch(b);
    }

    /** Takes a department off a list; a criticized department's problem list goes with it. */
    @Transactional
    public void removeDepartment(long id, long departmentId, DepartmentRole role, SignedInUser inspector) {
        Bulletin b = draft(id, inspector);
        listed.deleteByBulletinIdAndDepartmentIdAndRole(id, departmentId, role);
        if (role == DepartmentRole.CRITICIZED) {
            problems.deleteAll(problems.findByBulletinIdAndDepartmentIdOrderBySeq(id, departmentId));
        }
        touch(b);
    }

    @Transactional
    public long saveProblem(long id, ProblemForm form, SignedInUser inspector) {
        Bulletin b = draft(id, inspector);
        Long departmentId = form.departmentId();
        if (departmentId == null || listed.findByBulletinIdAndRole(id, DepartmentRole.CRITICIZED).stream()
                .noneMatch(d -> d.departmentId() == departmentId)) {
            throw DomainException.on("departmentId", "bulletin.error.problemDepartment");
        }
        String text = required(form.text(), "text", "bulletin.error.problemText", 500);
        Integer days = form.rectifyDays();
        if (days == null || days < 1 || days > 60) {
            throw DomainException.on("rectifyDays", "bulletin.error.rectifyDays");
        }
        BulletinProblem p;
        if (form.id() == null) {
            p = new BulletinProblem();
            p.setBulletinId(id);
            p.setDepartmentId(departmentId);
            p.setSeq(problems.findByBulletinIdAndDepartmentIdOrderBySeq(id, departmentId).size() + 1);
            p.setSource(ProblemSource.OTHER);
            p.setState(ProblemState.PLANNED);
        } else {
            p = problems.findById(form.id()).filter(x -> x.getBulletinId() == id)
                    .orElseThrow(() -> new DomainException("bulletin.error.missing"));
            p.setDepartmentId(departmentId);
        }
        p.setText(text);
        p.setRectifyDays(days);
        p.setUpdatedAt(now());
        p = form.id() == null ? problems.save(p) : problems.update(p);
        touch(b);
        return p.getId();
    }

    @Transactional
    public void deleteProblem(long id, long problemId, SignedInUser inspector) {
        Bulletin b = draft(id, inspector);
        BulletinProblem p = problems.findById(problemId).filter(x -> x.getBulletinId() == id)
                .orElseThrow(() -> new DomainException("bulletin.error.missing"));
        problems.delete(p);
        List<BulletinProblem> rest = problems.findByBulletinIdAndDepartmentIdOrderBySeq(id, p.getDepartmentId());
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).getSeq() != i + 1) {
                rest.get(i).setSeq(i + 1);
                problems.update(rest.get(i));
            }
        }
        touch(b);
    }

    /** What stops a draft from going to the leader; empty when it can. */
    @Transactional(readOnly = true)
    public List<String> submitProblems(long id) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        List<String> keys = new java.util.ArrayList<>();
        List<BulletinDepartment> onLists = listed.findByBulletinIdOrderByRoleAscAndRankNoAscAndId(id);
        boolean commended = onLists.stream().anyMatch(d -> d.role() == DepartmentRole.COMMENDED);
        boolean criticized = onLists.stream().anyMatch(d -> d.role() == DepartmentRole.CRITICIZED);
        BulletinText.Markers markers = documents.markers();
        if (!commended && !criticized) {
            keys.add("bulletin.problem.nobody");
        }
        if (commended && !BulletinText.places(b.getBody(), markers, BulletinDocument.Kind.COMMENDED)) {
            keys.add("bulletin.problem.commendedMarker");
        }
        if (criticized && !BulletinText.places(b.getBody(), markers, BulletinDocument.Kind.CRITICIZED)) {
            keys.add("bulletin.problem.criticizedMarker");
        }
        if (criticized && !BulletinText.places(b.getBody(), markers, BulletinDocument.Kind.PROBLEMS)) {
            keys.add("bulletin.problem.problemsMarker");
        }
        for (BulletinDepartment d : onLists) {
            if (d.role() == DepartmentRole.CRITICIZED && problems.findByBulletinIdAndDepartmentIdOrderBySeq(id, d.departmentId()).isEmpty()) {
                keys.add("bulletin.problem.noProblems");
                break;
            }
        }
        return keys;
    }

    // --- the workflow -------------------------------------------------------------------------------------------
    // Submitting, sending back and signing are judgements on the text the user read: each takes the version of the
    // bulletin their page loaded and is refused (error.changedMeanwhile) if the bulletin has changed since.

    @Transactional
    public void submit(long id, int version, @Nullable String note, SignedInUser inspector) {
        Bulletin seen = asSeen(id, version);
        List<String> problemsLeft = submitProblems(id);
        if (!problemsLeft.isEmpty()) {
            throw new DomainException(problemsLeft.get(0));
        }
        step(seen, BulletinAction.SUBMIT, inspector, strip(note), b -> { });
        audit.record(inspector, AuditAction.BULLETIN_SUBMITTED, "bulletin", id, "", null);
    }

    /** The leader sends the draft back to the inspector with comments (required). */
    @Transactional
    public void sendBack(long id, int version, @Nullable String comments, SignedInUser leader) {
        String text = required(comments, "comments", "bulletin.error.comments", 2000);
        step(asSeen(id, version), BulletinAction.SEND_BACK, leader, text, b -> { });
        audit.record(leader, AuditAction.BULLETIN_SENT_BACK, "bulletin", id, text, null);
    }

    @Transactional
    public void sign(long id, int version, @Nullable String note, SignedInUser leader) {
        step(asSeen(id, version), BulletinAction.SIGN, leader, strip(note), b -> {
            b.setSignedByName(leader.displayName());
            b.setSignedAt(now());
        });
        audit.record(leader, AuditAction.BULLETIN_SIGNED, "bulletin", id, "", null);
    }

    /**
     * Issues a signed bulletin: the next document number of the office and year (gapless, taken under a lock in this
     * transaction), today's date, the PDF and DOCX rendered with them and frozen with their SHA-256, the addressed
     * departments' sign-for deadlines and the problem list's rectification deadlines. Returns the number.
     */
    @Transactional
    public String issue(long id, SignedInUser inspector) {
        Bulletin locked = bulletins.findByIdForUpdate(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        if (BulletinWorkflow.next(locked.getState(), BulletinAction.ISSUE, roleOf(inspector)).isEmpty()) {
            throw new DomainException("error.notNow");
        }
        LocalDate today = deadlines.today();
        int year = today.getYear();
        int seq = numbers.next(office.abbreviation(), year);
        String number = messages.chinese("bulletin.number", office.abbreviation(), String.valueOf(year), String.valueOf(seq));
        Instant now = now();
        step(locked, BulletinAction.ISSUE, inspector, number, b -> {
            b.setDocOffice(office.abbreviation());
            b.setDocYear(year);
            b.setDocSeq(seq);
            b.setDocNumber(number);
            b.setIssueDate(today);
            b.setIssuedAt(now);
            b.setIssuedByName(inspector.displayName());
        });
        LocalDate signDue = deadlines.signDue(today);
        for (BulletinAddressee a : addressees.findByBulletinId(id)) {
            addressees.update(a.due(signDue));
        }
        for (BulletinProblem p : problems.findByBulletinIdOrderByDepartmentIdAscAndSeqAsc(id)) {
            p.setState(ProblemState.RECTIFYING);
            p.setRectifyStart(today);
            p.setRectifyDue(deadlines.rectifyDue(p));
            p.setUpdatedAt(now);
            problems.update(p);
        }
        Bulletin issued = bulletins.findById(id).orElseThrow();
        BulletinDocument document = documents.document(issued);
        byte[] pdf = report.pdf(document, Locale.SIMPLIFIED_CHINESE);
        byte[] docx = report.docx(document, Locale.SIMPLIFIED_CHINESE);
        String fileName = fileBaseName(issued);
        files.save(new BulletinFile(null, id, "pdf", fileName + ".pdf", "application/pdf", pdf.length, Attachments.sha256(pdf), pdf, now));
        files.save(new BulletinFile(null, id, "docx", fileName + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.length, Attachments.sha256(docx), docx, now));
        issued.setPdfSha256(Attachments.sha256(pdf));
        issued.setDocxSha256(Attachments.sha256(docx));
        touch(issued);
        audit.record(inspector, AuditAction.BULLETIN_ISSUED, "bulletin", id, number + " " + issued.getTitle()
                + " sha256=" + issued.getPdfSha256(), null);
        return number;
    }

    /** The leader revokes an issued bulletin with a reason; it stays readable, marked as revoked. */
    @Transactional
    public void revoke(long id, @Nullable String reason, SignedInUser leader) {
        String text = required(reason, "reason", "bulletin.error.revokeReason", MAX_REASON);
        Bulletin issued = bulletins.findById(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        step(issued, BulletinAction.REVOKE, leader, text, b -> {
            b.setRevokedAt(now());
            b.setRevokedByName(leader.displayName());
            b.setRevokeReason(text);
        });
        audit.record(leader, AuditAction.BULLETIN_REVOKED, "bulletin", id, text, null);
    }

    // --- circulation ----------------------------------------------------------------------------------------------

    /**
     * The handler signs for an issued bulletin addressed to their department (签收). The bulletin's row is locked, so
     * a revocation committed a moment earlier is seen; the receipt is written only if still unsigned, so of two
     * colleagues signing at once the first receipt stands and the second is told it is already signed for.
     */
    @Transactional
    public void signFor(long id, SignedInUser handler) {
        long departmentId = departmentOf(handler);
        Bulletin b = bulletins.findByIdForUpdate(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        BulletinAddressee a = addressees.findByBulletinIdAndDepartmentId(id, departmentId)
                .orElseThrow(() -> new DomainException("error.notAllowed"));
        if (b.getState() != BulletinState.ISSUED) {
            throw new DomainException("error.notNow");
        }
        if (a.signedAt() != null || addressees.signIfUnsigned(a.id(), now(), handler.displayName()) == 0) {
            throw new DomainException("bulletin.error.signedAlready");
        }
    }

    /** A criticized department's rectification report on one item of its problem list, with files. */
    @Transactional
    public void report(long problemId, @Nullable String text, List<Attachments.Upload> uploads, SignedInUser handler) {
        long departmentId = departmentOf(handler);
        BulletinProblem p = problem(problemId);
        if (p.getDepartmentId() != departmentId) {
            throw new DomainException("error.notAllowed");
        }
        String body = required(text, "report", "bulletin.error.report", MAX_REPORT);
        List<Attachments.Checked> checked = Attachments.check(uploads == null ? List.of() : uploads);
        requireIssued(p);
        if (!p.getState().rectifying()) {
            throw new DomainException("error.notNow");
        }
        LocalDate today = deadlines.today();
        Instant now = now();
        ProblemReport saved = reports.save(new ProblemReport(null, problemId, body, handler.id(), handler.displayName(), now,
                p.getRectifyDue() == null || !today.isAfter(p.getRectifyDue()), null, null, null, null));
        for (Attachments.Checked file : checked) {
            attachments.save(new ProblemAttachment(null, saved.id(), file.fileName(), file.contentType(),
                    file.content().length, file.sha256(), file.content(), now));
        }
        p.setState(ProblemState.REPORTED);
        updateProblem(p);
    }

    /** The inspector accepts the rectification: the item is closed (销号). */
    @Transactional
    public void accept(long problemId, @Nullable String note, SignedInUser inspector) {
        String text = strip(note);
        if (text.length() > MAX_REASON) {
            throw DomainException.on("note", "bulletin.error.acceptNote", MAX_REASON);
        }
        BulletinProblem p = verifiable(problemId, inspector);
        p.setState(ProblemState.ACCEPTED);
        p.setClosedAt(now());
        updateProblem(p);
        judgeLatest(problemId, RectificationReport.Verdict.ACCEPTED, text, inspector);
    }

    /** The inspector returns the report with a reason; the department has at least {@code returnDays} more. */
    @Transactional
    public void returnReport(long problemId, @Nullable String reason, SignedInUser inspector) {
        String text = required(reason, "reason", "bulletin.error.returnReason", MAX_REASON);
        BulletinProblem p = verifiable(problemId, inspector);
        p.setState(ProblemState.RETURNED);
        p.setReturnedOn(deadlines.today());
        p.setRectifyDue(deadlines.rectifyDue(p));
        updateProblem(p);
        judgeLatest(problemId, RectificationReport.Verdict.RETURNED, text, inspector);
    }

    /**
     * A finding's rectification was accepted in the finding flow (inside that transaction): its items still open on
     * issued bulletins' problem lists are closed with it, so the department does not rectify the same thing twice.
     * A pending report on the item is judged accepted; otherwise the finding's accepted report is recorded on the
     * item. Either way the verdict says, in the bulletin's language, that it was accepted with the finding.
     */
    @EventListener
    @Transactional
    public void onFindingAccepted(FindingAccepted accepted) {
        RectificationReport r = accepted.report();
        String note = messages.chinese("bulletin.text.acceptedWithFinding", String.valueOf(accepted.findingId()));
        Instant now = now();
        EnumSet<ProblemState> open = EnumSet.of(ProblemState.RECTIFYING, ProblemState.RETURNED, ProblemState.REPORTED);
        for (BulletinProblem p : problems.findBySourceAndSourceRefAndStateInList(ProblemSource.FINDING,
                String.valueOf(accepted.findingId()), open)) {
            if (bulletins.findByIdForUpdate(p.getBulletinId()).map(b -> b.getState() != BulletinState.ISSUED).orElse(true)) {
                continue; // a revoked bulletin's rectification has stopped; it is left as it was
            }
            List<ProblemReport> all = reports.findByProblemIdOrderById(p.getId());
            if (p.getState() == ProblemState.REPORTED && !all.isEmpty()) {
                reports.update(all.get(all.size() - 1).judged(RectificationReport.Verdict.ACCEPTED, note, r.verdictByName(), now));
            } else {
                reports.save(new ProblemReport(null, p.getId(), r.text(), r.submittedBy(), r.submittedByName(), r.submittedAt(),
                        p.getRectifyDue() == null || !deadlines.dateOf(r.submittedAt()).isAfter(p.getRectifyDue()),
                        RectificationReport.Verdict.ACCEPTED, note, r.verdictByName(), now));
            }
            p.setState(ProblemState.ACCEPTED);
            p.setClosedAt(now);
            updateProblem(p);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private BulletinProblem verifiable(long problemId, SignedInUser inspector) {
        if (inspector == null || !inspector.is(Role.INSPECTOR)) {
            throw new DomainException("error.notAllowed");
        }
        BulletinProblem p = problem(problemId);
        requireIssued(p);
        if (p.getState() != ProblemState.REPORTED) {
            throw new DomainException("error.notNow");
        }
        return p;
    }

    /** Locks the item's bulletin for the rest of the transaction: a revocation committed a moment earlier is seen. */
    private void requireIssued(BulletinProblem p) {
        Bulletin b = bulletins.findByIdForUpdate(p.getBulletinId()).orElseThrow();
        if (b.getState() != BulletinState.ISSUED) {
            throw new DomainException("bulletin.error.notIssued");
        }
    }

    private void judgeLatest(long problemId, RectificationReport.Verdict verdict, String note, SignedInUser inspector) {
        List<ProblemReport> all = reports.findByProblemIdOrderById(problemId);
        reports.update(all.get(all.size() - 1).judged(verdict, note, inspector.displayName(), now()));
    }

    private BulletinProblem problem(long problemId) {
        return problems.findById(problemId).orElseThrow(() -> new DomainException("bulletin.error.missing"));
    }

    private void updateProblem(BulletinProblem p) {
        p.setUpdatedAt(now());
        try {
            problems.update(p);
        } catch (OptimisticLockException e) {
            throw new DomainException("error.changedMeanwhile");
        }
    }

    /** A draft the inspector may edit. */
    private Bulletin draft(long id, SignedInUser inspector) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        if (!BulletinWorkflow.editable(b.getState(), roleOf(inspector))) {
            throw new DomainException(inspector != null && inspector.is(Role.INSPECTOR) ? "bulletin.error.notDraft" : "error.notAllowed");
        }
        return b;
    }

    /** The bulletin, if it is still at the version the user's page loaded. */
    private Bulletin asSeen(long id, int version) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        requireSeen(b, version);
        return b;
    }

    /** Refuses a step taken on an old page; a change committed after this check fails the update's version check. */
    private static void requireSeen(Bulletin b, int version) {
        if (b.getVersion() != version) {
            throw new DomainException("error.changedMeanwhile");
        }
    }

    private void step(Bulletin b, BulletinAction action, SignedInUser who, String note, java.util.function.Consumer<Bulletin> change) {
        long id = b.getId();
        BulletinState from = b.getState();
        BulletinState to = BulletinWorkflow.next(from, action, roleOf(who)).orElseThrow(() -> new DomainException(
                who.is(Role.INSPECTOR) || who.is(Role.LEADER) ? "error.notNow" : "error.notAllowed"));
        change.accept(b);
        b.setState(to);
        touch(b);
        events.save(new BulletinEvent(null, id, now(), action, from, to, who.id() == 0 ? null : who.id(), who.displayName(),
                note.length() > 2000 ? note.substring(0, 2000) : note));
    }

    private void touch(Bulletin b) {
        b.setUpdatedAt(now());
        try {
            bulletins.update(b);
        } catch (OptimisticLockException e) {
            throw new DomainException("error.changedMeanwhile");
        }
    }

    private static Role roleOf(SignedInUser who) {
        if (who == null) {
            throw new DomainException("error.notAllowed");
        }
        return who.role();
    }

    private static long departmentOf(SignedInUser handler) {
        if (handler == null || !handler.is(Role.HANDLER) || handler.departmentId() == null) {
            throw new DomainException("error.notAllowed");
        }
        return handler.departmentId();
    }

    /** 盘政办通〔2026〕3号 关于…的通报, made safe as a file name. */
    String fileBaseName(Bulletin b) {
        String name = (b.getDocNumber() == null ? "" : b.getDocNumber() + " ") + b.getTitle();
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private static String required(@Nullable String text, String field, String key, int max) {
        String stripped = strip(text);
        if (stripped.isEmpty() || stripped.length() > max) {
            throw DomainException.on(field, key, max);
        }
        return stripped;
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
