package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;
import org.sunshine.rectification.RectificationState;
import org.sunshine.rectification.RectificationView;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bulletins' lists, as each viewer may read them (staff all; a department's handler the issued or revoked ones
 * addressed to it, with its own receipt and problem list), the public bulletins, and the workbench's counts. One
 * bulletin's page is {@link BulletinPage}.
 */
@Singleton
public class BulletinQueries {

    private final BulletinRepository bulletins;
    private final BulletinAddresseeRepository addressees;
    private final BulletinProblemRepository problems;
    private final ProblemRectifications rectifications;
    private final Receipts receipts;
    private final PeriodQueries periods;
    private final BulletinFiles files;

    BulletinQueries(BulletinRepository bulletins, BulletinAddresseeRepository addressees,
                    BulletinProblemRepository problems, ProblemRectifications rectifications, Receipts receipts,
                    PeriodQueries periods, BulletinFiles files) {
        this.files = files;
        this.bulletins = bulletins;
        this.addressees = addressees;
        this.problems = problems;
        this.rectifications = rectifications;
        this.receipts = receipts;
        this.periods = periods;
    }

    /**
     * A bulletin in a list.
     *
     * @param signed       how many addressed departments signed for it (for a department: 1 if it did)
     * @param addressed    how many it is addressed to (for a department: 1)
     * @param overdueSigns addressed departments that have not signed and are past the deadline
     * @param accepted     problem-list items closed (for a department: its own)
     * @param items        problem-list items (for a department: its own)
     * @param rectifying   problem-list items on the department's clock (being rectified, or returned)
     * @param reported     problem-list items whose rectification report waits for an inspector
     */
    public record Row(long id, String title, BulletinKind kind, BulletinState state, long periodId, String periodName,
                      @Nullable String number, @Nullable LocalDate issueDate, boolean publicRelease, int signed,
                      int addressed, int overdueSigns, int accepted, int items, int rectifying, int reported) {
    }

    /** What of the bulletins waits for the viewer: the workbench's queues, and the list filtered to one of them. */
    public enum Queue {
        /** a department: issued to it, not yet signed for */
        TO_SIGN(r -> r.state() == BulletinState.ISSUED && r.addressed() > 0 && r.signed() == 0),
        /** a department: its problem-list items on its clock */
        TO_RECTIFY(r -> r.rectifying() > 0),
        /** an inspector: rectification reports to verify */
        TO_VERIFY(r -> r.reported() > 0),
        /** a leader: waiting for the signature */
        TO_SIGN_OFF(r -> r.state() == BulletinState.IN_REVIEW),
        /** an inspector: drafts to finish, signed ones to issue */
        TO_ISSUE(r -> r.state() == BulletinState.DRAFT || r.state() == BulletinState.SIGNED);

        private final java.util.function.Predicate<Row> waiting;

        Queue(java.util.function.Predicate<Row> waiting) {
            this.waiting = waiting;
        }

        public boolean waiting(Row row) {
            return waiting.test(row);
        }
    }

    /** The bulletins of a queue the viewer may see, as the list shows them. */
    @Transactional(readOnly = true)
    public List<Row> list(SignedInUser viewer, Queue queue) {
        return list(viewer).stream().filter(queue::waiting).toList();
    }

    @Transactional(readOnly = true)
    public List<Row> list(SignedInUser viewer) {
        List<Bulletin> visible;
        Long department = null;
        if (BulletinAccess.staff(viewer)) {
            visible = bulletins.findAllOrderByCreatedAtDescAndIdDesc();
        } else if (viewer.is(Role.HANDLER) && viewer.departmentId() != null) {
            department = viewer.departmentId();
            Set<Long> ids = addressees.findByDepartmentId(department).stream().map(BulletinAddressee::bulletinId)
                    .collect(Collectors.toSet());
            visible = ids.isEmpty() ? List.of() : bulletins.findByIdInListOrderByIssueDateDescAndIdDesc(ids).stream()
                    .filter(b -> BulletinAccess.CIRCULATED.contains(b.getState())).toList();
        } else {
            throw new DomainException("error.notAllowed");
        }
        Map<Long, String> periodNames = periods.names();
        List<Row> rows = new ArrayList<>();
        for (Bulletin b : visible) {
            Long only = department;
            List<BulletinAddressee> to = addressees.findByBulletinId(b.getId()).stream()
                    .filter(a -> only == null || a.departmentId() == only).toList();
            List<BulletinProblem> items = problems.findByBulletinIdOrderByDepartmentIdAscAndSeqAsc(b.getId()).stream()
                    .filter(p -> only == null || p.getDepartmentId().equals(only)).toList();
            var states = rectifications.of(items).values().stream().map(r -> r.state()).toList();
            int accepted = (int) states.stream().filter(st -> st == RectificationState.ACCEPTED).count();
            int rectifying = (int) states.stream()
                    .filter(st -> st == RectificationState.RECTIFYING || st == RectificationState.RETURNED).count();
            int reported = (int) states.stream().filter(st -> st == RectificationState.REPORTED).count();
            rows.add(new Row(b.getId(), b.getTitle(), b.getKind(), b.getState(), b.getPeriodId(),
                    periodNames.getOrDefault(b.getPeriodId(), ""), b.getDocNumber(), b.getIssueDate(),
                    b.isPublicRelease(), (int) to.stream().filter(a -> a.signedAt() != null).count(), to.size(),
                    receipts.overdue(b, to), accepted, items.size(), rectifying, reported));
        }
        return rows;
    }

    /**
     * A problem-list item on a department's clock, for the workbench's list by deadline.
     *
     * @param reference its readable reference (问题 WT-2026-0012)
     */
    public record DueProblem(long problemId, @Nullable String reference, long bulletinId, @Nullable String bulletinNumber,
                             int seq, String text, RectificationView rectification) {
    }

    /** A department's problem-list items on its clock, the nearest deadline first; empty for anyone but a handler. */
    @Transactional(readOnly = true)
    public List<DueProblem> nearestDue(SignedInUser viewer, int limit) {
        if (!viewer.is(Role.HANDLER) || viewer.departmentId() == null) {
            return List.of();
        }
        List<DueProblem> due = new ArrayList<>();
        for (RectificationView r : rectifications.nearestDue(viewer.departmentId(), limit)) {
            problems.findById(r.subject().id()).ifPresent(p -> due.add(new DueProblem(p.getId(), p.getReference(),
                    p.getBulletinId(),
                    bulletins.findById(p.getBulletinId()).map(Bulletin::getDocNumber).orElse(null), p.getSeq(),
                    p.getText(), r)));
        }
        return due;
    }

    /** The public bulletins, newest first. */
    @Transactional(readOnly = true)
    public List<Bulletin> published() {
        return bulletins.findByStateInListAndPublicReleaseOrderByIssueDateDescAndIdDesc(BulletinAccess.CIRCULATED, true);
    }

    /** A public bulletin's frozen PDF, for anyone. */
    public StoredFile publicFile(long id) {
        return files.publicFile(id);
    }

    /** Workbench counts: for a department what it must sign for and rectify; for staff what waits for them. */
    @Transactional(readOnly = true)
    public long count(String what, SignedInUser viewer) {
        return switch (what) {
            case "toSign" -> viewer.departmentId() == null ? 0 : addressees.findByDepartmentId(viewer.departmentId()).stream()
                    .filter(a -> a.signedAt() == null && a.signDue() != null)
                    .filter(a -> bulletins.findById(a.bulletinId()).map(b -> b.getState() == BulletinState.ISSUED).orElse(false))
                    .count();
            case "toRectify" -> viewer.departmentId() == null ? 0 : rectifications.count(
                    EnumSet.of(RectificationState.RECTIFYING, RectificationState.RETURNED), viewer.departmentId());
            // a revoked bulletin's rectifications are withdrawn: only issued ones wait for the inspector
            case "toVerify" -> rectifications.count(EnumSet.of(RectificationState.REPORTED), null);
            case "toSignOff" -> bulletins.findAllOrderByCreatedAtDescAndIdDesc().stream()
                    .filter(b -> b.getState() == BulletinState.IN_REVIEW).count();
            case "toIssue" -> bulletins.findAllOrderByCreatedAtDescAndIdDesc().stream()
                    .filter(b -> b.getState() == BulletinState.SIGNED || b.getState() == BulletinState.DRAFT).count();
            default -> throw new IllegalArgumentException(what);
        };
    }
}
