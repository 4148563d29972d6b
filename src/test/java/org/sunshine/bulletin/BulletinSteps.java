package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.rectification.RectificationQueries;
import org.sunshine.rectification.RectificationView;
import org.sunshine.rectification.Rectifications;
import org.sunshine.rectification.Subject;
import org.sunshine.security.SignedInUser;

import java.util.List;

/**
 * The steps of a bulletin's life as the tests take them, one call each, through the services the screens use:
 * editing the draft, signing off, issuing, signing for, and rectifying a problem-list item (named by the item, whose
 * rectification is looked up as its page does).
 */
@Singleton
class BulletinSteps {

    private final DraftEditing editing;
    private final BulletinSignOff signOff;
    private final BulletinIssue issue;
    private final Circulation circulation;
    private final Rectifications rectifications;
    private final RectificationQueries rectificationQueries;

    BulletinSteps(DraftEditing editing, BulletinSignOff signOff, BulletinIssue issue, Circulation circulation,
                  Rectifications rectifications, RectificationQueries rectificationQueries) {
        this.editing = editing;
        this.signOff = signOff;
        this.issue = issue;
        this.circulation = circulation;
        this.rectifications = rectifications;
        this.rectificationQueries = rectificationQueries;
    }

    void saveText(long id, int version, TextForm form, SignedInUser inspector) {
        editing.saveText(id, version, form, inspector);
    }

    void addDepartment(long id, @Nullable Long departmentId, DepartmentRole role, @Nullable String reason,
                       SignedInUser inspector) {
        editing.addDepartment(id, departmentId, role, reason, inspector);
    }

    void removeDepartment(long id, long departmentId, DepartmentRole role, SignedInUser inspector) {
        editing.removeDepartment(id, departmentId, role, inspector);
    }

    long saveProblem(long id, ProblemForm form, SignedInUser inspector) {
        return editing.saveProblem(id, form, inspector);
    }

    void deleteProblem(long id, long problemId, SignedInUser inspector) {
        editing.deleteProblem(id, problemId, inspector);
    }

    void submit(long id, int version, @Nullable String note, SignedInUser inspector) {
        signOff.submit(id, version, note, inspector);
    }

    void sendBack(long id, int version, @Nullable String comments, SignedInUser leader) {
        signOff.sendBack(id, version, comments, leader);
    }

    void sign(long id, int version, @Nullable String note, SignedInUser leader) {
        signOff.sign(id, version, note, leader);
    }

    String issue(long id, SignedInUser inspector) {
        return issue.issue(id, inspector);
    }

    void revoke(long id, @Nullable String reason, SignedInUser leader) {
        signOff.revoke(id, reason, leader);
    }

    void signFor(long id, SignedInUser handler) {
        circulation.signFor(id, handler);
    }

    void report(long problemId, @Nullable String text, List<Attachments.Upload> files, SignedInUser handler) {
        rectifications.report(rectificationOf(problemId), text, files, handler);
    }

    void accept(long problemId, @Nullable String note, SignedInUser inspector) {
        rectifications.accept(rectificationOf(problemId), note, inspector);
    }

    void returnReport(long problemId, @Nullable String reason, SignedInUser inspector) {
        rectifications.returnReport(rectificationOf(problemId), reason, inspector);
    }

    /** The item's rectification; an item of a draft has none, and acting on it is refused as the screens refuse it. */
    RectificationView rectification(long problemId) {
        return rectificationQueries.of(Subject.problem(problemId))
                .orElseThrow(() -> new DomainException("bulletin.error.notIssued"));
    }

    private long rectificationOf(long problemId) {
        return rectification(problemId).id();
    }
}
