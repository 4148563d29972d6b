package org.sunshine.proactive;

import io.micronaut.context.ApplicationContext;
import org.sunshine.directory.Cadence;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DisclosureCategory;
import org.sunshine.directory.ResponsibilityForm;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.time.LocalDate;
import java.util.Set;

/** Hand-built responsibility items and disclosure records for the monitor's tests, through the services. */
public final class MonitorFixture {

    private final ApplicationContext context;

    public MonitorFixture(ApplicationContext context) {
        this.context = context;
    }

    public SignedInUser user(String username) {
        var u = context.getBean(UserRepository.class).findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    public long department(String code) {
        return context.getBean(DepartmentService.class).byCode(code).orElseThrow().id();
    }

    /** An item led by the departments, with a cadence watched from the day given, 20 working days. */
    public long item(int seqNo, String title, Cadence cadence, LocalDate since, String... leads) {
        Set<Long> ids = java.util.Arrays.stream(leads).map(this::department).collect(java.util.stream.Collectors.toSet());
        return context.getBean(ResponsibilityService.class).save(new ResponsibilityForm(null, seqNo, title,
                DisclosureCategory.GENERAL, 20, null, ids, Set.of(), "", cadence, since), user("admin"));
    }

    /** A record of the department (of the item, if given), formed and published on the days given. */
    public long record(String department, Long itemId, String title, String docNumber, RecordCategory category,
                       LocalDate formedOn, LocalDate publishedOn) {
        return context.getBean(Records.class).add(new RecordForm(department(department), title, docNumber, category,
                itemId, formedOn, publishedOn, Channel.WEBSITE, "", "https://www.example.gov.cn/" + title.hashCode(),
                null, null, null), user("admin"));
    }
}
