package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.assessment.AnnualRevision;
import org.sunshine.assessment.AnnualRules;
import org.sunshine.assessment.AnnualQueries;
import org.sunshine.assessment.AnnualService;
import org.sunshine.assessment.AnnualState;
import org.sunshine.assessment.AnnualWorkflow;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.ExportLinks;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.Notices;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.ui.HistoryTimeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 年度考核: the annual assessment of a year — its periods and their weights, the rules written out, the ranking
 * (computed now while a draft, a locked revision once locked, exported as shown), the lock and re-lock with a reason,
 * and the revisions, any of which can be viewed. Inspectors create, weigh and lock; leaders read; a department's
 * handler reads its own row of a locked year.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Menu(title = "nav.annual", order = MenuGroup.ASSESSMENT + 2, icon = "vaadin:trophy")
@Route("assessment/annual")
public class AnnualView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Integer> {

    private final AnnualService service;
    private final AnnualQueries queries;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final Select<AnnualQueries.Summary> year = new Select<>();
    private final Div content = new Div();
    /** The revision asked for; 0: the results in force. */
    private int revisionWanted;
    private boolean loading;

    public AnnualView(AnnualService service, AnnualQueries queries, CurrentUser currentUser, BusinessClock clock) {
        this.service = service;
        this.queries = queries;
        this.viewer = currentUser.require();
        this.clock = clock;
        setWidthFull();
        add(new Paragraph(getTranslation("assessment.annual.intro")));

        year.setId("annual-year");
        year.setLabel(getTranslation("assessment.annual.year"));
        year.setItemLabelGenerator(s -> name(s.year()) + " · " + getTranslation(AnnualWorkflow.TABLE.stateLabel(s.state()).key()));
        year.addValueChangeListener(e -> {
            if (!loading) {
                revisionWanted = 0;
                show();
            }
        });
        HorizontalLayout top = new HorizontalLayout(year);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (viewer.is(Role.INSPECTOR)) {
            Button create = new Button(getTranslation("assessment.annual.create"), VaadinIcon.PLUS.create(),
                    e -> createDialog().open());
            create.setId("annual-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(create);
        }
        content.setId("annual-content");
        content.setWidthFull();
        add(top, content);
    }

    /** {@code assessment/annual/2025} opens that year; without a year, the newest. */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Integer wanted) {
        reload(wanted);
    }

    private void reload(Integer wantedYear) {
        List<AnnualQueries.Summary> list = queries.list(viewer);
        AnnualQueries.Summary pick = list.stream().filter(s -> wantedYear != null && s.year() == wantedYear).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
        loading = true;
        try {
            year.setItems(list);
            year.setValue(pick);
        } finally {
            loading = false;
        }
        year.setVisible(!list.isEmpty());
        revisionWanted = 0;
        show();
    }

    private void show() {
        content.removeAll();
        AnnualQueries.Summary selected = year.getValue();
        if (selected == null) {
            content.add(new Paragraph(getTranslation("assessment.annual.none")));
            return;
        }
        AnnualQueries.Detail d;
        try {
            d = queries.detail(selected.id(), revisionWanted, viewer);
        } catch (DomainException e) {
            Notices.error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, "assessment/annual/" + d.year());

        Span state = new Span(getTranslation(AnnualWorkflow.TABLE.stateLabel(d.state()).key()));
        state.setId("annual-state");
        state.getElement().getThemeList().add(d.state() == AnnualState.LOCKED ? "badge success" : "badge contrast");
        HorizontalLayout header = new HorizontalLayout(new H3(name(d.year())), state);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        content.add(header);
        if (d.state() == AnnualState.DRAFT) {
            content.add(note("annual-draft-note", getTranslation("assessment.annual.draftNote")));
        }
        if (d.periodsNotIncluded() > 0) {
            content.add(note("annual-not-included", getTranslation("assessment.annual.notIncluded", d.periodsNotIncluded())));
        }
        if (d.changedSinceLock()) {
            content.add(note("annual-changed", getTranslation("assessment.annual.changed", d.revision())));
        }
        content.add(actions(d));

        content.add(new H4(getTranslation("assessment.annual.periods")), periods(d));
        content.add(new H4(getTranslation("assessment.annual.rules")), rules(d.rules()));
        content.add(new AnnualRanking(d, () -> {
            revisionWanted = 0;
            show();
        }));
        content.add(new H4(getTranslation("assessment.annual.revisions")), revisions(d));
        if (!d.history().isEmpty()) {
            content.add(new H4(getTranslation("assessment.annual.history")), new HistoryTimeline("annual-history",
                    clock.zone(), AnnualWorkflow.TABLE, d.history(), Set.of()));
        }
    }

    private HorizontalLayout actions(AnnualQueries.Detail d) {
        HorizontalLayout actions = new HorizontalLayout();
        if (d.mayEdit()) {
            Button refresh = new Button(getTranslation("assessment.annual.refresh"), VaadinIcon.REFRESH.create(), e -> {
                try {
                    int added = service.refreshPeriods(d.id(), viewer);
                    Notices.success(added == 0 ? getTranslation("assessment.annual.refresh.none")
                            : getTranslation("assessment.annual.refresh.done", added));
                    show();
                } catch (DomainException ex) {
                    Notices.error(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            refresh.setId("annual-refresh");
            actions.add(refresh);
        }
        if (d.mayLock()) {
            boolean first = d.state() == AnnualState.DRAFT;
            Button lock = new Button(getTranslation(first ? "assessment.annual.lock" : "assessment.annual.relock"),
                    VaadinIcon.LOCK.create(), e -> lockDialog(d).open());
            lock.setId("annual-lock");
            lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(lock);
        }
        return actions;
    }

    private Grid<AnnualQueries.PeriodLine> periods(AnnualQueries.Detail d) {
        Grid<AnnualQueries.PeriodLine> grid = new Grid<>();
        grid.setId("annual-periods");
        grid.addColumn(AnnualQueries.PeriodLine::name).setHeader(getTranslation("assessment.annual.period")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("assessment.period.kind." + p.kind().name()))
                .setHeader(getTranslation("assessment.annual.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("assessment.annual.dates", Dates.date(this, p.startsOn()), Dates.date(this, p.endsOn())))
                .setHeader(getTranslation("assessment.annual.dates.header")).setAutoWidth(true);
        grid.addColumn(p -> plain(p.weight())).setHeader(getTranslation("assessment.annual.weight")).setAutoWidth(true).setFlexGrow(0);
        if (d.mayEdit()) {
            grid.addComponentColumn(p -> {
                Button edit = new Button(getTranslation("assessment.annual.weight.edit"), e -> weightDialog(d, p).open());
                edit.setId("annual-weight-" + p.periodId());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setKey("actions").setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(d.periods());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("common.empty"));
        return grid;
    }

    private UnorderedList rules(AnnualQueries.Rules r) {
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("assessment.annual.rule.base")),
                new ListItem(getTranslation("assessment.annual.rule.bulletins", plain(r.commendationPoints()),
                        plain(r.criticismPoints()))),
                new ListItem(getTranslation("assessment.annual.rule.total")),
                new ListItem(getTranslation("assessment.annual.rule.grades", plain(r.excellentFrom()), plain(r.goodFrom()),
                        plain(r.passFrom()))),
                new ListItem(r.excellentQuotaPercent() == null ? getTranslation("assessment.annual.rule.noQuota")
                        : getTranslation("assessment.annual.rule.quota", r.excellentQuotaPercent())),
                new ListItem(getTranslation("assessment.annual.rule.veto")),
                new ListItem(getTranslation("assessment.annual.rule.rank")));
        list.setId("annual-rules");
        return list;
    }

    private Component revisions(AnnualQueries.Detail d) {
        Grid<AnnualRevision> grid = new Grid<>();
        grid.setId("annual-revisions");
        grid.addColumn(r -> getTranslation("assessment.annual.revisionNo", r.revisionNo()))
                .setHeader(getTranslation("assessment.annual.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Dates.time(this, r.createdAt(), clock.zone()))
                .setHeader(getTranslation("assessment.annual.lockedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AnnualRevision::createdByName).setHeader(getTranslation("assessment.annual.lockedBy"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AnnualRevision::reason).setHeader(getTranslation("assessment.annual.reason")).setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Button view = new Button(getTranslation("assessment.annual.revision.view"), e -> {
                revisionWanted = r.revisionNo();
                show();
            });
            view.setId("annual-revision-" + r.revisionNo());
            view.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            view.setEnabled(r.revisionNo() != d.shownRevision());
            return view;
        }).setKey("view").setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(d.revisions());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("assessment.annual.revisions.none"));
        return grid;
    }

    private ActionDialog createDialog() {
        AnnualRules defaults = queries.defaults();
        ActionDialog dialog = new ActionDialog("dialog-annual-create", getTranslation("assessment.annual.create"),
                getTranslation("assessment.annual.create.help", plain(defaults.monthWeight()),
                        plain(defaults.quarterWeight()), plain(defaults.yearWeight())));
        IntegerField yearField = dialog.field("year", new IntegerField(getTranslation("assessment.annual.year")));
        yearField.setId("annual-create-year");
        // the annual assessment is made at the end of the year, or in January for the year before
        LocalDate today = clock.today();
        yearField.setValue(today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear());
        yearField.setStepButtonsVisible(true);
        int[] created = {0};
        return dialog.confirm(getTranslation("assessment.annual.create"), "assessment.annual.done.create", () -> {
            Integer value = yearField.getValue();
            if (value == null) {
                throw DomainException.on("year", "assessment.annual.error.year");
            }
            service.create(value, viewer);
            created[0] = value;
        }, () -> reload(created[0]));
    }

    private ActionDialog weightDialog(AnnualQueries.Detail d, AnnualQueries.PeriodLine period) {
        ActionDialog dialog = new ActionDialog("dialog-annual-weight",
                getTranslation("assessment.annual.weight.title", period.name()),
                getTranslation("assessment.annual.weight.help"));
        BigDecimalField weight = dialog.field("weight", new BigDecimalField(getTranslation("assessment.annual.weight")));
        weight.setId("annual-weight-value");
        weight.setValue(period.weight());
        return dialog.confirm(getTranslation("common.save"), "common.saved",
                () -> service.setWeight(d.id(), period.periodId(), weight.getValue(), viewer), this::show);
    }

    private ActionDialog lockDialog(AnnualQueries.Detail d) {
        boolean first = d.state() == AnnualState.DRAFT;
        ActionDialog dialog = new ActionDialog("dialog-annual-lock",
                getTranslation(first ? "assessment.annual.lock" : "assessment.annual.relock"),
                first ? getTranslation("assessment.annual.lock.help")
                        : getTranslation("assessment.annual.relock.help", d.revision() + 1));
        TextArea reason = dialog.field("reason", new TextArea(getTranslation("assessment.annual.reason")));
        reason.setId("annual-lock-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequired(!first);
        return dialog.confirm(getTranslation(first ? "assessment.annual.lock" : "assessment.annual.relock"),
                "assessment.annual.done.lock", () -> service.lock(d.id(), reason.getValue(), viewer), () -> reload(d.year()));
    }

    private Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.addClassName("calendar-warning");
        return note;
    }

    private String name(int yearNo) {
        return getTranslation("assessment.annual.name", String.valueOf(yearNo));
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.annual.title");
    }
}
