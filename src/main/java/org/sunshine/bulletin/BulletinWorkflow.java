package org.sunshine.bulletin;

import org.sunshine.security.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may take which step of a bulletin in which state, and where it leads: the whole state machine, tested row by
 * row. An inspector drafts, edits (only a draft), submits and issues; a leader sends back with comments, signs and
 * revokes. Everything else is refused.
 */
public final class BulletinWorkflow {

    /** One allowed step. */
    record Step(BulletinState from, BulletinAction action, Role role, BulletinState to) {
    }

    static final List<Step> STEPS = List.of(
            new Step(BulletinState.DRAFT, BulletinAction.SUBMIT, Role.INSPECTOR, BulletinState.IN_REVIEW),
            new Step(BulletinState.IN_REVIEW, BulletinAction.SEND_BACK, Role.LEADER, BulletinState.DRAFT),
            new Step(BulletinState.IN_REVIEW, BulletinAction.SIGN, Role.LEADER, BulletinState.SIGNED),
            new Step(BulletinState.SIGNED, BulletinAction.ISSUE, Role.INSPECTOR, BulletinState.ISSUED),
            new Step(BulletinState.ISSUED, BulletinAction.REVOKE, Role.LEADER, BulletinState.REVOKED));

    private BulletinWorkflow() {
    }

    /** Where {@code action} by {@code role} leads from {@code from}, or empty if it is not allowed. */
    public static Optional<BulletinState> next(BulletinState from, BulletinAction action, Role role) {
        return STEPS.stream().filter(s -> s.from() == from && s.action() == action && s.role() == role)
                .map(Step::to).findFirst();
    }

    /** The steps a role may take now. */
    public static Set<BulletinAction> available(BulletinState state, Role role) {
        Set<BulletinAction> actions = EnumSet.noneOf(BulletinAction.class);
        STEPS.stream().filter(s -> s.from() == state && s.role() == role).forEach(s -> actions.add(s.action()));
        return actions;
    }

    /** Only a draft is edited, and only by an inspector. */
    public static boolean editable(BulletinState state, Role role) {
        return state == BulletinState.DRAFT && role == Role.INSPECTOR;
    }
}
