package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.sunshine.directory.DepartmentType;
import org.sunshine.directory.DisclosureCategory;
import org.sunshine.security.Role;

import java.util.List;

/** The demo city of {@code demo/demo-city.json} (PRODUCT.md section 4). */
@Serdeable
record DemoCity(String password, List<Dept> departments, List<Area> keyAreas, List<Item> responsibilities,
                List<Login> users) {

    @Serdeable
    record Dept(String code, String name, String shortName, DepartmentType type, @Nullable String parent, int sortOrder) {
    }

    @Serdeable
    record Area(String code, String name, String lead, String description, int sortOrder) {
    }

    @Serdeable
    record Item(int seqNo, String title, DisclosureCategory category, List<String> leads, List<String> cos,
                String dutyNote, @Nullable String keyArea) {
    }

    @Serdeable
    record Login(String username, String displayName, Role role, @Nullable String department) {
    }
}
