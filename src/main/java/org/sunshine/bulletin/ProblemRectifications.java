package org.sunshine.bulletin;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.i18n.Messages;
import org.sunshine.base.numbers.References;
import org.sunshine.finding.FindingQueries;
import org.sunshine.rectification.RectificationAccepted;
import org.sunshine.rectification.RectificationView;
import org.sunshine.rectification.RectificationQueries;
import org.sunshine.rectification.Rectifications;
import org.sunshine.rectification.Subject;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.By;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The problem lists' rectifications: each item opens one at issue ({@code rectifyDays} working days from the issue
 * date); a revocation withdraws the open ones; an item copied from a finding is accepted along with the finding's
 * rectification, so the department does not rectify the same thing twice. An item made from an indicator carries the
 * indicator as its topic, so a department criticized again for it within the repeat window is marked as repeating.
 */
@Singleton
class ProblemRectifications {

    private final BulletinProblemRepository problems;
    private final Rectifications rectifications;
    private final RectificationQueries queries;
    private final References references;
    private final FindingQueries findings;
    private final Messages messages;

    ProblemRectifications(BulletinProblemRepository problems, Rectifications rectifications,
                          RectificationQueries queries, References references, FindingQueries findings,
                          Messages messages) {
        this.problems = problems;
        this.rectifications = rectifications;
        this.queries = queries;
        this.references = references;
        this.findings = findings;
        this.messages = messages;
    }

    /**
     * At issue, inside the issuing transaction: every item of the bulletin, in the list's order, takes its reference
     * (问题 WT-2026-0012, in the year of issue) and starts its rectification today.
     */
    void startAll(long bulletinId, int year, By by) {
        for (BulletinProblem p : problems.findByBulletinIdOrderByDepartmentIdAscAndSeqAsc(bulletinId)) {
            p.setReference(references.next(BulletinProblem.REFERENCE_PREFIX, year));
            problems.update(p);
            String topic = p.getSource() == ProblemSource.INDICATOR ? "indicator:" + p.getSourceRef() : null;
            rectifications.open(Subject.problem(p.getId()), p.getReference(), p.getDepartmentId(), p.getRectifyDays(),
                    topic, by);
        }
    }

    /** At revocation: the open rectifications stop, with the reason. */
    void cancelAll(long bulletinId, String reason) {
        List<Long> ids = problems.findByBulletinIdOrderByDepartmentIdAscAndSeqAsc(bulletinId).stream()
                .map(BulletinProblem::getId).toList();
        queries.of(Subject.PROBLEM, ids).values().forEach(r -> rectifications.cancel(r.id(), reason));
    }

    /** A bulletin's problem list, department by department, in order. */
    List<BulletinProblem> items(long bulletinId) {
        return problems.findByBulletinIdOrderByDepartmentIdAscAndSeqAsc(bulletinId);
    }

    /** The rectifications of a bulletin's items, by item id (none before issue). */
    Map<Long, RectificationView> of(List<BulletinProblem> items) {
        return queries.of(Subject.PROBLEM, items.stream().map(BulletinProblem::getId).toList());
    }

    /** A bulletin's items, all or {@code own}'s, each with its rectification as the viewer may see and act on it. */
    List<ProblemRow> rows(long bulletinId, @Nullable Long own, Map<Long, String> departmentNames, SignedInUser viewer) {
        List<BulletinProblem> items = problems.findByBulletinIdOrderByDepartmentIdAscAndSeqAsc(bulletinId).stream()
                .filter(p -> own == null || p.getDepartmentId().equals(own)).toList();
        Map<Long, RectificationView> views = of(items);
        Map<Long, String> cited = findings.references(items.stream().map(ProblemRectifications::findingId)
                .filter(Objects::nonNull).toList());
        return items.stream().map(p -> new ProblemRow(p, departmentNames.getOrDefault(p.getDepartmentId(), ""),
                views.containsKey(p.getId()) ? queries.detail(views.get(p.getId()).id(), viewer) : null,
                findingId(p), findingId(p) == null ? null : cited.get(findingId(p)))).toList();
    }

    /** The finding an item was copied from, if it was. */
    @Nullable
    static Long findingId(BulletinProblem p) {
        if (p.getSource() != ProblemSource.FINDING || p.getSourceRef() == null) {
            return null;
        }
        try {
            return Long.valueOf(p.getSourceRef());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An item of a problem list, if there is one with that id. */
    Optional<BulletinProblem> find(long problemId) {
        return problems.findById(problemId);
    }

    /** A department's items on its clock, the nearest deadline first. */
    List<RectificationView> nearestDue(long departmentId, int limit) {
        return queries.nearestDue(Subject.PROBLEM, departmentId, limit);
    }

    /** How many items of issued bulletins are in one of the rectification states (for a department: its own). */
    long count(java.util.Set<org.sunshine.rectification.RectificationState> states, @Nullable Long departmentId) {
        return queries.count(Subject.PROBLEM, states, departmentId);
    }

    /**
     * A finding's rectification was accepted (inside that transaction): the open items copied from the finding on
     * issued bulletins are accepted with it; the verdict says so in the bulletin's language.
     */
    @EventListener
    @Transactional
    public void onRectificationAccepted(RectificationAccepted accepted) {
        if (!Subject.FINDING.equals(accepted.subject().kind())) {
            return;
        }
        String note = messages.chinese("bulletin.text.acceptedWithFinding",
                findings.reference(accepted.subject().id()).orElse(String.valueOf(accepted.subject().id())));
        List<Long> copies = problems.findBySourceAndSourceRef(ProblemSource.FINDING,
                String.valueOf(accepted.subject().id())).stream().map(BulletinProblem::getId).toList();
        queries.of(Subject.PROBLEM, copies).values().stream().filter(r -> r.state().open())
                .forEach(r -> rectifications.acceptAlong(r.id(), accepted.rectificationId(), note));
    }
}
