package org.sunshine.proactive.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ui.WebLinks;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.Notices;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.ui.CitedFindings;
import org.sunshine.finding.ui.FindingDetailView;
import org.sunshine.proactive.LinkCandidate;
import org.sunshine.proactive.LinkCandidates;
import org.sunshine.proactive.LinkState;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * 链接检查: the disclosure records whose links fail, the 疑似失效 (DEAD) candidates first, with the checker's last run
 * and its rule. The inspector confirms a DEAD one as a 链接失效 finding in one step; anyone here may have a link checked
 * again now; a handler sees their department's only (and fixes a URL on the records screen).
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.ADMIN_NAME, Role.HANDLER_NAME})
@Menu(title = "nav.links", order = MenuGroup.SUPERVISION + 9, icon = "vaadin:unlink")
@Route("disclosure/links")
public class LinksView extends VerticalLayout implements HasDynamicTitle {

    private static final int NARROW = 700;

    private final LinkCandidates links;
    private final SignedInUser viewer;
    private final Clock clock;
    private final Span lastRun = new Span();
    private final Select<LinkCandidates.Show> show = new Select<>();
    private final ComboBox<DepartmentRow> department;
    private final Grid<LinkCandidate> grid = new Grid<>();
    private final CallbackDataProvider<LinkCandidate, Void> data;
    private final CitedFindings cited;
    /** The columns shown beside the record on a wide screen; on a phone the record's cell holds them all. */
    private final List<Grid.Column<LinkCandidate>> wide = new ArrayList<>();
    private boolean narrow;

    public LinksView(LinkCandidates links, DepartmentService departments, FindingQueries findings,
                     CurrentUser currentUser, Clock clock) {
        this.links = links;
        this.cited = new CitedFindings(findings);
        this.viewer = currentUser.require();
        this.clock = clock;
        setSizeFull();
        addClassName("links-view");
        boolean handler = viewer.is(Role.HANDLER);

        lastRun.setId("links-last-run");
        LinkCandidates.Rule rule = links.rule();
        Span ruleText = new Span(getTranslation("proactive.links.rule", rule.recheckHours(), rule.deadAfterDays(),
                rule.deadAfterDays() - 1));
        ruleText.addClassName("links-rule");
        Div status = new Div(lastRun, ruleText);
        status.addClassName("links-status");

        show.setItems(LinkCandidates.Show.values());
        show.setItemLabelGenerator(s -> getTranslation("proactive.links.show." + s.name()));
        show.setValue(LinkCandidates.Show.ALL);
        show.setId("links-show");
        show.addValueChangeListener(e -> refresh());
        department = new DepartmentChoices(departments.active()).single(null);
        department.setPlaceholder(getTranslation("proactive.links.anyDepartment"));
        department.setClearButtonVisible(true);
        department.setId("links-department");
        department.setVisible(!handler);
        department.addValueChangeListener(e -> refresh());

        grid.setId("dead-links");
        grid.addComponentColumn(this::record).setKey("record").setHeader(getTranslation("proactive.links.record"))
                .setFlexGrow(3).setWidth("16rem");
        wide.add(grid.addComponentColumn(LinksView::state).setKey("state").setHeader(getTranslation("common.status"))
                .setAutoWidth(true).setFlexGrow(0));
        wide.add(grid.addComponentColumn(this::failures).setKey("failures")
                .setHeader(getTranslation("proactive.links.failing")).setFlexGrow(2).setWidth("14rem"));
        wide.add(grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("proactive.links.actions")).setAutoWidth(true).setFlexGrow(0));
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setSizeFull();
        data = DataProvider.fromCallbacks(
                query -> cited.read(links.page(show.getValue(), departmentId(), viewer, query.getPage(), query.getPageSize()),
                        LinkCandidate::findingId).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, links.count(show.getValue(), departmentId(), viewer)));
        grid.setItems(data);
        add(status, new FilterBar(show, department), grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    /** Below {@value #NARROW} pixels, one column: each record a card with its state, failures and buttons. */
    private void fit(int width) {
        boolean nowNarrow = width > 0 && width < NARROW;
        if (nowNarrow != narrow) {
            narrow = nowNarrow;
            wide.forEach(column -> column.setVisible(!narrow));
            data.refreshAll();
        }
    }

    private Long departmentId() {
        return department.getValue() == null ? null : department.getValue().id();
    }

    private void refresh() {
        if (!links.enabled()) {
            lastRun.setText(getTranslation("proactive.links.off"));
        } else {
            lastRun.setText(links.lastRun().map(run -> getTranslation("proactive.links.lastRun",
                    Dates.time(this, run.finishedAt(), clock.getZone()), run.checked(), run.failed(), run.becameDead()))
                    .orElseGet(() -> getTranslation("proactive.links.neverRun")));
        }
        data.refreshAll();
    }

    /** The record: title, department, and its URL (a link only for http and https). */
    private Component record(LinkCandidate c) {
        // the record's page (the records screen), where its department's handler corrects the URL
        Anchor title = new Anchor("/disclosure/records/" + c.id(), c.title());
        title.addClassName("links-title");
        Span department = new Span(c.departmentName());
        department.addClassName("links-muted");
        Component url = WebLinks.external(c.url(), c.url());
        ((com.vaadin.flow.component.HasStyle) url).addClassName("links-url");
        Div cell = new Div(title, department, url);
        cell.addClassName("links-cell");
        if (narrow) {
            cell.add(state(c), failures(c), actions(c));
        }
        return cell;
    }

    private static Span state(LinkCandidate c) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("proactive.link." + c.state().name()));
        Badge.tone(badge, c.state() == LinkState.DEAD ? Badge.Tone.DANGER : Badge.Tone.NEUTRAL);
        badge.setId("link-state-" + c.id());
        return badge;
    }

    private Component failures(LinkCandidate c) {
        Div cell = new Div();
        cell.addClassName("links-cell");
        if (c.failingSince() != null) {
            cell.add(new Span(getTranslation("proactive.links.since",
                    Dates.date(this, c.failingSince().atZone(clock.getZone()).toLocalDate()))));
        }
        cell.add(new Span(getTranslation("proactive.links.failures", c.failures(), c.failDays())));
        if (c.errorKey() != null) {
            Span error = new Span(getTranslation(c.errorKey(), c.errorArgs()));
            error.addClassName("links-error");
            cell.add(error);
        }
        if (c.checkedAt() != null) {
            Span checked = new Span(getTranslation("proactive.links.checkedAt",
                    Dates.time(this, c.checkedAt(), clock.getZone())));
            checked.addClassName("links-muted");
            cell.add(checked);
        }
        return cell;
    }

    private Component actions(LinkCandidate c) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setAlignItems(Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        if (c.findingId() != null) {
            RouterLink finding = new RouterLink(getTranslation("proactive.links.finding", cited.of(c.findingId())),
                    FindingDetailView.class, c.findingId());
            finding.setId("link-finding-" + c.id());
            actions.add(finding);
        } else if (c.state() == LinkState.DEAD && LinkCandidates.mayConfirm(viewer)) {
            Button confirm = new Button(getTranslation("proactive.links.confirm"),
                    e -> new DeadLinkDialog(links, c, viewer, this::refresh).start());
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            confirm.setId("link-confirm-" + c.id());
            actions.add(confirm);
        }
        if (links.enabled()) {
            Button recheck = new Button(getTranslation("proactive.links.recheck"), e -> recheck(c));
            recheck.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            recheck.setDisableOnClick(true);
            recheck.setId("link-recheck-" + c.id());
            actions.add(recheck);
        }
        return actions;
    }

    private void recheck(LinkCandidate c) {
        try {
            LinkState state = links.recheck(c.id(), viewer);
            Notices.success(getTranslation("proactive.links.rechecked", getTranslation("proactive.link." + state.name())));
        } catch (DomainException e) {
            Notices.error(getTranslation(e.messageKey(), e.args()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.links");
    }
}
