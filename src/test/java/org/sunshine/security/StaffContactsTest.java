package org.sunshine.security;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff contacts: who may set them, how they are kept, who is reachable. Each test is rolled back. */
@MicronautTest(startApplication = false)
class StaffContactsTest {

    @Inject
    StaffContacts contacts;
    @Inject
    UserRepository users;
    @Inject
    UserService userService;

    @Test
    void anAccountHasNoContactAndWantsTheDigestUntilSet() {
        assertThat(contacts.of(user("leader").id())).isEqualTo(StaffContactForm.NONE);
    }

    @Test
    void aUserSetsTheirOwnContactKeptInOneSpelling() {
        SignedInUser leader = user("leader");
        contacts.save(leader.id(), new StaffContactForm(" Lin.Tao@Example.GOV.cn ", "+86 139-0000-1234", true, false), leader);
        assertThat(contacts.of(leader.id()))
                .isEqualTo(new StaffContactForm("lin.tao@example.gov.cn", "13900001234", true, false));
        contacts.save(leader.id(), new StaffContactForm("", "", false, false), leader);
        assertThat(contacts.of(leader.id())).isEqualTo(new StaffContactForm(null, null, false, false));
    }

    @Test
    void onlyAnAdministratorSetsAnothersContact() {
        SignedInUser leader = user("leader");
        long handler = user("handler").id();
        assertThatThrownBy(() -> contacts.save(handler, new StaffContactForm("x@example.com", null, true, true), leader))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.notAllowed");
        contacts.save(handler, new StaffContactForm("x@example.com", null, true, true), user("admin"));
        assertThat(contacts.of(handler).email()).isEqualTo("x@example.com");
    }

    @Test
    void aMalformedAddressOrMobileIsRefusedOnItsField() {
        SignedInUser leader = user("leader");
        for (String bad : new String[] {"lin.tao", "a@b", "a b@example.com"}) {
            assertThatThrownBy(() -> contacts.save(leader.id(), new StaffContactForm(bad, null, true, true), leader))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("email"));
        }
        for (String bad : new String[] {"12345", "0427-1234567", "239 0000 1234"}) {
            assertThatThrownBy(() -> contacts.save(leader.id(), new StaffContactForm(null, bad, true, true), leader))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.field()).isEqualTo("mobile");
                        assertThat(e.messageKey()).isEqualTo("user.error.mobile");
                    });
        }
        assertThat(contacts.of(leader.id())).isEqualTo(StaffContactForm.NONE);
    }

    @Test
    void anAccountWithABadContactIsNotCreated() {
        int before = userService.list().size();
        assertThatThrownBy(() -> contacts.saveAccount(new UserForm(null, "new.one", "新人", Role.LEADER, null,
                "Newone2026"), new StaffContactForm("not-an-address", null, true, true), user("admin")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(userService.list()).hasSize(before);
    }

    @Test
    void theReachableAreTheEnabledAccountsWithAContact() {
        SignedInUser admin = user("admin");
        contacts.save(user("inspector").id(), new StaffContactForm("inspector@example.gov.cn", null, true, true), admin);
        contacts.save(user("handler").id(), new StaffContactForm(null, "13900002222", false, true), admin);
        contacts.save(user("leader").id(), new StaffContactForm(null, null, true, true), admin);
        assertThat(contacts.reachable()).extracting(StaffMember::username).contains("inspector", "handler")
                .doesNotContain("leader");
        userService.setEnabled(user("handler").id(), false, admin);
        assertThat(contacts.reachable()).extracting(StaffMember::username).doesNotContain("handler");
    }

    private SignedInUser user(String username) {
        return SignedInUser.of(users.findByUsername(username).orElseThrow());
    }
}
