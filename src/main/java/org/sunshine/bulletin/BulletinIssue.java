package org.sunshine.bulletin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.time.LocalDate;

/**
 * Issues a signed bulletin (印发): the next document number of the office and year (gapless, taken under a lock in
 * this transaction), today's date, the PDF and DOCX rendered with them and frozen with their SHA-256, the addressed
 * departments' sign-for clock and the problem list's rectifications.
 */
@Singleton
public class BulletinIssue {

    private final BulletinRepository bulletins;
    private final BulletinNumbers numbers;
    private final IssuedFiles files;
    private final BulletinDeadlines deadlines;
    private final ProblemRectifications problems;
    private final History history;
    private final AuditLog audit;
    private final BusinessClock clock;

    BulletinIssue(BulletinRepository bulletins, BulletinNumbers numbers, IssuedFiles files, BulletinDeadlines deadlines,
                  ProblemRectifications problems, History history, AuditLog audit, BusinessClock clock) {
        this.bulletins = bulletins;
        this.numbers = numbers;
        this.files = files;
        this.deadlines = deadlines;
        this.problems = problems;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues the bulletin; returns its number. */
    @Transactional
    public String issue(long id, SignedInUser inspector) {
        Bulletin locked = bulletins.findByIdForUpdate(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        By by = By.user(inspector);
        BulletinWorkflow.TABLE.move(locked.getState(), BulletinAction.ISSUE, by.actor());
        LocalDate today = clock.today();
        BulletinNumbers.Number number = numbers.next(today.getYear());
        history.move(BulletinWorkflow.TABLE, locked, BulletinAction.ISSUE, by, number.text(), b -> {
            b.setDocOffice(number.office());
            b.setDocYear(number.year());
            b.setDocSeq(number.seq());
            b.setDocNumber(number.text());
            b.setIssueDate(today);
            b.setIssuedAt(clock.now());
            b.setIssuedByName(inspector.displayName());
        }, bulletins::update);
        deadlines.startSignClock(id, today);
        problems.startAll(id, today.getYear(), by);
        Bulletin issued = bulletins.findById(id).orElseThrow();
        files.freeze(issued);
        bulletins.update(issued);
        audit.record(inspector, AuditAction.BULLETIN_ISSUED, "bulletin", id, number.text() + " " + issued.getTitle()
                + " sha256=" + issued.getPdfSha256(), null);
        return number.text();
    }
}
