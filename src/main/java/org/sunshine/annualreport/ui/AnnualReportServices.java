package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.PublicService;

/** The published annual reports on the landing page, after the disclosure guides. */
@Factory
class AnnualReportServices {

    @Singleton
    @Named("annualReports")
    PublicService annualReports() {
        return new PublicService("annualReports", VaadinIcon.BOOK, "disclosure/annual-reports", 28);
    }
}
