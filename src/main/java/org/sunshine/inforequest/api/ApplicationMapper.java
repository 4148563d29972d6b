package org.sunshine.inforequest.api;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.OrgType;
import org.sunshine.inforequest.Organs;
import org.sunshine.inforequest.RequestForm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a partner's application into the intake's form: the organ by its department code ({@code gov} for the city
 * government), the enums by their names — a value that is none of them refused on its field, naming the ones allowed.
 * Every other rule is the intake's.
 */
@Singleton
class ApplicationMapper {

    private final DepartmentService departments;

    ApplicationMapper(DepartmentService departments) {
        this.departments = departments;
    }

    RequestForm form(ApplicationBody body) {
        return new RequestForm(organ(body.organ()),
                parse("applicantKind", body.applicantKind(), ApplicantKind.class), body.name(),
                parse("idType", body.idType(), IdType.class), body.idNumber(),
                parse("orgType", body.orgType(), OrgType.class), body.creditCode(), body.contactPerson(),
                body.phone(), body.email(), body.address(), body.postalCode(), body.description(), body.docNumber(),
                parse("formWanted", body.formWanted(), FormWanted.class),
                parse("delivery", body.delivery(), Delivery.class), List.of());
    }

    private String organ(@Nullable String code) {
        String value = code == null ? "" : code.strip();
        if (value.equalsIgnoreCase(Organs.GOVERNMENT)) {
            return Organs.GOVERNMENT;
        }
        if (value.isEmpty() || value.length() > 32) {
            throw DomainException.on("organ", "inforequest.error.organ");
        }
        return departments.byCode(value).filter(DepartmentRow::active).map(d -> String.valueOf(d.id()))
                .orElseThrow(() -> DomainException.on("organ", "inforequest.api.error.organ", value));
    }

    static <E extends Enum<E>> @Nullable E parse(String field, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.on(field, "inforequest.api.error.choice", Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
