package org.sunshine.calendar.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;

import java.util.Optional;

/** The administrator's workbench, first of all: a holiday schedule that should be imported now ({@link CalendarNotice}). */
@Singleton
class CalendarWorkbench implements WorkbenchSection {

    private final WorkingDayCalendar calendar;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    CalendarWorkbench(WorkingDayCalendar calendar, CurrentUser currentUser, BusinessClock clock) {
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> section() {
        if (!currentUser.require().is(Role.ADMIN)) {
            return Optional.empty();
        }
        var today = clock.today();
        return CalendarNotice.of(calendar.missingSchedules(today), today.getYear(), false).map(Component.class::cast);
    }

    @Override
    public int order() {
        return 1;
    }
}
