package org.sunshine.security;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.ContactKeys;
import org.sunshine.base.DomainException;
import org.sunshine.base.text.TextRules;
import org.sunshine.security.AccountEvent.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Staff accounts' work e-mail and mobile and their digest choices: set by an administrator in the account dialog or
 * by each user for themself; read by the notices to staff ({@link #reachable()}). A change is audited (without the
 * contact itself).
 */
@Singleton
public class StaffContacts {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private final StaffContactRepository contacts;
    private final UserRepository users;
    private final UserService userService;
    private final ApplicationEventPublisher<AccountEvent> events;

    StaffContacts(StaffContactRepository contacts, UserRepository users, UserService userService,
                  ApplicationEventPublisher<AccountEvent> events) {
        this.contacts = contacts;
        this.users = users;
        this.userService = userService;
        this.events = events;
    }

    /** An account's contact as set, or {@link StaffContactForm#NONE}. */
    @Transactional(readOnly = true)
    public StaffContactForm of(long userId) {
        return contacts.findById(userId).map(c -> new StaffContactForm(c.email(), c.mobile(), c.digestEmail(),
                c.digestSms())).orElse(StaffContactForm.NONE);
    }

    /**
     * Sets an account's contact: an administrator for anyone, anyone else for themself.
     *
     * @throws DomainException on {@code email} or {@code mobile} for a malformed one; {@code error.notAllowed}
     */
    @Transactional
    public void save(long userId, StaffContactForm form, SignedInUser actor) {
        if (!actor.is(Role.ADMIN) && actor.id() != userId) {
            throw new DomainException("error.notAllowed");
        }
        StaffContactForm checked = check(form);
        User user = users.findById(userId).orElseThrow(() -> new DomainException("user.error.missing"));
        write(user, checked, actor);
    }

    /**
     * An administrator creates or edits an account and sets its contact, both or neither: the contact is checked
     * before anything is written.
     */
    @Transactional
    public long saveAccount(UserForm account, StaffContactForm contact, SignedInUser actor) {
        StaffContactForm checked = check(contact);
        long id = userService.save(account, actor);
        write(users.findById(id).orElseThrow(), checked, actor);
        return id;
    }

    /** Every enabled account with a work e-mail or a mobile. */
    @Transactional(readOnly = true)
    public List<StaffMember> reachable() {
        Map<Long, StaffContact> byUser = new HashMap<>();
        contacts.findAll().forEach(c -> byUser.put(c.userId(), c));
        List<StaffMember> members = new ArrayList<>();
        for (User u : users.findAll()) {
            StaffContact c = byUser.get(u.getId());
            if (u.isEnabled() && c != null && (c.email() != null || c.mobile() != null)) {
                members.add(new StaffMember(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(),
                        u.getDepartmentId(), u.getRole() == Role.HANDLER && u.isDisclosureHead(), c.email(),
                        c.mobile(), c.digestEmail(), c.digestSms()));
            }
        }
        members.sort(java.util.Comparator.comparing(StaffMember::username));
        return members;
    }

    private void write(User user, StaffContactForm form, SignedInUser actor) {
        StaffContact row = new StaffContact(user.getId(), form.email(), form.mobile(), form.digestByEmail(),
                form.digestBySms(), null);
        StaffContactForm before = of(user.getId());
        if (before.equals(form)) {
            return;
        }
        if (contacts.existsById(user.getId())) {
            contacts.update(row);
        } else {
            contacts.save(row);
        }
        events.publishEvent(AccountEvent.change(Kind.USER_UPDATED, actor, user.getId(), user.getUsername() + " contact"));
    }

    /** The contact as stored: an address in lower case, a mobile as its eleven digits; refused on its field. */
    static StaffContactForm check(StaffContactForm form) {
        String email = blank(TextRules.line("email", "user.email", form.email(), ContactKeys.MAX_EMAIL));
        if (email != null && !ContactKeys.EMAIL.matcher(email).matches()) {
            throw DomainException.on("email", "user.error.email");
        }
        String mobile = blank(TextRules.line("mobile", "user.mobile", form.mobile(), 20));
        if (mobile != null) {
            String digits = ContactKeys.canonical(mobile);
            if (!ContactKeys.PHONE.matcher(mobile).matches() || !MOBILE.matcher(digits).matches()) {
                throw DomainException.on("mobile", "user.error.mobile");
            }
            mobile = digits;
        }
        return new StaffContactForm(email == null ? null : email.toLowerCase(Locale.ROOT), mobile,
                form.digestByEmail(), form.digestBySms());
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
