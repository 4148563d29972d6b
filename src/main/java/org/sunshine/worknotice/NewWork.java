package org.sunshine.worknotice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.sunshine.base.i18n.Messages;
import org.sunshine.notification.Contact;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.security.Role;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.StaffMember;
import org.sunshine.workflow.StepTaken;

import java.util.List;
import java.util.Objects;

/**
 * Tells staff of new work as a step brings it ({@link NewWorkRules}), in the step's transaction: one notice per
 * person reached, keyed {@code work:<step>:<user>}, to their work e-mail and mobile, in Chinese (staff have no
 * language of their own on the server).
 */
@Singleton
class NewWork {

    private static final Logger LOG = LoggerFactory.getLogger(NewWork.class);

    private final StaffContacts contacts;
    private final WorkReferences references;
    private final Notifier notifier;

    NewWork(StaffContacts contacts, WorkReferences references, Notifier notifier) {
        this.contacts = contacts;
        this.references = references;
        this.notifier = notifier;
    }

    @EventListener
    void on(StepTaken step) {
        NewWorkRules.of(step).ifPresent(rule -> {
            List<StaffMember> to = audience(rule.to(), step, contacts.reachable());
            if (to.isEmpty()) {
                return;
            }
            WorkReferences.Reference reference;
            try {
                reference = references.of(step);
            } catch (RuntimeException e) {
                // a notice that cannot be worded never undoes the step that caused it
                LOG.warn("No new-work notice for {} {} step {}: {}", step.machine(), step.recordId(), step.eventId(),
                        e.toString());
                return;
            }
            for (StaffMember member : to) {
                notifier.notify(new Notice("work:" + step.eventId() + ":" + member.userId(),
                        new Contact(member.mobile(), member.email()), rule.template(),
                        List.of(reference.number(), reference.title(), reference.link()), Messages.CHINESE));
            }
        });
    }

    /** Who of the reachable staff a step tells: never the one who took it. */
    static List<StaffMember> audience(NewWorkRules.Audience audience, StepTaken step, List<StaffMember> reachable) {
        List<StaffMember> others = reachable.stream()
                .filter(m -> step.actorId() == null || m.userId() != step.actorId()).toList();
        return switch (audience) {
            case INSPECTORS -> others.stream().filter(m -> m.role() == Role.INSPECTOR).toList();
            case HANDLERS -> handlers(others, step);
            case DISCLOSURE_HEAD -> handlers(reachable, step).stream().anyMatch(StaffMember::disclosureHead)
                    ? handlers(others, step).stream().filter(StaffMember::disclosureHead).toList()
                    : handlers(others, step);
        };
    }

    private static List<StaffMember> handlers(List<StaffMember> staff, StepTaken step) {
        return step.departmentId() == null ? List.of() : staff.stream()
                .filter(m -> m.role() == Role.HANDLER && Objects.equals(m.departmentId(), step.departmentId())).toList();
    }
}
