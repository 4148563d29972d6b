package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodRepository;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.StoredFile;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading bulletins, as each viewer may: inspectors and leaders see every bulletin; a department sees the issued
 * (or revoked) bulletins addressed to it — the whole document, its own receipt and its own problem list; the public
 * sees the issued bulletins marked 此件公开发布. Frozen files are checked against their SHA-256 before they are
 * handed out.
 */
@Singleton
public class BulletinQueries {

    private static final Set<BulletinState> CIRCULATED = EnumSet.of(BulletinState.ISSUED, BulletinState.REVOKED);

    private final BulletinRepository bulletins;
    private final BulletinDepartmentRepository listed;
    private final BulletinProblemRepository problems;
    private final BulletinAddresseeRepository addressees;
    private final BulletinEventRepository events;
    private final BulletinFileRepository files;
    private final ProblemReportRepository reports;
    private final ProblemAttachmentRepository attachments;
    private final BulletinDocuments documents;
    private final BulletinReport report;
    private final BulletinDeadlines deadlines;
    private final BulletinService service;
    private final PeriodRepository periods;
    private final DirectoryNames names;

    BulletinQueries(BulletinRepository bulletins, BulletinDepartmentRepository listed, BulletinProblemRepository problems,
                    BulletinAddresseeRepository addressees, BulletinEventRepository events, BulletinFileRepository files,
                    ProblemReportRepository reports, ProblemAttachmentRepository attachments, BulletinDocuments documents,
                    BulletinReport report, BulletinDeadlines deadlines, BulletinService service, PeriodRepository periods,
                    DirectoryNames names) {
        this.bulletins = bulletins;
        this.listed = listed;
        this.problems = problems;
        this.addressees = addressees;
        this.events = events;
        this.files = files;
        this.reports = reports;
        this.attachments = attachments;
        this.documents = documents;
        this.report = report;
        this.deadlines = deadlines;
        this.service = service;
        this.periods = periods;
        this.names = names;
    }

    /**
     * A bulletin in a list.
     *
     * @param signed       how many addressed departments signed for it (for a department: 1 if it did)
     * @param addressed    how many it is addressed to (for a department: 1)
     * @param overdueSigns addressed departments that have not signed and are past the deadline
     * @param accepted     problem-list items closed (for a department: its own)
     * @param items        problem-list items (for a department: its own)
     */
    public record Row(long id, String title, BulletinKind kind, BulletinState state, long periodId, String periodName,
                      @Nullable String number, @Nullable LocalDate issueDate, boolean publicRelease, int signed,
                      int addressed, int overdueSigns, int accepted, int items) {
    }

    /** An addressed department's receipt. */
    public record Receipt(long departmentId, String departmentName, @Nullable LocalDate due, @Nullable Instant signedAt,
                          @Nullable String signedByName, Warning warning, boolean late, boolean calendarFallback) {
    }

    /** A problem-list item with its reports. */
    public record Problem(BulletinProblem problem, String departmentName, Warning warning, boolean calendarFallback,
                          List<Report> reports) {
    }

    /** A rectification report with its files. */
    public record Report(ProblemReport report, List<ProblemAttachment.Info> files) {
    }

    /**
     * A bulletin's page.
     *
     * @param actions    the workflow steps the viewer may take now
     * @param editable   the viewer may edit the draft
     * @param blockers   what still stops the draft from being submitted (i18n keys)
     * @param receipts   all receipts for staff; the department's own for a handler
     * @param problems   all items for staff; the department's own for a handler
     * @param ownReceipt the handler's department's receipt, if it is addressed
     */
    public record Detail(Bulletin bulletin, Period period, BulletinDocument document, List<BulletinDepartment> listed,
                         Map<Long, String> departmentNames, List<Receipt> receipts, List<Problem> problems,
                         List<BulletinEvent> events, Set<BulletinAction> actions, boolean editable, List<String> blockers,
                         @Nullable Receipt ownReceipt) {
    }

    @Transactional(readOnly = true)
    public List<Row> list(SignedInUser viewer) {
        List<Bulletin> visible;
        Long department = null;
        if (staff(viewer)) {
            visible = bulletins.findAllOrderByCreatedAtDescAndIdDesc();
        } else if (viewer.is(Role.HANDLER) && viewer.departmentId() != null) {
            department = viewer.departmentId();
            Set<Long> ids = addressees.findByDepartmentId(department).stream().map(BulletinAddressee::bulletinId)
                    .collect(Collectors.toSet());
            visible = ids.isEmpty() ? List.of() : bulletins.findByIdInListOrderByIssueDateDescAndIdDesc(ids).stream()
                    .filter(b -> CIRCULATED.contains(b.getState())).toList();
        } else {
            throw new DomainException("error.notAllowed");
        }
        Map<Long, String> periodNames = new HashMap<>();
        periods.findAll().forEach(p -> periodNames.put(p.getId(), p.getName()));
        List<Row> rows = new ArrayList<>();
        for (Bulletin b : visible) {
            Long only = department;
            List<BulletinAddressee> to = addressees.findByBulletinId(b.getId()).stream()
                    .filter(a -> only == null || a.departmentId() == only).toList();
            List<BulletinProblem> items = problems.findByBulletinIdOrderByDepartmentIdAscAndSeqAsc(b.getId()).stream()
                    .filter(p -> only == null || p.getDepartmentId().equals(only)).toList();
            int overdue = (int) to.stream().filter(a -> a.signedAt() == null && a.signDue() != null
                    && deadlines.today().isAfter(a.signDue()) && b.getState() == BulletinState.ISSUED).count();
            rows.add(new Row(b.getId(), b.getTitle(), b.getKind(), b.getState(), b.getPeriodId(), periodNames.getOrDefault(b.getPeriodId(), ""),
                    b.getDocNumber(), b.getIssueDate(), b.isPublicRelease(), (int) to.stream().filter(a -> a.signedAt() != null).count(),
                    to.size(), overdue, (int) items.stream().filter(p -> p.getState() == ProblemState.ACCEPTED).count(),
                    items.size()));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public Detail detail(long id, SignedInUser viewer) {
        Bulletin b = visible(id, viewer);
        boolean staff = staff(viewer);
        Long own = staff ? null : viewer.departmentId();
        DirectoryNames.Names directory = names.read();
        Map<Long, String> departmentNames = directory.departments();
        List<Receipt> receipts = addressees.findByBulletinId(id).stream()
                .filter(a -> own == null || a.departmentId() == own)
                .map(a -> receipt(b, a, departmentNames)).toList();
        List<BulletinProblem> items = problems.findByBulletinIdOrderByDepartmentIdAscAndSeqAsc(id).stream()
                .filter(p -> own == null || p.getDepartmentId().equals(own)).toList();
        Map<Long, List<ProblemReport>> reportsOf = items.isEmpty() ? Map.of()
                : reports.findByProblemIdInListOrderById(items.stream().map(BulletinProblem::getId).toList()).stream()
                .collect(Collectors.groupingBy(ProblemReport::problemId));
        List<ProblemReport> allReports = reportsOf.values().stream().flatMap(List::stream).toList();
        Map<Long, List<ProblemAttachment.Info>> filesOf = allReports.isEmpty() ? Map.of()
                : attachments.findInfos(allReports.stream().map(ProblemReport::id).toList()).stream()
                .collect(Collectors.groupingBy(ProblemAttachment.Info::reportId));
        List<Problem> problemRows = items.stream().map(p -> new Problem(p, departmentNames.getOrDefault(p.getDepartmentId(), ""),
                deadlines.warning(p.getState().rectifying() && b.getState() == BulletinState.ISSUED, p.getRectifyDue()),
                deadlines.usesFallback(p.getRectifyDue()),
                reportsOf.getOrDefault(p.getId(), List.of()).stream()
                        .map(r -> new Report(r, filesOf.getOrDefault(r.id(), List.of()))).toList())).toList();
        Set<BulletinAction> actions = staff ? BulletinWorkflow.available(b.getState(), viewer.role()) : Set.of();
        boolean editable = BulletinWorkflow.editable(b.getState(), viewer.role());
        Receipt ownReceipt = own == null ? null : receipts.stream().findFirst().orElse(null);
        return new Detail(b, periods.findById(b.getPeriodId()).orElseThrow(), documents.document(b),
                listed.findByBulletinIdOrderByRoleAscAndRankNoAscAndId(id), departmentNames, receipts, problemRows,
                staff ? events.findByBulletinIdOrderById(id) : List.of(), actions, editable,
                editable ? service.submitProblems(id) : List.of(), ownReceipt);
    }

    private Receipt receipt(Bulletin b, BulletinAddressee a, Map<Long, String> departmentNames) {
        boolean running = b.getState() == BulletinState.ISSUED && a.signedAt() == null;
        boolean late = a.signedAt() != null && a.signDue() != null
                && deadlines.dateOf(a.signedAt()).isAfter(a.signDue());
        return new Receipt(a.departmentId(), departmentNames.getOrDefault(a.departmentId(), ""), a.signDue(), a.signedAt(),
                a.signedByName(), deadlines.warning(running, a.signDue()), late, deadlines.usesFallback(a.signDue()));
    }

    /**
     * The bulletin as PDF or DOCX: the file frozen at issue, checked against its SHA-256; before issue, a preview
     * rendered now for the staff (marked as a draft).
     */
    @Transactional(readOnly = true)
    public StoredFile file(long id, String format, SignedInUser viewer) {
        Bulletin b = visible(id, viewer);
        return file(b, format);
    }

    /** A public bulletin's frozen PDF, for anyone. */
    @Transactional(readOnly = true)
    public StoredFile publicFile(long id) {
        Bulletin b = bulletins.findById(id).filter(x -> x.isPublicRelease() && CIRCULATED.contains(x.getState()))
                .orElseThrow(() -> new DomainException("bulletin.error.missing"));
        return file(b, "pdf");
    }

    private StoredFile file(Bulletin b, String format) {
        if (!b.issued()) {
            BulletinDocument document = documents.document(b);
            byte[] content = "docx".equals(format) ? report.docx(document, Locale.SIMPLIFIED_CHINESE)
                    : report.pdf(document, Locale.SIMPLIFIED_CHINESE);
            return new StoredFile(service.fileBaseName(b) + "." + format, contentType(format), content);
        }
        BulletinFile frozen = files.findByBulletinIdAndFormat(b.getId(), format)
                .orElseThrow(() -> new DomainException("bulletin.error.missing"));
        String recorded = "docx".equals(format) ? b.getDocxSha256() : b.getPdfSha256();
        if (!Attachments.sha256(frozen.content()).equals(recorded) || !frozen.sha256().equals(recorded)) {
            throw new DomainException("bulletin.error.integrity");
        }
        return new StoredFile(frozen.fileName(), frozen.contentType(), frozen.content());
    }

    /** Whether a frozen file still matches the SHA-256 recorded at issue. */
    @Transactional(readOnly = true)
    public boolean intact(long id, String format) {
        Bulletin b = bulletins.findById(id).orElseThrow();
        try {
            file(b, format);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** A file of a rectification report, if the viewer may see the item. */
    @Transactional(readOnly = true)
    public StoredFile attachment(long bulletinId, long attachmentId, SignedInUser viewer) {
        Detail d = detail(bulletinId, viewer);
        ProblemAttachment file = attachments.findById(attachmentId)
                .filter(a -> d.problems().stream().flatMap(p -> p.reports().stream()).anyMatch(r -> r.report().id() == a.reportId()))
                .orElseThrow(() -> new DomainException("bulletin.error.missing"));
        return new StoredFile(file.fileName(), file.contentType(), file.content());
    }

    /** The public bulletins, newest first. */
    @Transactional(readOnly = true)
    public List<Bulletin> published() {
        return bulletins.findByStateInListAndPublicReleaseOrderByIssueDateDescAndIdDesc(CIRCULATED, true);
    }

    /** Workbench counts: for a department what it must sign for and rectify; for staff what waits for them. */
    @Transactional(readOnly = true)
    public long count(String what, SignedInUser viewer) {
        return switch (what) {
            case "toSign" -> viewer.departmentId() == null ? 0 : addressees.findByDepartmentId(viewer.departmentId()).stream()
                    .filter(a -> a.signedAt() == null && a.signDue() != null)
                    .filter(a -> bulletins.findById(a.bulletinId()).map(b -> b.getState() == BulletinState.ISSUED).orElse(false))
                    .count();
            case "toRectify" -> viewer.departmentId() == null ? 0 : problems.findByDepartmentIdAndStateInList(
                    viewer.departmentId(), EnumSet.of(ProblemState.RECTIFYING, ProblemState.RETURNED)).stream()
                    .filter(p -> bulletins.findById(p.getBulletinId()).map(b -> b.getState() == BulletinState.ISSUED).orElse(false))
                    .count();
            // a revoked bulletin's reports can no longer be verified: only issued ones wait for the inspector
            case "toVerify" -> problems.findByStateInList(EnumSet.of(ProblemState.REPORTED)).stream()
                    .filter(p -> bulletins.findById(p.getBulletinId()).map(b -> b.getState() == BulletinState.ISSUED).orElse(false))
                    .count();
            case "toSignOff" -> bulletins.findAllOrderByCreatedAtDescAndIdDesc().stream()
                    .filter(b -> b.getState() == BulletinState.IN_REVIEW).count();
            case "toIssue" -> bulletins.findAllOrderByCreatedAtDescAndIdDesc().stream()
                    .filter(b -> b.getState() == BulletinState.SIGNED || b.getState() == BulletinState.DRAFT).count();
            default -> throw new IllegalArgumentException(what);
        };
    }

    private Bulletin visible(long id, SignedInUser viewer) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        if (staff(viewer)) {
            return b;
        }
        if (viewer != null && viewer.is(Role.HANDLER) && viewer.departmentId() != null && CIRCULATED.contains(b.getState())
                && addressees.findByBulletinIdAndDepartmentId(id, viewer.departmentId()).isPresent()) {
            return b;
        }
        throw new DomainException("error.notAllowed");
    }

    static String contentType(String format) {
        return "docx".equals(format) ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/pdf";
    }

    private static boolean staff(SignedInUser viewer) {
        return viewer != null && (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER));
    }
}
