package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.ExportLinks;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.LazyList;
import org.sunshine.base.ui.ListCell;
import org.sunshine.search.ui.Marked;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.QuickFilters;
import org.sunshine.base.ui.SearchField;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.ReplyResult;
import org.sunshine.inforequest.RequestChannel;
import org.sunshine.inforequest.RequestFilter;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.inforequest.RequestRow;
import org.sunshine.inforequest.RequestState;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * 依申请公开: the organ's applications (a handler sees their department's, the inspector every organ's, with a
 * department filter and the CSV/Excel export), sorted by the deadline running now with its yellow or red card. The
 * address may carry {@code ?state=open|ended|<STATE>} and {@code ?warning=RED|YELLOW} (the workbench's links).
 */
@Prototype
@RolesAllowed({Role.HANDLER_NAME, Role.INSPECTOR_NAME})
@Menu(title = "nav.infoRequests", order = MenuGroup.COMPLAINTS + 5, icon = "vaadin:file-search")
@Route("disclosure/requests")
public class RequestsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String OPEN = "open";
    static final String ENDED = "ended";

    private final RequestQueries queries;
    private final SignedInUser viewer;
    private final Clock clock;
    private final Grid<RequestRow> grid = new Grid<>();
    private final SearchField search = new SearchField("request-search", "inforequest.staff.search", this::refresh);
    private final Select<String> state = new Select<>();
    private final ComboBox<DepartmentRow> department;
    private final Select<Warning> warning = new Select<>();
    private final Select<RequestChannel> channel = new Select<>();
    private final Select<ApplicantKind> kind = new Select<>();
    private final Select<ReplyResult> result = new Select<>();
    private final Checkbox late = new Checkbox();
    private final DatePicker from = DatePickers.create(null);
    private final DatePicker to = DatePickers.create(null);
    private final QuickFilters quick = new QuickFilters("request-quick");
    private final LazyList<RequestRow> data;
    private boolean ready;
    /** The filter on screen, read by downloads, which run outside the UI's lock. */
    private volatile RequestFilter shown = RequestFilter.ALL;

    public RequestsView(RequestQueries queries, DepartmentService departments, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.viewer = currentUser.require();
        this.clock = clock;
        setSizeFull();
        boolean inspector = viewer.is(Role.INSPECTOR);

        List<String> states = new ArrayList<>(List.of(OPEN));
        for (RequestState s : RequestState.values()) {
            states.add(s.name());
        }
        states.add(ENDED);
        state.setItems(states);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("inforequest.staff.anyState"));
        state.setItemLabelGenerator(this::stateLabel);
        state.setId("request-state-filter");
        state.setValue(OPEN);
        department = new DepartmentChoices(departments.active()).single(null);
        department.setPlaceholder(getTranslation("inforequest.staff.anyDepartment"));
        department.setId("request-department-filter");
        department.setVisible(inspector);
        choice(warning, "request-warning-filter", "inforequest.staff.anyWarning", "inforequest.staff.warning.",
                Warning.RED, Warning.YELLOW, Warning.NONE);
        choice(channel, "request-channel-filter", "inforequest.staff.anyChannel", "inforequest.channel.",
                RequestChannel.values());
        choice(kind, "request-kind-filter", "inforequest.staff.anyApplicant", "inforequest.applicant.",
                ApplicantKind.values());
        choice(result, "request-result-filter", "inforequest.staff.anyResult", "inforequest.result.",
                ReplyResult.values());
        late.setLabel(getTranslation("inforequest.staff.lateOnly"));
        late.setId("request-late-filter");
        from.setPlaceholder(getTranslation("inforequest.staff.from"));
        from.setId("request-from");
        to.setPlaceholder(getTranslation("inforequest.staff.to"));
        to.setId("request-to");
        state.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        late.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        quick("toRegister", RequestState.SUBMITTED.name(), null);
        quick("handling", OPEN, null);
        quick("yellow", OPEN, Warning.YELLOW);
        quick("red", OPEN, Warning.RED);
        quick("ended", ENDED, null);
        quick("all", null, null);
        FilterBar filters = new FilterBar(search, state, department, warning, channel, kind, result, from, to, late);
        if (inspector) {
            filters.add(exports());
        } else {
            Button entry = new Button(getTranslation("nav.infoRequestEntry"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(RequestEntryView.class));
            entry.setId("request-entry");
            entry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(entry);
        }

        grid.setId("info-requests");
        grid.addColumn(RequestRow::requestNo).setHeader(getTranslation("inforequest.staff.requestNo")).setAutoWidth(true).setFlexGrow(0);
        if (inspector) {
            grid.addColumn(RequestRow::organName).setHeader(getTranslation("inforequest.field.organ")).setAutoWidth(true).setFlexGrow(0);
        }
        // the whole description, and under it the applicant (masked), how it came and when it was received
        grid.addComponentColumn(r -> r.highlight() != null
                        ? Marked.cell(r.highlight(), r.description(), r.maskedName(),
                                getTranslation("inforequest.channel." + r.channel().name()),
                                getTranslation("inforequest.staff.receivedShort",
                                        String.valueOf(r.receivedOn() == null ? r.arrivedOn() : r.receivedOn())))
                        : ListCell.of(r.description(), r.maskedName(),
                        getTranslation("inforequest.channel." + r.channel().name()),
                        getTranslation("inforequest.staff.receivedShort",
                                String.valueOf(r.receivedOn() == null ? r.arrivedOn() : r.receivedOn()))))
                .setKey("description").setHeader(getTranslation("inforequest.staff.description")).setWidth("13rem").setFlexGrow(1);
        grid.addComponentColumn(r -> RequestBadges.state(r.state())).setKey("state").setHeader(getTranslation("common.status")).setWidth(Badge.width(this, "inforequest.state.", RequestState.values())).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span due = new Span(RequestBadges.due(r));
            due.addClassName("badge-row");
            if (r.lateRegistration()) {
                due.add(RequestBadges.late());
            }
            return due;
        }).setKey("due").setHeader(getTranslation("inforequest.staff.due")).setWidth(DueBadge.width(this, DeadlineKind.REGISTER,
                DeadlineKind.REPLY, DeadlineKind.CORRECT, DeadlineKind.PAY)).setFlexGrow(0);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(RequestDetailView.class, e.getItem().id()));
        grid.setEmptyStateText(getTranslation("common.empty"));
        NarrowColumns.secondary(grid, "inforequest.field.organ");
        grid.setSizeFull();
        data = LazyList.of(grid, page -> queries.page(shown, viewer, page), RequestQueries::key,
                () -> queries.size(shown, viewer));
        add(quick, filters, grid);
        ready = true;
        refresh();
    }

    @SafeVarargs
    private <T extends Enum<T>> void choice(Select<T> select, String id, String anyKey, String labelPrefix, T... items) {
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(anyKey) : getTranslation(labelPrefix + v.name()));
        select.setId(id);
        select.addValueChangeListener(e -> refresh());
    }

    /** A quick filter {@code inforequest.staff.quick.<name>}: a state (or open, ended, any) and a warning, counted. */
    private void quick(String name, String stateValue, Warning warningValue) {
        quick.chip(name, getTranslation("inforequest.staff.quick." + name), () -> select(stateValue, warningValue),
                () -> queries.size(RequestFilter.ALL.withStates(states(stateValue)).withWarning(warningValue), viewer),
                () -> Objects.equals(state.getValue(), stateValue) && warning.getValue() == warningValue);
    }

    private void select(String stateValue, Warning warningValue) {
        ready = false;
        state.setValue(stateValue);
        warning.setValue(warningValue);
        ready = true;
        refresh();
    }

    /** The workbench's links: {@code ?state=} and {@code ?warning=}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.isEmpty()) {
            return;
        }
        String stateValue = params.getOrDefault("state", List.of(OPEN)).get(0);
        String warningValue = params.getOrDefault("warning", List.of("")).get(0);
        select(stateItems().contains(stateValue) ? stateValue : OPEN,
                Set.of("RED", "YELLOW", "NONE").contains(warningValue) ? Warning.valueOf(warningValue) : null);
    }

    private List<String> stateItems() {
        return state.getListDataView().getItems().toList();
    }

    private String stateLabel(String value) {
        if (value == null) {
            return getTranslation("inforequest.staff.anyState");
        }
        return switch (value) {
            case OPEN -> getTranslation("inforequest.staff.open");
            case ENDED -> getTranslation("inforequest.staff.ended");
            default -> getTranslation("inforequest.state." + value);
        };
    }

    private static Set<RequestState> states(String value) {
        if (value == null) {
            return Set.of();
        }
        return switch (value) {
            case OPEN -> RequestFilter.OPEN;
            case ENDED -> RequestFilter.ENDED;
            default -> EnumSet.of(RequestState.valueOf(value));
        };
    }

    private void refresh() {
        if (!ready) {
            return;
        }
        quick.mark();
        shown = new RequestFilter(department.getValue() == null ? null : department.getValue().id(),
                states(state.getValue()), warning.getValue(), late.getValue(), channel.getValue(), kind.getValue(),
                result.getValue(), from.getValue(), to.getValue(), search.getValue());
        grid.setEmptyStateText(getTranslation(search.getValue().isBlank() || queries.wordSearchReady()
                ? "common.empty" : "search.building"));
        data.refresh();
    }

    private Anchor[] exports() {
        return ExportLinks.of(this, "info-requests",
                () -> getTranslation("inforequest.staff.exportFile", LocalDate.now(clock).toString()),
                () -> queries.all(shown, viewer), () -> List.of(
                        column("inforequest.staff.requestNo", RequestRow::requestNo),
                        column("inforequest.field.organ", RequestRow::organName),
                        column("inforequest.field.applicantKind", r -> getTranslation("inforequest.applicant." + r.applicantKind().name())),
                        column("inforequest.staff.applicant", RequestRow::maskedName),
                        column("inforequest.staff.description", RequestRow::description),
                        column("inforequest.staff.channel", r -> getTranslation("inforequest.channel." + r.channel().name())),
                        column("common.status", r -> getTranslation("inforequest.state." + r.state().name())),
                        column("inforequest.staff.arrivedOn", r -> r.arrivedOn().toString()),
                        column("inforequest.staff.receivedOn", r -> r.receivedOn() == null ? "" : r.receivedOn().toString()),
                        column("inforequest.staff.due", r -> r.due() == null ? "" : r.due().toString()),
                        column("inforequest.staff.warningColumn", r -> getTranslation("inforequest.staff.warning." + r.warning().name())),
                        column("inforequest.staff.lateRegistration", r -> r.lateRegistration() ? getTranslation("inforequest.staff.lateRegistration") : ""),
                        column("inforequest.staff.result", r -> r.result() == null ? "" : getTranslation("inforequest.result." + r.result().name()))))
                .toArray(Anchor[]::new);
    }

    private TableExport.Column<RequestRow> column(String headerKey, Function<RequestRow, Object> value) {
        return new TableExport.Column<>(getTranslation(headerKey), value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.infoRequests");
    }
}
