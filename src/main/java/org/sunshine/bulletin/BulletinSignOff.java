package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.util.List;
import java.util.function.Consumer;

/**
 * A bulletin between the inspector and the leader: the inspector submits the draft; the leader sends it back with
 * comments or signs it, and after issue may revoke it with a reason (it stays readable, marked as revoked; the open
 * rectifications of its problem list stop). Submitting, sending back and signing are judgements on the text the user
 * read: each takes the version of the bulletin their page loaded and is refused ({@code error.changedMeanwhile}) if
 * the bulletin has changed since.
 */
@Singleton
public class BulletinSignOff {

    private final BulletinRepository bulletins;
    private final DraftEditing drafts;
    private final ProblemRectifications problems;
    private final History history;
    private final AuditLog audit;
    private final BusinessClock clock;

    BulletinSignOff(BulletinRepository bulletins, DraftEditing drafts, ProblemRectifications problems, History history,
                    AuditLog audit, BusinessClock clock) {
        this.bulletins = bulletins;
        this.drafts = drafts;
        this.problems = problems;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void submit(long id, int version, @Nullable String note, SignedInUser inspector) {
        Bulletin seen = asSeen(id, version);
        List<String> blockers = drafts.blockers(id);
        if (!blockers.isEmpty()) {
            throw new DomainException(blockers.get(0));
        }
        step(seen, BulletinAction.SUBMIT, inspector, Texts.strip(note), b -> { });
        audit.record(inspector, AuditAction.BULLETIN_SUBMITTED, "bulletin", id, "", null);
    }

    /** The leader sends the draft back to the inspector with comments (required). */
    @Transactional
    public void sendBack(long id, int version, @Nullable String comments, SignedInUser leader) {
        String text = Texts.required(comments, "comments", "bulletin.error.comments", 2000);
        step(asSeen(id, version), BulletinAction.SEND_BACK, leader, text, b -> { });
        audit.record(leader, AuditAction.BULLETIN_SENT_BACK, "bulletin", id, text, null);
    }

    @Transactional
    public void sign(long id, int version, @Nullable String note, SignedInUser leader) {
        step(asSeen(id, version), BulletinAction.SIGN, leader, Texts.strip(note), b -> {
            b.setSignedByName(leader.displayName());
            b.setSignedAt(clock.now());
        });
        audit.record(leader, AuditAction.BULLETIN_SIGNED, "bulletin", id, "", null);
    }

    /** The leader revokes an issued bulletin with a reason; its problem list's open rectifications stop. */
    @Transactional
    public void revoke(long id, @Nullable String reason, SignedInUser leader) {
        String text = Texts.required(reason, "reason", "bulletin.error.revokeReason", Texts.MAX_REASON);
        Bulletin issued = bulletins.findByIdForUpdate(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        step(issued, BulletinAction.REVOKE, leader, text, b -> {
            b.setRevokedAt(clock.now());
            b.setRevokedByName(leader.displayName());
            b.setRevokeReason(text);
        });
        problems.cancelAll(id, text);
        audit.record(leader, AuditAction.BULLETIN_REVOKED, "bulletin", id, text, null);
    }

    private void step(Bulletin b, BulletinAction action, SignedInUser who, String note, Consumer<Bulletin> change) {
        if (who == null) {
            throw new DomainException("error.notAllowed");
        }
        history.move(BulletinWorkflow.TABLE, b, action, By.user(who), note, change, bulletins::update);
    }

    /** The bulletin, if it is still at the version the user's page loaded. */
    private Bulletin asSeen(long id, int version) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new DomainException("bulletin.error.missing"));
        DraftEditing.requireSeen(b, version);
        return b;
    }
}
