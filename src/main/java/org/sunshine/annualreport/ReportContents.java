package org.sunshine.annualreport;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.inforequest.Organs;

import java.time.LocalDate;

/**
 * A report's content ({@link ReportContent}): live — the tables computed from the data now and the sections as the
 * organ left them, edition 0 — while it is being written, checked and approved; frozen — read from an edition's JSON —
 * once published. The organ's printed name comes from {@link Organs} (an inactive department keeps its own name).
 */
@Singleton
public class ReportContents {

    private final ReportTables tables;
    private final ReportJson json;
    private final ReportEditionRepository editions;
    private final Organs organs;
    private final DepartmentService departments;
    private final BusinessClock clock;

    ReportContents(ReportTables tables, ReportJson json, ReportEditionRepository editions, Organs organs,
                   DepartmentService departments, BusinessClock clock) {
        this.tables = tables;
        this.json = json;
        this.editions = editions;
        this.organs = organs;
        this.departments = departments;
        this.clock = clock;
    }

    /** The report as it would be published now: tables from the data, the organ's sections. */
    @Transactional(readOnly = true)
    public ReportContent live(AnnualReport r) {
        ReportTables.Tables t = tables.of(r.getDepartmentId(), r.isToGovernment(), r.getYear());
        return new ReportContent(r.getYear(), organName(r), r.isToGovernment(), t.two(), t.threeRows(), t.fourRow(),
                r.getSectionOne(), r.getSectionFive(), r.getSectionSix(), 0, null, "");
    }

    /** The content of the next edition: the live content, numbered, dated today, with the correction's reason. */
    ReportContent nextEdition(AnnualReport r) {
        ReportContent c = live(r);
        LocalDate today = clock.today();
        return new ReportContent(c.year(), c.organName(), c.government(), c.two(), c.threeRows(), c.fourRow(),
                c.sectionOne(), c.sectionFive(), c.sectionSix(), r.getEdition() + 1, today,
                r.getCorrectionReason() == null ? "" : r.getCorrectionReason());
    }

    /** A published edition's content, as frozen. */
    @Transactional(readOnly = true)
    public ReportContent frozen(long reportId, int edition) {
        return editions.findByReportIdAndEdition(reportId, edition).map(e -> json.read(e.contentJson()))
                .orElseThrow(() -> new DomainException("annualreport.error.noEdition"));
    }

    /** 盘锦市民政局, 盘锦市人民政府. */
    public String organName(AnnualReport r) {
        if (r.isToGovernment()) {
            return organs.government().map(Organs.Organ::name).orElse("");
        }
        return organs.all().stream().filter(o -> !o.government() && o.departmentId() == r.getDepartmentId())
                .map(Organs.Organ::name).findFirst()
                .orElseGet(() -> departments.row(r.getDepartmentId()).map(DepartmentRow::name).orElse(""));
    }
}
