package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.sunshine.directory.Cadence;
import org.sunshine.directory.DepartmentType;
import org.sunshine.directory.DisclosureCategory;
import org.sunshine.security.Role;
import org.sunshine.supervision.Background;

import java.util.List;

/** The demo city of {@code demo/demo-city.json} (PRODUCT.md section 4). */
@Serdeable
record DemoCity(String password, List<Dept> departments, List<Area> keyAreas, List<Item> responsibilities,
                List<Login> users, @Nullable Handlers departmentHandlers, @Nullable List<Sup> supervisors) {

    @Serdeable
    record Dept(String code, String name, String shortName, DepartmentType type, @Nullable String parent, int sortOrder) {
    }

    @Serdeable
    record Area(String code, String name, String lead, String description, int sortOrder) {
    }

    @Serdeable
    /** @param cadence how often the item must be published (none: not watched) */
    record Item(int seqNo, String title, DisclosureCategory category, List<String> leads, List<String> cos,
                String dutyNote, @Nullable String keyArea, @Nullable Cadence cadence) {
    }

    @Serdeable
    /** @param disclosureHead the handler heads their department's disclosure office (approves extensions) */
    record Login(String username, String displayName, Role role, @Nullable String department,
                 @Nullable Boolean disclosureHead) {
    }

    /**
     * One handler login for every department but those listed: {@code <usernamePrefix><code in lower case>}, named by
     * {@code displayName} with the department's short name as {0}.
     */
    @Serdeable
    record Handlers(String usernamePrefix, String displayName, List<String> except) {
    }

    /** A social supervisor; the term starts on 1 January of this year plus {@code startYear} and lasts {@code years}. */
    @Serdeable
    record Sup(String username, String name, Background background, String affiliation, String phone, String email,
               int startYear, int years, List<String> departments, List<String> keyAreas) {
    }
}
