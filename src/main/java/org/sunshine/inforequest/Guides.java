package org.sunshine.inforequest;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.OfficeSettings;

/**
 * The organs' 政府信息公开指南 and their documents' abbreviation. An organ without a guide of its own yet has the
 * default abbreviation: the city's first character, the department's short name's first (盘民公开), or 政 for the
 * city government (盘政公开).
 */
@Singleton
public class Guides {

    private final DisclosureGuideRepository guides;
    private final Organs organs;
    private final OfficeSettings office;

    Guides(DisclosureGuideRepository guides, Organs organs, OfficeSettings office) {
        this.guides = guides;
        this.organs = organs;
        this.office = office;
    }

    /** The short form in the numbers of the application's organ's documents. */
    @Transactional(readOnly = true)
    public String abbreviation(InfoRequest r) {
        return guides.findByDepartmentIdAndToGovernment(r.getDepartmentId(), r.isToGovernment())
                .map(DisclosureGuide::abbreviation).orElseGet(() -> defaultAbbreviation(organs.of(r)));
    }

    String defaultAbbreviation(Organs.Organ organ) {
        String city = office.city().isEmpty() ? "" : office.city().substring(0, 1);
        String own = organ.government() ? "政" : organ.shortName().isEmpty() ? "" : organ.shortName().substring(0, 1);
        return city + own + "公开";
    }
}
