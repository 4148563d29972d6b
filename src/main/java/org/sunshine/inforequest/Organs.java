package org.sunshine.inforequest;

import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DepartmentType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The organs one may apply to (Art. 27): the city government, whose office (the department of type 政府办公室)
 * handles its applications, and every active department of the directory, each in its own name.
 */
@Singleton
public class Organs {

    public static final String GOVERNMENT = "gov";

    private final DepartmentService departments;
    private final OfficeSettings office;
    private final Messages messages;

    Organs(DepartmentService departments, OfficeSettings office, Messages messages) {
        this.departments = departments;
        this.office = office;
        this.messages = messages;
    }

    /**
     * An organ: the department that handles its applications, whether it is the city government, and its name as
     * printed (盘锦市人民政府, 盘锦市民政局 — the city's name before a department's that starts with 市).
     */
    public record Organ(long departmentId, boolean government, String name, String shortName) {

        public String key() {
            return government ? GOVERNMENT : String.valueOf(departmentId);
        }
    }

    /** The city government first, then the departments in the directory's order. */
    public List<Organ> all() {
        List<Organ> organs = new ArrayList<>();
        government().ifPresent(organs::add);
        departments.active().forEach(d -> organs.add(organ(d, false)));
        return organs;
    }

    public Optional<Organ> government() {
        return departments.active().stream().filter(d -> d.type() == DepartmentType.GOVERNMENT_OFFICE).findFirst()
                .map(d -> organ(d, true));
    }

    /** The organ of a form's key; refused on the field if there is none (or it is inactive). */
    public Organ byKey(String key) {
        if (GOVERNMENT.equals(key)) {
            return government().orElseThrow(() -> DomainException.on("organ", "inforequest.error.organ"));
        }
        try {
            long id = Long.parseLong(key == null ? "" : key);
            return departments.row(id).filter(DepartmentRow::active).map(d -> organ(d, false))
                    .orElseThrow(() -> DomainException.on("organ", "inforequest.error.organ"));
        } catch (NumberFormatException e) {
            throw DomainException.on("organ", "inforequest.error.organ");
        }
    }

    /** The organ of an application (also of an inactive department: old applications keep their organ). */
    public Organ of(InfoRequest request) {
        return of(request.getDepartmentId(), request.isToGovernment());
    }

    /** The organ of an application's department and government mark. */
    public Organ of(long departmentId, boolean government) {
        return organ(departments.row(departmentId).orElseThrow(), government);
    }

    private Organ organ(DepartmentRow d, boolean government) {
        if (government) {
            String name = messages.chinese("inforequest.organ.government", office.city());
            return new Organ(d.id(), true, name, name);
        }
        String cityPrefix = messages.chinese("inforequest.organ.cityPrefix");
        String name = d.name().startsWith(cityPrefix) ? office.city() + d.name().substring(cityPrefix.length()) : d.name();
        return new Organ(d.id(), false, name, d.shortName());
    }
}
