package org.sunshine.audit;

import org.junit.jupiter.api.Test;
import org.sunshine.security.AccountEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Security tells the audit log about sign-ins and accounts by events: each kind of event is an action of the log. */
class AccountAuditTest {

    @Test
    void everyAccountEventIsAnAuditAction() {
        for (AccountEvent.Kind kind : AccountEvent.Kind.values()) {
            assertThat(AccountAudit.action(kind).name()).isEqualTo(kind.name());
        }
    }
}
