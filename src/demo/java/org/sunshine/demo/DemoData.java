package org.sunshine.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.directory.Cadence;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentForm;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaForm;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityForm;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserService;
import org.sunshine.supervision.SupervisorForm;
import org.sunshine.supervision.SupervisorService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the demo city on a start with {@code sunshine.demo-data=true} (the run command and the tests): the seven
 * key areas, the 23-row responsibility table of seed 001 (with the cadences the disclosure monitor watches), 28
 * departments, one login per role and a roster of social supervisors (one of them with a term already over). Runs
 * through the same services as the screens, so the demo data obeys the same rules; loads only into an empty directory.
 */
@Singleton
@Requires(property = "sunshine.demo-data", value = "true")
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final DepartmentFilter ALL = new DepartmentFilter(null, null, true);

    private final DepartmentService departments;
    private final KeyAreaService areas;
    private final ResponsibilityService responsibilities;
    private final UserService userService;
    private final SupervisorService supervisors;
    private final ObjectMapper json;
    private final Clock clock;

    public DemoData(DepartmentService departments, KeyAreaService areas, ResponsibilityService responsibilities,
                    UserService userService, SupervisorService supervisors, ObjectMapper json,
                    Clock clock) {
        this.departments = departments;
        this.areas = areas;
        this.responsibilities = responsibilities;
        this.userService = userService;
        this.supervisors = supervisors;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Order(-100) // before the first administrator is created on an empty database: the demo brings its own
    void onStartup(StartupEvent event) {
        load();
    }

    /**
     * Loads what is missing; safe to call again. The demo's logins, all with the one published password, go only
     * into a database that has no account yet: turning the demo on against a database with real users must not open
     * it to anyone who has read the README.
     */
    public synchronized void load() {
        DemoCity city = read();
        SignedInUser system = SignedInUser.SYSTEM;
        boolean logins = !userService.hasAnyUser();
        if (departments.search(ALL).isEmpty()) {
            for (DemoCity.Dept d : city.departments()) {
                Long parent = d.parent() == null ? null : ids().get(d.parent());
                departments.save(new DepartmentForm(null, d.code(), d.name(), d.shortName(), d.type(), parent, d.sortOrder()), system);
            }
            Map<String, Long> deptIds = ids();
            for (DemoCity.Area a : city.keyAreas()) {
                areas.save(new KeyAreaForm(null, a.code(), a.name(), a.description(), deptIds.get(a.lead()), a.sortOrder()), system);
            }
            Map<String, Long> areaIds = areaIds();
            // cadences watched from the start of the previous quarter: the demo shows a few windows overdue, not years
            LocalDate watchedFrom = Cadence.QUARTERLY.windowStart(LocalDate.now(clock.getZone())).minusMonths(3);
            for (DemoCity.Item i : city.responsibilities()) {
                responsibilities.save(new ResponsibilityForm(null, i.seqNo(), i.title(), i.category(), null,
                        i.keyArea() == null ? null : areaIds.get(i.keyArea()), codes(i.leads(), deptIds),
                        codes(i.cos(), deptIds), i.dutyNote(), i.cadence(), i.cadence() == null ? null : watchedFrom),
                        system);
            }
            LOG.info("Loaded the demo city: {} departments, {} key areas, {} responsibility items",
                    city.departments().size(), city.keyAreas().size(), city.responsibilities().size());
        }
        if (!logins) {
            LOG.info("The database has accounts already: no demo login is added");
            return;
        }
        Map<String, Long> deptIds = ids();
        for (DemoCity.Login login : city.users()) {
            if (userService.byUsername(login.username()).isEmpty()) {
                long id = userService.createInitial(login.username(), login.displayName(), login.role(),
                        login.department() == null ? null : deptIds.get(login.department()), city.password());
                if (Boolean.TRUE.equals(login.disclosureHead())) {
                    userService.setDisclosureHead(id, true, system);
                }
            }
        }
        DemoCity.Handlers handlers = city.departmentHandlers();
        if (handlers != null) {
            for (DemoCity.Dept d : city.departments()) {
                String username = handlers.usernamePrefix() + d.code().toLowerCase(Locale.ROOT);
                if (!handlers.except().contains(d.code()) && userService.byUsername(username).isEmpty()) {
                    userService.createInitial(username, MessageFormat.format(handlers.displayName(), d.shortName()),
                            Role.HANDLER, deptIds.get(d.code()), city.password());
                }
            }
        }
        Map<String, Long> areaIds = areaIds();
        // the real date, not a test's business clock: demo terms are about the year the demo is run in
        LocalDate newYear = LocalDate.now(clock.getZone()).withDayOfYear(1);
        for (DemoCity.Sup sup : city.supervisors() == null ? List.<DemoCity.Sup>of() : city.supervisors()) {
            if (userService.byUsername(sup.username()).isEmpty()) {
                LocalDate start = newYear.plusYears(sup.startYear());
                supervisors.save(new SupervisorForm(null, sup.username(), city.password(), sup.name(), sup.background(),
                        sup.affiliation(), sup.phone(), sup.email(), start, start.plusYears(sup.years()).minusDays(1),
                        codes(sup.departments(), deptIds), codes(sup.keyAreas(), areaIds)), system);
            }
        }
    }

    private Map<String, Long> ids() {
        return departments.search(ALL).stream()
                .collect(Collectors.toMap(DepartmentRow::code, DepartmentRow::id));
    }

    private Map<String, Long> areaIds() {
        return areas.list(true).stream().collect(Collectors.toMap(KeyAreaRow::code, KeyAreaRow::id));
    }

    private static Set<Long> codes(List<String> codes, Map<String, Long> ids) {
        return codes.stream().map(ids::get).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private DemoCity read() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/demo-city.json")) {
            return json.readValue(in, DemoCity.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/demo-city.json", e);
        }
    }
}
