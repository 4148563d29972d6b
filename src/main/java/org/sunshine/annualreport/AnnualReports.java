package org.sunshine.annualreport;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.text.TextRules;
import org.sunshine.inforequest.Organs;
import org.sunshine.calendar.Warning;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The annual reports of a year: listed for the office (every organ) or a handler (their own organ, and the
 * government's for the office's handler) with their marks; opened — created with the sections drafted from the data —
 * when first opened, or for every organ at once when the office opens the year; read with their content; their text
 * sections edited or drafted again by the organ while the report is a draft or returned. The steps are
 * {@link ReportSteps}'.
 */
@Singleton
public class AnnualReports {

    /** The first year a report can be opened for (the 2019 Regulations' format). */
    public static final int FIRST_YEAR = 2019;

    private final AnnualReportRepository reports;
    private final EditionInfoRepository editions;
    private final ReportContents contents;
    private final ReportDrafts drafts;
    private final Organs organs;
    private final ReportDeadlines deadlines;
    private final History history;
    private final BusinessClock clock;

    AnnualReports(AnnualReportRepository reports, EditionInfoRepository editions, ReportContents contents,
                  ReportDrafts drafts, Organs organs, ReportDeadlines deadlines, History history, BusinessClock clock) {
        this.reports = reports;
        this.editions = editions;
        this.contents = contents;
        this.drafts = drafts;
        this.organs = organs;
        this.deadlines = deadlines;
        this.history = history;
        this.clock = clock;
    }

    /** The years one may choose, newest first: from {@link #FIRST_YEAR} to this year. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = clock.today().getYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    /** The year whose reports are being written: last year's until the government's due date (31 March), then this. */
    public int currentYear() {
        LocalDate today = clock.today();
        return today.isAfter(ReportDeadlines.due(today.getYear() - 1, true)) ? today.getYear() : today.getYear() - 1;
    }

    /** Every organ's report of the year the viewer may see, the government first, opened or not. */
    @Transactional(readOnly = true)
    public List<ReportRow> list(int year, SignedInUser viewer) {
        if (!viewer.is(org.sunshine.security.Role.INSPECTOR) && !viewer.is(org.sunshine.security.Role.HANDLER)) {
            throw new DomainException("error.notAllowed");
        }
        return rows(year, viewer);
    }

    /** The latest year whose reports are due (by 31 January or 31 March of this year): last year. */
    public int latestDueYear() {
        return clock.today().getYear() - 1;
    }

    /**
     * The organs whose report of {@link #latestDueYear()} is past its due date and not published, for the dashboard
     * (no viewer: the caller checks).
     */
    @Transactional(readOnly = true)
    public List<ReportRow> lateNow() {
        return rows(latestDueYear(), null).stream().filter(r -> r.warning() == Warning.RED).toList();
    }

    /** Every organ's report of the year that {@code viewer} may see (all with no viewer). */
    private List<ReportRow> rows(int year, @io.micronaut.core.annotation.Nullable SignedInUser viewer) {
        Map<String, AnnualReport> byOrgan = reports.findByYear(year).stream()
                .collect(Collectors.toMap(AnnualReport::organKey, Function.identity()));
        LocalDate today = clock.today();
        List<ReportRow> rows = new ArrayList<>();
        for (Organs.Organ organ : organs.all()) {
            if (viewer != null && !ReportAccess.sees(organ.departmentId(), viewer)) {
                continue;
            }
            AnnualReport r = byOrgan.get(organ.key());
            ReportState state = r == null ? null : r.getState();
            boolean published = r != null && r.everPublished();
            rows.add(new ReportRow(organ.key(), organ.name(), organ.government(), r == null ? null : r.getId(), state,
                    ReportDeadlines.due(year, organ.government()),
                    deadlines.mark(year, organ.government(), state, published, today), r == null ? 0 : r.getEdition(),
                    r == null ? null : r.getSubmittedAt(), r == null ? null : r.getPublishedAt(),
                    published && state != ReportState.PUBLISHED));
        }
        return rows;
    }

    /** The organ's report of the year, opened (created, its sections drafted) if it was not yet; its id. */
    @Transactional
    public long open(int year, String organKey, SignedInUser viewer) {
        checkYear(year);
        Organs.Organ organ = organs.byKey(organKey);
        ReportAccess.checkSees(organ.departmentId(), viewer);
        return reports.findByYearAndDepartmentIdAndToGovernment(year, organ.departmentId(), organ.government())
                .map(AnnualReport::getId).orElseGet(() -> create(year, organ, viewer));
    }

    /** The office opens every organ's report of the year that is not open yet; how many it opened. */
    @Transactional
    public int openYear(int year, SignedInUser viewer) {
        ReportAccess.checkInspector(viewer);
        checkYear(year);
        Set<String> open = reports.findByYear(year).stream().map(AnnualReport::organKey).collect(Collectors.toSet());
        int opened = 0;
        for (Organs.Organ organ : organs.all()) {
            if (!open.contains(organ.key())) {
                create(year, organ, viewer);
                opened++;
            }
        }
        return opened;
    }

    @Transactional(readOnly = true)
    public ReportDetail detail(long id, SignedInUser viewer) {
        AnnualReport r = find(id);
        ReportAccess.checkSees(r.getDepartmentId(), viewer);
        boolean frozen = r.getState() == ReportState.PUBLISHED;
        ReportContent content = frozen ? contents.frozen(id, r.getEdition()) : contents.live(r);
        Set<ReportAction> actions = ReportAccess.available(r, viewer);
        boolean editable = ReportAccess.organ(r, viewer) && ReportWorkflow.EDITABLE.contains(r.getState());
        return new ReportDetail(r, content, frozen, ReportTables.Tables.unbalancedColumn(content.threeRows()), actions,
                editable, history.of(ReportWorkflow.TABLE, id), editions.findByReportIdOrderByEditionDesc(id),
                ReportDeadlines.due(r.getYear(), r.isToGovernment()), deadlines.mark(r.getYear(), r.isToGovernment(),
                r.getState(), r.everPublished(), clock.today()));
    }

    /**
     * The organ saves a text section, as it opened it ({@code version}: a change saved meanwhile is refused, not
     * overwritten).
     */
    @Transactional
    public void saveSection(long id, ReportSection section, String text, int version, SignedInUser viewer) {
        AnnualReport r = editable(id, version, viewer);
        section.set(r, TextRules.lines("text", section.labelKey(), text, ReportSection.MAX_LENGTH));
        reports.update(r);
    }

    /** The organ throws its text of a section away for a new draft written from the data now. */
    @Transactional
    public void redraft(long id, ReportSection section, int version, SignedInUser viewer) {
        AnnualReport r = editable(id, version, viewer);
        section.set(r, drafts.draft(section, r.getDepartmentId(), r.isToGovernment(), r.getYear()));
        reports.update(r);
    }

    private AnnualReport editable(long id, int version, SignedInUser viewer) {
        AnnualReport r = reports.findByIdForUpdate(id).orElseThrow(() -> new DomainException("annualreport.error.missing"));
        ReportAccess.checkOrgan(r, viewer);
        if (!ReportWorkflow.EDITABLE.contains(r.getState())) {
            throw new DomainException("annualreport.error.notEditable", ReportWorkflow.TABLE.stateLabel(r.getState()));
        }
        if (r.getVersion() != version) {
            throw new DomainException("error.changedMeanwhile");
        }
        return r;
    }

    private long create(int year, Organs.Organ organ, SignedInUser viewer) {
        AnnualReport r = new AnnualReport();
        r.setYear(year);
        r.setDepartmentId(organ.departmentId());
        r.setToGovernment(organ.government());
        r.setState(ReportState.DRAFT);
        for (ReportSection section : ReportSection.values()) {
            section.set(r, drafts.draft(section, organ.departmentId(), organ.government(), year));
        }
        long id = reports.save(r).getId();
        history.record(ReportWorkflow.TABLE, id, ReportAction.OPEN, null, ReportState.DRAFT, By.user(viewer),
                organ.departmentId(), "");
        return id;
    }

    private void checkYear(int year) {
        if (year < FIRST_YEAR || year > clock.today().getYear()) {
            throw new DomainException("annualreport.error.year", String.valueOf(FIRST_YEAR),
                    String.valueOf(clock.today().getYear()));
        }
    }

    private AnnualReport find(long id) {
        return reports.findById(id).orElseThrow(() -> new DomainException("annualreport.error.missing"));
    }
}
