package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.directory.KeyAreaService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The roster form: what an appointment or a change must satisfy (each refusal on its field, before anything is
 * saved), and a change in words for the supervisor's history.
 */
@Singleton
class SupervisorForms {

    static final int MAX_TERM_YEARS = 5;
    static final String PHONE_PATTERN = "[0-9+\\- ]{5,20}";
    static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final DepartmentService departments;
    private final KeyAreaService areas;
    private final DirectoryNames directoryNames;
    private final SupervisorRepository supervisors;
    private final Messages messages;

    SupervisorForms(DepartmentService departments, KeyAreaService areas, DirectoryNames directoryNames,
                    SupervisorRepository supervisors, Messages messages) {
        this.departments = departments;
        this.areas = areas;
        this.directoryNames = directoryNames;
        this.supervisors = supervisors;
        this.messages = messages;
    }

    /** The form with its text stripped, or the first thing wrong with it. */
    SupervisorForm check(SupervisorForm form) {
        String name = strip(form.name());
        if (name.isEmpty() || name.length() > 60) {
            throw DomainException.on("name", "supervisor.error.name");
        }
        if (form.background() == null) {
            throw DomainException.on("background", "supervisor.error.background");
        }
        String affiliation = strip(form.affiliation());
        if (affiliation.length() > 100) {
            throw DomainException.on("affiliation", "supervisor.error.affiliation");
        }
        String phone = strip(form.phone());
        if (!phone.isEmpty() && !phone.matches(PHONE_PATTERN)) {
            throw DomainException.on("phone", "supervisor.error.phone");
        }
        String email = strip(form.email());
        if (!email.isEmpty() && (email.length() > 100 || !email.matches(EMAIL_PATTERN))) {
            throw DomainException.on("email", "supervisor.error.email");
        }
        if (form.termStart() == null) {
            throw DomainException.on("termStart", "supervisor.error.termStart");
        }
        if (form.termEnd() == null || form.termEnd().isBefore(form.termStart())) {
            throw DomainException.on("termEnd", "supervisor.error.termEnd");
        }
        if (form.termEnd().isAfter(form.termStart().plusYears(MAX_TERM_YEARS))) {
            throw DomainException.on("termEnd", "supervisor.error.termTooLong", MAX_TERM_YEARS);
        }
        if (!form.departmentIds().stream().allMatch(departments::isActive)) {
            throw DomainException.on("departmentIds", "supervisor.error.department");
        }
        if (!form.keyAreaIds().stream().allMatch(areas::isActive)) {
            throw DomainException.on("keyAreaIds", "supervisor.error.keyArea");
        }
        if (form.departmentIds().isEmpty() && form.keyAreaIds().isEmpty()) {
            throw DomainException.on("departmentIds", "supervisor.error.scope");
        }
        return new SupervisorForm(form.id(), form.username(), form.password(), name, form.background(), affiliation,
                phone, email, form.termStart(), form.termEnd(), form.departmentIds(), form.keyAreaIds());
    }

    /** What a change changes, in words (kept in Chinese like every note of a history): term, name, scope. */
    String describeChange(Supervisor before, SupervisorForm after) {
        Set<String> parts = new LinkedHashSet<>();
        if (!before.getTermStart().equals(after.termStart()) || !before.getTermEnd().equals(after.termEnd())) {
            parts.add(before.getTermStart() + " ~ " + before.getTermEnd() + " → " + after.termStart() + " ~ " + after.termEnd());
        }
        if (!before.getName().equals(after.name())) {
            parts.add(before.getName() + " → " + after.name());
        }
        Scope scope = supervisors.scopeOf(before.getId());
        if (!scope.departmentIds().equals(after.departmentIds()) || !scope.keyAreaIds().equals(after.keyAreaIds())) {
            DirectoryNames.Names names = directoryNames.read();
            parts.add(scopeNames(names, scope.departmentIds(), scope.keyAreaIds()) + " → "
                    + scopeNames(names, after.departmentIds(), after.keyAreaIds()));
        }
        return String.join("; ", parts);
    }

    private String scopeNames(DirectoryNames.Names names, Set<Long> departmentIds, Set<Long> keyAreaIds) {
        List<String> all = new ArrayList<>();
        departmentIds.stream().map(names::department).filter(Objects::nonNull).sorted().forEach(all::add);
        keyAreaIds.stream().map(names::area).filter(Objects::nonNull).sorted().forEach(all::add);
        return String.join(messages.chinese("common.listSeparator"), all);
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
