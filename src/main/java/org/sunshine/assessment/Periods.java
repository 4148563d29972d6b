package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A period as the steps on it find it: loaded (and its row locked) for the step, with the checks every step makes
 * on who takes it, and the names of people and departments its history and audit log are written with.
 */
@Singleton
class Periods {

    static final int MAX_TEXT = 2000;
    static final int MAX_REASON = 1000;

    private final PeriodRepository periods;
    private final PeriodDepartmentRepository scope;
    private final IndicatorSystemService systems;
    private final UserService users;
    private final DirectoryNames names;
    private final Messages messages;

    Periods(PeriodRepository periods, PeriodDepartmentRepository scope, IndicatorSystemService systems,
            UserService users, DirectoryNames names, Messages messages) {
        this.periods = periods;
        this.scope = scope;
        this.systems = systems;
        this.users = users;
        this.names = names;
        this.messages = messages;
    }

    Period load(long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new DomainException("assessment.period.error.missing"));
    }

    /**
     * Loads the period and locks its row until the transaction ends, so that what changes the sheets or the state
     * (writing or taking back a sheet, assigning, ruling, publishing, locking) is done one after the other. Called
     * before anything else is read: under MariaDB's REPEATABLE READ the transaction's snapshot is taken at its first
     * plain read, so everything read after the lock is at least as new as it.
     */
    Period loadForUpdate(long periodId) {
        return periods.findByIdForUpdate(periodId)
                .orElseThrow(() -> new DomainException("assessment.period.error.missing"));
    }

    Period byLead(long periodId, SignedInUser actor) {
        requireInspector(actor);
        return requireLead(load(periodId), actor);
    }

    Period byLeadForUpdate(long periodId, SignedInUser actor) {
        requireInspector(actor);
        return requireLead(loadForUpdate(periodId), actor);
    }

    Period scoringByLeadForUpdate(long periodId, SignedInUser actor) {
        Period period = byLeadForUpdate(periodId, actor);
        if (period.getState() != PeriodState.SCORING) {
            throw new DomainException("assessment.period.error.notScoring");
        }
        return period;
    }

    private static Period requireLead(Period period, SignedInUser actor) {
        if (!period.isLead(actor.id())) {
            throw new DomainException("assessment.period.error.leadOnly");
        }
        return period;
    }

    void requireInScope(long periodId, long departmentId) {
        if (scope.findByPeriodIdAndDepartmentId(periodId, departmentId).isEmpty()) {
            throw DomainException.on("departmentId", "assessment.period.error.notInScope");
        }
    }

    Indicator indicatorOf(Period period, long indicatorId) {
        return systems.treeOf(period.getSystemId()).categories().stream().flatMap(b -> b.indicators().stream())
                .filter(i -> i.id() == indicatorId).findFirst()
                .orElseThrow(() -> DomainException.on("indicatorId", "assessment.error.missing"));
    }

    /** An enabled inspector's account, who may lead or be assigned. */
    Optional<UserRow> inspector(long userId) {
        return users.row(userId).filter(u -> u.role() == Role.INSPECTOR && u.enabled());
    }

    String userName(long userId) {
        return users.row(userId).map(UserRow::displayName).orElse("#" + userId);
    }

    /** People by name, in order, as one line: 王明、张伟. */
    String userNames(Collection<Long> userIds) {
        return userIds.stream().map(this::userName).sorted()
                .collect(Collectors.joining(messages.chinese("common.listSeparator")));
    }

    String departmentName(long departmentId) {
        return Optional.ofNullable(names.read().department(departmentId)).orElse("#" + departmentId);
    }

    /** A text as the history and the audit log keep it: in Chinese, whoever reads it later. */
    String chinese(String key, Object... args) {
        return messages.chinese(key, args);
    }

    static void requireInspector(@Nullable SignedInUser actor) {
        if (actor == null || !actor.is(Role.INSPECTOR)) {
            throw new DomainException("error.notAllowed");
        }
    }

    /** A required text, stripped, at most {@code max} characters; refused on {@code field} with {@code key}. */
    static String text(@Nullable String text, String field, String key, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw DomainException.on(field, key, max);
        }
        return stripped;
    }
}
