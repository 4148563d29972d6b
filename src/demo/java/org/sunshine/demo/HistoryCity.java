package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.demo.HistoryGenerator.Spec;
import org.sunshine.supervision.Scope;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.sunshine.demo.HistoryRandom.gaussian;
import static org.sunshine.demo.HistoryRandom.mix;

/**
 * The city a history is written into, as it is in the database: the spec's departments (each with a quality and a
 * load drawn from the seed), its key areas and the departments that lead them, the responsibility items each
 * department leads, the inspectors and each department's handlers, and the supervisors with their terms and scopes.
 * It draws the people who act and the department a complaint goes to.
 */
final class HistoryCity {

    /** A member of staff (or nobody: the public, the platform). */
    record Person(@Nullable Long id, String name) {

        /** The public, or the platform: nobody by name. */
        static final Person PUBLIC = new Person(null, "");
    }

    record Department(long id, String code, String name, double quality, double weight) {
    }

    record Area(long id, String code, @Nullable Long lead) {
    }

    record Item(long id, @Nullable Long areaId, String areaCode, String title) {
    }

    record Sup(long id, Person person, String name, LocalDate from, LocalDate last, Scope scope) {

        boolean inOffice(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(last);
        }
    }

    final List<Department> departments = new ArrayList<>();
    final Map<Long, Department> departmentById = new HashMap<>();
    final double[] cumulativeWeight;
    final List<Area> areas = new ArrayList<>();
    final Map<Long, Area> areaById = new HashMap<>();
    final Map<Long, List<Area>> ledAreas = new HashMap<>();
    final Map<Long, List<Item>> itemsByLead = new HashMap<>();
    final List<Person> inspectors = new ArrayList<>();
    final Map<Long, List<Person>> handlers = new HashMap<>();
    final List<Sup> supervisors = new ArrayList<>();

    HistoryCity(Connection c, Spec spec) throws SQLException {
        readDirectory(c, spec);
        cumulativeWeight = new double[departments.size()];
        double sum = 0;
        for (int i = 0; i < departments.size(); i++) {
            // the lead departments of key areas hear more from the public
            sum += departments.get(i).weight() * (ledAreas.containsKey(departments.get(i).id()) ? 2 : 1);
            cumulativeWeight[i] = sum;
        }
        readPeople(c);
    }

    private void readDirectory(Connection c, Spec spec) throws SQLException {
        Map<Long, String[]> all = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, code, name FROM department")) {
            while (r.next()) {
                all.put(r.getLong(1), new String[]{r.getString(2), r.getString(3)});
            }
        }
        for (long id : spec.departmentIds()) {
            String[] d = all.get(id);
            if (d == null) {
                throw new IllegalArgumentException("No department " + id);
            }
            SplittableRandom r = new SplittableRandom(mix(spec.seed(), 0x5EED_DE9L, id));
            // most departments good, a few weak: lateness from 2 % to about 40 %
            double quality = 1 - 0.9 * Math.pow(r.nextDouble(), 1.7);
            // a long tail of load: a few departments get many complaints
            double weight = Math.exp(0.5 * gaussian(r));
            Department department = new Department(id, d[0], d[1], quality, weight);
            if (departmentById.putIfAbsent(id, department) == null) {
                departments.add(department);
            }
        }
        Map<Long, Area> allAreas = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, code, lead_department_id FROM key_area")) {
            while (r.next()) {
                long lead = r.getLong(3);
                allAreas.put(r.getLong(1), new Area(r.getLong(1), r.getString(2), r.wasNull() ? null : lead));
            }
        }
        for (long id : spec.keyAreaIds()) {
            Area area = allAreas.get(id);
            if (area == null) {
                throw new IllegalArgumentException("No key area " + id);
            }
            if (areaById.putIfAbsent(id, area) == null) {
                areas.add(area);
                if (area.lead() != null && departmentById.containsKey(area.lead())) {
                    ledAreas.computeIfAbsent(area.lead(), k -> new ArrayList<>()).add(area);
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT i.id, i.key_area_id, d.department_id, i.title FROM responsibility_item i "
                        + "JOIN responsibility_department d ON d.item_id = i.id "
                        + "WHERE i.active AND d.duty = 'LEAD' ORDER BY i.seq_no, d.department_id")) {
            while (r.next()) {
                long area = r.getLong(2);
                Long areaId = r.wasNull() ? null : area;
                Area a = areaId == null ? null : allAreas.get(areaId);
                itemsByLead.computeIfAbsent(r.getLong(3), k -> new ArrayList<>())
                        .add(new Item(r.getLong(1), areaId, a == null ? "" : a.code(), r.getString(4)));
            }
        }
    }

    private void readPeople(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, display_name, role, department_id FROM app_user WHERE enabled ORDER BY id")) {
            while (r.next()) {
                Person p = new Person(r.getLong(1), r.getString(2));
                long department = r.getLong(4);
                boolean inDepartment = !r.wasNull();
                switch (r.getString(3)) {
                    case "INSPECTOR" -> inspectors.add(p);
                    case "HANDLER" -> {
                        if (inDepartment) {
                            handlers.computeIfAbsent(department, k -> new ArrayList<>()).add(p);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        Map<Long, Set<Long>> scopeDepartments = new HashMap<>();
        Map<Long, Set<Long>> scopeAreas = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT supervisor_id, department_id FROM supervisor_department")) {
            while (r.next()) {
                scopeDepartments.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getLong(2));
            }
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT supervisor_id, key_area_id FROM supervisor_key_area")) {
            while (r.next()) {
                scopeAreas.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getLong(2));
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT s.id, s.user_id, u.display_name, s.name, s.term_start, s.term_end, s.ended_on "
                        + "FROM supervisor s JOIN app_user u ON u.id = s.user_id WHERE u.enabled ORDER BY s.id")) {
            while (r.next()) {
                long id = r.getLong(1);
                LocalDate end = r.getObject(6, LocalDate.class);
                LocalDate ended = r.getObject(7, LocalDate.class);
                // in office up to the term's end, or up to the day before an early end
                LocalDate last = ended != null && !ended.isAfter(end) ? ended.minusDays(1) : end;
                supervisors.add(new Sup(id, new Person(r.getLong(2), r.getString(3)), r.getString(4),
                        r.getObject(5, LocalDate.class), last, new Scope(scopeDepartments.getOrDefault(id, Set.of()),
                        scopeAreas.getOrDefault(id, Set.of()))));
            }
        }
    }

    Person inspector(SplittableRandom r) {
        return inspectors.isEmpty() ? new Person(null, "督查人员") : inspectors.get(r.nextInt(inspectors.size()));
    }

    Person handler(Department department, SplittableRandom r) {
        List<Person> people = handlers.get(department.id());
        return people == null || people.isEmpty() ? new Person(null, department.name() + "经办人")
                : people.get(r.nextInt(people.size()));
    }

    Department weighted(SplittableRandom r) {
        double u = r.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        int i = Arrays.binarySearch(cumulativeWeight, u);
        return departments.get(Math.min(departments.size() - 1, i < 0 ? -i - 1 : i));
    }

    Department other(Department not, SplittableRandom r) {
        Department d = weighted(r);
        return d.id() != not.id() ? d : departments.get((departments.indexOf(d) + 1) % departments.size());
    }
}
