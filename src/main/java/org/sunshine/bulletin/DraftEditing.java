package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.ResultTable;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The inspector's edits of a draft: its text, who is on its lists (with the reason written in the table) and the
 * criticized departments' problem lists; and what still stops it from going to the leader. Only a draft is edited,
 * and a page's edits are refused if the bulletin changed since the page loaded it.
 */
@Singleton
public class DraftEditing {

    static final int MAX_TITLE = 200;
    static final int MAX_ADDRESSEES = 500;
    static final int MAX_BODY = 20_000;
    static final int MAX_COPY_TO = 300;

    private final BulletinRepository bulletins;
    private final BulletinDepartmentRepository listed;
    private final BulletinProblemRepository problems;
    private final BulletinDocuments documents;
    private final PeriodQueries periods;
    private final PeriodResults results;

    DraftEditing(BulletinRepository bulletins, BulletinDepartmentRepository listed, BulletinProblemRepository problems,
                 BulletinDocuments documents, PeriodQueries periods, PeriodResults results) {
        this.bulletins = bulletins;
        this.listed = listed;
        this.problems = problems;
        this.documents = documents;
        this.periods = periods;
        this.results = results;
    }

    /** Saves the text edited on a page that loaded the bulletin at {@code version}; refused if it changed since. */
    @Transactional
    public void saveText(long id, int version, TextForm form, SignedInUser inspector) {
        Bulletin b = draft(id, inspector);
        requireSeen(b, version);
        b.setTitle(Texts.required(form.title(), "title", "bulletin.error.title", MAX_TITLE));
        b.setAddressees(Texts.required(form.addressees(), "addressees", "bulletin.error.addressees", MAX_ADDRESSEES));
        b.setBody(Texts.required(form.body(), "body", "bulletin.error.body", MAX_BODY));
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
        Period period = periods.find(b.getPeriodId()).orElseThrow();
        ResultTable table = results.locked(period, b.getRevisionNo());
        ResultTable.Row row = departmentId == null ? null : table.row(departmentId).orElse(null);
        if (row == null) {
            throw DomainException.on("departmentId", "bulletin.error.department");
        }
        if (listed.findByBulletinIdOrderByRoleAscAndRankNoAscAndId(id).stream().anyMatch(d -> d.departmentId() == departmentId)) {
            throw DomainException.on("departmentId", "bulletin.error.listed");
        }
        String why = Texts.required(reason, "reason", "bulletin.error.listReason", 200);
        listed.save(new BulletinDepartment(null, id, departmentId, role, BigDecimal.valueOf(row.score().total()),
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
        String text = Texts.required(form.text(), "text", "bulletin.error.problemText", 500);
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
        } else {
            p = problems.findById(form.id()).filter(x -> x.getBulletinId() == id)
                    .orElseThrow(() -> new DomainException("bulletin.error.missing"));
            p.setDepartmentId(departmentId);
        }
        p.setText(text);
        p.setRectifyDays(days);
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

    /** What stops a draft from going to the leader (i18n keys); empty when it can. */
    @Transactional(readOnly = true)
    public List<String> blockers(long id) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        List<String> keys = new ArrayList<>();
        List<BulletinDepartment> onLists = listed.findByBulletinIdOrderByRoleAscAndRankNoAscAndId(id);
        boolean commended = onLists.stream().anyMatch(d -> d.role() == DepartmentRole.COMMENDED);
        boolean criticized = onLists.stream().anyMatch(d -> d.role() == DepartmentRole.CRITICIZED);
        BulletinText.Markers markers = documents.markers();
        if (!commended && !criticized) {
            keys.add("bulletin.blocker.nobody");
        }
        if (commended && !BulletinText.places(b.getBody(), markers, BulletinDocument.Kind.COMMENDED)) {
            keys.add("bulletin.blocker.commendedMarker");
        }
        if (criticized && !BulletinText.places(b.getBody(), markers, BulletinDocument.Kind.CRITICIZED)) {
            keys.add("bulletin.blocker.criticizedMarker");
        }
        if (criticized && !BulletinText.places(b.getBody(), markers, BulletinDocument.Kind.PROBLEMS)) {
            keys.add("bulletin.blocker.problemsMarker");
        }
        for (BulletinDepartment d : onLists) {
            if (d.role() == DepartmentRole.CRITICIZED && problems.findByBulletinIdAndDepartmentIdOrderBySeq(id, d.departmentId()).isEmpty()) {
                keys.add("bulletin.blocker.noProblemList");
                break;
            }
        }
        return keys;
    }

    /** A draft the inspector may edit. */
    private Bulletin draft(long id, SignedInUser inspector) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        if (inspector == null || !BulletinWorkflow.editable(b.getState(), Actor.of(inspector.role()))) {
            throw new DomainException(inspector != null && inspector.is(Role.INSPECTOR) ? "bulletin.error.notDraft" : "error.notAllowed");
        }
        return b;
    }

    /** Refuses a step taken on an old page; a change committed after this check fails the update's version check. */
    static void requireSeen(Bulletin b, int version) {
        if (b.getVersion() != version) {
            throw new DomainException("error.changedMeanwhile");
        }
    }

    /** Saves the draft (its {@code updated_at} and version move), refusing if it was changed since it was read. */
    private void touch(Bulletin b) {
        try {
            bulletins.update(b);
        } catch (OptimisticLockException e) {
            throw new DomainException("error.changedMeanwhile");
        }
    }
}
