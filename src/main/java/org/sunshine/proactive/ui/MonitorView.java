package org.sunshine.proactive.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.ui.CitedFindings;
import org.sunshine.proactive.CadenceWatch;
import org.sunshine.proactive.LateRecords;
import org.sunshine.proactive.MissFindings;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.stream.IntStream;

/**
 * 公开监测: what the responsibility table's cadences and the records' clocks show — items with no record in a window,
 * overdue or due soon, for each lead department; and the year's late records. An inspector turns an overdue window
 * (未公开) or a late record (不及时) into a finding in one step; the row then shows the finding. Inspectors, leaders
 * and administrators see the city's, a handler their own department's.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.HANDLER_NAME})
@Menu(title = "nav.disclosureMonitor", order = MenuGroup.SUPERVISION + 8, icon = "vaadin:eye")
@Route("disclosure/monitor")
public class MonitorView extends VerticalLayout implements HasDynamicTitle {

    /** How many years back the late records may be read. */
    private static final int YEARS = 5;
    /** A list this long or shorter shows all its rows; a longer one scrolls. */
    private static final int ALL_ROWS = 15;

    private final CadenceWatch watch;
    private final LateRecords lateRecords;
    private final MissFindings filings;
    private final SignedInUser viewer;
    private final ComboBox<DepartmentRow> department;
    private final Select<Integer> year = new Select<>();
    private final H3 overdueTitle = new H3();
    private final H3 soonTitle = new H3();
    private final H3 lateTitle = new H3();
    private final Grid<CadenceWatch.Miss> overdue;
    private final Grid<CadenceWatch.Miss> soon;
    private final Grid<LateRecords.LateRow> late;
    private final CitedFindings cited;

    public MonitorView(CadenceWatch watch, LateRecords lateRecords, MissFindings filings, DepartmentService departments,
                       FindingQueries findings, CurrentUser currentUser, BusinessClock clock) {
        this.watch = watch;
        this.cited = new CitedFindings(findings);
        this.lateRecords = lateRecords;
        this.filings = filings;
        this.viewer = currentUser.require();
        setId("disclosure-monitor");
        boolean handler = viewer.is(Role.HANDLER);
        add(new Paragraph(getTranslation(handler ? "proactive.monitor.intro.handler" : "proactive.monitor.intro")));

        department = new DepartmentChoices(departments.active()).single(getTranslation("proactive.monitor.department"));
        department.setPlaceholder(getTranslation("proactive.monitor.allDepartments"));
        department.setId("monitor-department");
        department.setVisible(!handler);
        department.addValueChangeListener(e -> refresh());
        int thisYear = clock.today().getYear();
        year.setLabel(getTranslation("proactive.monitor.year"));
        year.setItems(IntStream.rangeClosed(0, YEARS - 1).mapToObj(i -> thisYear - i).toList());
        year.setItemLabelGenerator(y -> getTranslation("proactive.monitor.yearValue", String.valueOf(y)));
        year.setValue(thisYear);
        year.setId("monitor-year");
        year.addValueChangeListener(e -> refresh());
        if (!handler) {
            add(new FilterBar(department));
        }

        boolean inspector = viewer.is(Role.INSPECTOR);
        overdue = MonitorRows.misses(this, "monitor-overdue", viewer, cited, inspector ? this::fileWindow : null);
        soon = MonitorRows.misses(this, "monitor-soon", viewer, cited, null);
        late = MonitorRows.late(this, viewer, cited, inspector ? this::fileLate : null);
        late.setItems(DataProvider.fromCallbacks(
                q -> cited.read(lateRecords.page(filter(), viewer, q.getOffset(), q.getLimit()),
                        LateRecords.LateRow::findingId).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, lateRecords.count(filter(), viewer))));
        Paragraph rule = new Paragraph(getTranslation("proactive.monitor.rule"));
        rule.addClassName("form-note");
        Paragraph lateRule = new Paragraph(getTranslation("proactive.monitor.lateRule"));
        lateRule.addClassName("form-note");
        overdueTitle.setId("monitor-overdue-title");
        soonTitle.setId("monitor-soon-title");
        lateTitle.setId("monitor-late-title");
        add(overdueTitle, rule, overdue, soonTitle, soon, lateTitle, new FilterBar(year), lateRule, late);
        refresh();
    }

    private LateRecords.Filter filter() {
        return new LateRecords.Filter(year.getValue(), department.getValue() == null ? null : department.getValue().id());
    }

    private void refresh() {
        List<CadenceWatch.Miss> misses = cited.read(watch.misses(department.getValue() == null ? null
                : department.getValue().id(), viewer), CadenceWatch.Miss::findingId);
        List<CadenceWatch.Miss> red = misses.stream().filter(CadenceWatch.Miss::overdue).toList();
        List<CadenceWatch.Miss> yellow = misses.stream().filter(m -> !m.overdue()).toList();
        show(overdue, red);
        show(soon, yellow);
        overdueTitle.setText(getTranslation("proactive.monitor.overdue", red.size()));
        soonTitle.setText(getTranslation("proactive.monitor.soon", yellow.size()));
        long lateCount = lateRecords.count(filter(), viewer);
        lateTitle.setText(getTranslation("proactive.monitor.late", lateCount));
        late.setAllRowsVisible(lateCount <= ALL_ROWS);
        late.setHeight(lateCount <= ALL_ROWS ? null : "32em");
        late.getDataProvider().refreshAll();
    }

    private static <T> void show(Grid<T> grid, List<T> rows) {
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= ALL_ROWS);
        grid.setHeight(rows.size() <= ALL_ROWS ? null : "32em");
    }

    private void fileWindow(CadenceWatch.Miss m) {
        new MissFindingDialog(getTranslation("proactive.monitor.toFinding.window", m.departmentName(), m.itemTitle(),
                MonitorRows.text(this, m.window())), filings.draft(m),
                (severity, description) -> filings.fileWindow(m.itemId(), m.departmentId(), m.windowStart(), severity,
                        description, viewer), this::refresh).open();
    }

    private void fileLate(LateRecords.LateRow r) {
        new MissFindingDialog(getTranslation("proactive.monitor.toFinding.late", r.departmentName(), r.title()),
                filings.draft(r), (severity, description) -> filings.fileLate(r.recordId(), severity, description, viewer),
                this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.disclosureMonitor");
    }
}
