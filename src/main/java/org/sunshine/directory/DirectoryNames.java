package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The names of departments, key areas and responsibility items by id, read once for a list or a page. */
@Singleton
public class DirectoryNames {

    private final DepartmentRepository departments;
    private final KeyAreaRepository areas;
    private final ResponsibilityRepository items;

    DirectoryNames(DepartmentRepository departments, KeyAreaRepository areas, ResponsibilityRepository items) {
        this.departments = departments;
        this.areas = areas;
        this.items = items;
    }

    /** A snapshot of the names. */
    public record Names(Map<Long, String> departments, Map<Long, String> areas, Map<Long, String> items) {

        @Nullable
        public String department(@Nullable Long id) {
            return id == null ? null : departments.get(id);
        }

        @Nullable
        public String area(@Nullable Long id) {
            return id == null ? null : areas.get(id);
        }

        /** An item as "3. 低保对象名单公开". */
        @Nullable
        public String item(@Nullable Long id) {
            return id == null ? null : items.get(id);
        }
    }

    @Transactional(readOnly = true)
    public Names read() {
        Map<Long, String> d = StreamSupport.stream(departments.findAll().spliterator(), false)
                .collect(Collectors.toMap(Department::getId, Department::getName));
        Map<Long, String> a = StreamSupport.stream(areas.findAll().spliterator(), false)
                .collect(Collectors.toMap(KeyArea::getId, KeyArea::getName));
        Map<Long, String> i = StreamSupport.stream(items.findAll().spliterator(), false)
                .collect(Collectors.toMap(ResponsibilityItem::getId, r -> r.getSeqNo() + ". " + r.getTitle()));
        return new Names(d, a, i);
    }
}
