package org.sunshine.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.sunshine.shell.WorkbenchView;
import org.sunshine.directory.ui.DepartmentsView;
import org.sunshine.security.ui.LoginView;
import org.sunshine.testing.UiTest;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-in user is read from the database once per request, however often the menu, the access check and the
 * view ask, and again at the next request — where a disabled account is signed out. An {@link AccountGate} that
 * counts its calls stands for the reads: every read of a signed-in account goes through the gates.
 */
@MicronautTest(startApplication = false)
@Property(name = CurrentUserTest.COUNTING, value = "true")
class CurrentUserTest extends UiTest {

    static final String COUNTING = "sunshine.test.count-account-reads";

    @Inject
    Reads reads;

    @Test
    void theAccountIsReadOncePerRequestAndAgainAtTheNext() {
        SignedInUser admin = signInAs("admin"); // the sign-in request knows the user it signed in
        reads.of(admin).set(0);
        nextRequest();
        navigate("workbench"); // the menu asks for every view, then the access check and the view itself
        _get(WorkbenchView.class);
        assertThat(reads.of(admin)).as("reads in the first request").hasValue(1);

        nextRequest();
        System.gc(); // the request must survive a collection, as it does in a servlet container
        navigate("directory/departments");
        _get(DepartmentsView.class);
        assertThat(reads.of(admin)).as("read again in the next request, once").hasValue(2);
    }

    @Test
    void aDisabledAccountIsRefusedAtItsNextRequest() {
        SignedInUser handler = signInAs("handler");
        navigate("workbench");
        _get(WorkbenchView.class);
        context.getBean(UserService.class).setEnabled(handler.id(), false, SignedInUser.SYSTEM);

        nextRequest();
        navigate("directory/departments");
        _get(LoginView.class);
        assertThat(context.getBean(CurrentUser.class).get()).isEmpty();
    }

    /** Counts the reads of each account: a gate that lets everyone through. */
    @Singleton
    @Requires(property = COUNTING, value = "true")
    static class Reads implements AccountGate {

        private final java.util.Map<Long, AtomicInteger> counts = new java.util.concurrent.ConcurrentHashMap<>();

        AtomicInteger of(SignedInUser user) {
            return counts.computeIfAbsent(user.id(), id -> new AtomicInteger());
        }

        @Override
        public Optional<String> refusal(User user) {
            counts.computeIfAbsent(user.getId(), id -> new AtomicInteger()).incrementAndGet();
            return Optional.empty();
        }
    }
}
