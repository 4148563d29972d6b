package org.sunshine.security;

import io.micronaut.core.annotation.Nullable;

/**
 * Something that happened at sign-in or to an account, published in the transaction that did it. The audit log
 * records it: the log builds on security (it knows who did what), so security tells it through an event rather
 * than calling it.
 *
 * @param actorId   who did it, null for the platform or an unknown username
 * @param actorName the login name of who did it ({@code system} for the platform, what was typed for an unknown one)
 * @param userId    the account it concerns, empty when the username is unknown
 * @param clientIp  where a sign-in came from
 */
public record AccountEvent(Kind kind, @Nullable Long actorId, String actorName, String userId, String detail,
                           @Nullable String clientIp) {

    /** What happened; the audit log's action of the same name. */
    public enum Kind {
        LOGIN_SUCCEEDED,
        LOGIN_FAILED,
        LOGIN_LOCKED,
        USER_CREATED,
        USER_UPDATED,
        USER_PASSWORD_RESET,
        USER_PASSWORD_CHANGED,
        USER_DISABLED,
        USER_ENABLED,
        USER_UNLOCKED,
        USER_DISCLOSURE_HEAD
    }

    /** A sign-in attempt on an account, by its owner. */
    static AccountEvent signIn(Kind kind, User user, String detail, @Nullable String clientIp) {
        return new AccountEvent(kind, user.getId(), user.getUsername(), String.valueOf(user.getId()), detail, clientIp);
    }

    /** An administrator's change to an account; the platform creating one is {@link SignedInUser#SYSTEM}. */
    static AccountEvent change(Kind kind, SignedInUser actor, long userId, String detail) {
        return new AccountEvent(kind, actor == SignedInUser.SYSTEM ? null : actor.id(), actor.username(),
                String.valueOf(userId), detail, null);
    }
}
