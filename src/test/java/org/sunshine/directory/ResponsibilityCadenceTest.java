package org.sunshine.directory;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cadence of a responsibility item, on 20 November 2026: watched from the day given, else from the day it is set;
 * kept while the cadence stays, restarted when it changes, dropped with it. The demo city's items carry theirs.
 * Rolled back.
 */
@MicronautTest(startApplication = false)
class ResponsibilityCadenceTest {

    private static final SignedInUser ADMIN = SignedInUser.SYSTEM;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final MutableClock clock = MutableClock.shanghai("2026-11-20T02:00:00Z");

    @Inject
    ResponsibilityService items;
    @Inject
    DepartmentService departments;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void theCadenceIsWatchedFromTheDayItWasSet() {
        long mzj = departments.byCode("MZJ").orElseThrow().id();
        long id = items.save(form(null, Cadence.MONTHLY, null, mzj), ADMIN);
        ResponsibilityRow row = items.row(id).orElseThrow();
        assertThat(row.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(row.cadenceSince()).as("set today").isEqualTo(TODAY);

        items.save(form(id, Cadence.MONTHLY, LocalDate.of(2026, 1, 1), mzj), ADMIN);
        assertThat(items.row(id).orElseThrow().cadenceSince()).as("the day given").isEqualTo(LocalDate.of(2026, 1, 1));
        items.save(form(id, Cadence.MONTHLY, null, mzj), ADMIN);
        assertThat(items.row(id).orElseThrow().cadenceSince()).as("kept while the cadence stays")
                .isEqualTo(LocalDate.of(2026, 1, 1));
        items.save(form(id, Cadence.QUARTERLY, null, mzj), ADMIN);
        assertThat(items.row(id).orElseThrow().cadenceSince()).as("a new cadence starts today").isEqualTo(TODAY);
        assertThat(items.form(id).orElseThrow().cadence()).isEqualTo(Cadence.QUARTERLY);

        assertThatThrownBy(() -> items.save(form(id, Cadence.YEARLY, TODAY.plusYears(2), mzj), ADMIN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("cadenceSince"));
        assertThatThrownBy(() -> items.save(form(id, Cadence.YEARLY, LocalDate.of(1999, 12, 31), mzj), ADMIN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("cadenceSince"));
        assertThat(items.row(id).orElseThrow().cadence()).as("nothing saved").isEqualTo(Cadence.QUARTERLY);

        items.save(form(id, null, LocalDate.of(2026, 1, 1), mzj), ADMIN);
        assertThat(items.row(id).orElseThrow()).satisfies(r -> {
            assertThat(r.cadence()).isNull();
            assertThat(r.cadenceSince()).isNull();
        });
    }

    @Test
    void theDemoCitysItemsCarryTheirCadences() {
        assertThat(items.list(false)).filteredOn(r -> r.title().equals("财政资金信息公开")).singleElement()
                .satisfies(r -> assertThat(r.cadence()).isEqualTo(Cadence.QUARTERLY));
        assertThat(items.list(false)).filteredOn(r -> r.title().equals("行政处罚信息公开")).singleElement()
                .satisfies(r -> assertThat(r.cadence()).isEqualTo(Cadence.ON_CHANGE));
        assertThat(items.list(false)).filteredOn(r -> r.title().equals("年度报告自查")).singleElement()
                .satisfies(r -> assertThat(r.cadence()).isEqualTo(Cadence.YEARLY));
        assertThat(items.list(false)).filteredOn(r -> r.title().equals("社会救助信息公开")).singleElement()
                .satisfies(r -> {
                    assertThat(r.cadence()).isEqualTo(Cadence.MONTHLY);
                    assertThat(r.cadenceSince().getDayOfMonth()).as("a quarter's first day").isEqualTo(1);
                });
    }

    private static ResponsibilityForm form(Long id, Cadence cadence, LocalDate since, long lead) {
        return new ResponsibilityForm(id, 92, "测试频次事项", DisclosureCategory.GENERAL, 20, null, Set.of(lead), Set.of(),
                "", cadence, since);
    }
}
