package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodState;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.ListCell;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.bulletin.BulletinDrafts;
import org.sunshine.bulletin.BulletinKind;
import org.sunshine.bulletin.BulletinQueries;
import org.sunshine.bulletin.BulletinState;
import org.sunshine.bulletin.DraftForm;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 通报: for inspectors and leaders every bulletin with its state, number, receipts and rectification progress, and
 * for inspectors the drafting of a new one from a locked period; for a department the bulletins addressed to it
 * (its inbox), with whether it has signed for each and how its problem list stands. The address may carry
 * {@code ?queue=TO_SIGN} (a {@link BulletinQueries.Queue}, the workbench's tiles): only the bulletins waiting so.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Menu(title = "nav.bulletins", order = MenuGroup.ASSESSMENT + 3, icon = "vaadin:newspaper")
@Route("bulletins")
public class BulletinsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final BulletinQueries queries;
    private final BulletinDrafts drafts;
    private final PeriodQueries periods;
    private final SignedInUser viewer;
    private final Grid<BulletinQueries.Row> grid = new Grid<>();
    private final Div shownQueue = new Div();

    public BulletinsView(BulletinQueries queries, BulletinDrafts drafts, PeriodQueries periods, CurrentUser currentUser) {
        this.queries = queries;
        this.drafts = drafts;
        this.periods = periods;
        this.viewer = currentUser.require();
        setSizeFull();
        boolean department = viewer.is(Role.HANDLER);
        add(new Paragraph(getTranslation(department ? "bulletin.list.intro.department" : "bulletin.list.intro")));
        if (viewer.is(Role.INSPECTOR)) {
            Button create = new Button(getTranslation("bulletin.draft"), VaadinIcon.FILE_ADD.create(), e -> draftDialog().open());
            create.setId("bulletin-draft");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        shownQueue.setId("bulletin-queue");
        shownQueue.setVisible(false);
        add(shownQueue);
        grid.setId("bulletins");
        // the whole title, and under it the number, the kind and the period
        grid.addComponentColumn(r -> ListCell.of(r.title(), r.number(), getTranslation("bulletin.kind." + r.kind().name()),
                        r.periodName()))
                .setKey("title").setHeader(getTranslation("bulletin.title")).setWidth("13rem").setFlexGrow(1);
        grid.addComponentColumn(r -> stateBadge(r.state())).setKey("state").setHeader(getTranslation("common.status")).setWidth(Badge.width(this, "bulletin.state.", BulletinState.values())).setFlexGrow(0);
        grid.addColumn(r -> Dates.date(this, r.issueDate())).setHeader(getTranslation("bulletin.issueDate")).setAutoWidth(true).setFlexGrow(0);
        if (department) {
            grid.addComponentColumn(this::ownReceipt).setHeader(getTranslation("bulletin.receipt")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> r.items() == 0 ? "" : getTranslation("bulletin.list.problems", r.accepted(), r.items()))
                    .setHeader(getTranslation("bulletin.list.ownProblems")).setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addComponentColumn(this::receipts).setHeader(getTranslation("bulletin.receipts")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> r.items() == 0 ? "" : getTranslation("bulletin.list.problems", r.accepted(), r.items()))
                    .setHeader(getTranslation("bulletin.rectification")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> getTranslation(r.publicRelease() ? "bulletin.public.yes" : "bulletin.public.no"))
                    .setHeader(getTranslation("bulletin.public")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addItemClickListener(e -> UI.getCurrent().navigate(BulletinView.class, e.getItem().id()));
        grid.setEmptyStateText(getTranslation(department ? "bulletin.list.none.department" : "common.empty"));
        NarrowColumns.secondary(grid, "bulletin.issueDate", "bulletin.receipts", "bulletin.public");
        grid.setSizeFull();
        grid.setItems(queries.list(viewer));
        add(grid);
    }

    /** The workbench's tiles: {@code ?queue=} shows only the bulletins of that queue, with a way back to all. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BulletinQueries.Queue queue = ListAddress.of(event).one("queue", BulletinQueries.Queue.class);
        if (queue == null) {
            return;
        }
        grid.setItems(queries.list(viewer, queue));
        shownQueue.removeAll();
        shownQueue.add(new Span(getTranslation("bulletin.queue.shown", getTranslation("bulletin.queue." + queue.name()))),
                new Anchor("/bulletins", getTranslation("bulletin.queue.all")));
        shownQueue.addClassName("list-queue");
        shownQueue.setVisible(true);
    }

    /** Grey while drafted or once revoked, blue on its way to issue, green once issued. */
    static Span stateBadge(BulletinState state) {
        Span badge = Badge.of("", switch (state) {
            case DRAFT, REVOKED -> Badge.Tone.NEUTRAL;
            case IN_REVIEW, SIGNED -> Badge.Tone.INFO;
            case ISSUED -> Badge.Tone.SUCCESS;
        });
        badge.setText(badge.getTranslation("bulletin.state." + state.name()));
        return badge;
    }

    private Span ownReceipt(BulletinQueries.Row r) {
        boolean signed = r.signed() > 0;
        return Badge.of(getTranslation(signed ? "bulletin.receipt.signed" : r.overdueSigns() > 0 ? "bulletin.receipt.overdue"
                : "bulletin.receipt.waiting"), signed ? Badge.Tone.SUCCESS : r.overdueSigns() > 0 ? Badge.Tone.DANGER : Badge.Tone.INFO);
    }

    /** 已签收 12/26, and the departments late to sign in red. */
    private Span receipts(BulletinQueries.Row r) {
        Span cell = new Span();
        if (r.addressed() == 0 || r.number() == null) {
            return cell;
        }
        cell.add(new Span(getTranslation("bulletin.list.receipts", r.signed(), r.addressed())));
        if (r.overdueSigns() > 0) {
            cell.add(new Span(" "), Badge.of(getTranslation("bulletin.list.overdueChip", r.overdueSigns()), Badge.Tone.DANGER));
        }
        return cell;
    }

    private ActionDialog draftDialog() {
        ActionDialog dialog = new ActionDialog("dialog-draft", getTranslation("bulletin.draft"), getTranslation("bulletin.draft.help"));
        List<PeriodQueries.PeriodRow> locked = periods.list(viewer).stream().filter(p -> p.state() == PeriodState.LOCKED).toList();
        Map<Long, PeriodQueries.PeriodRow> byId = locked.stream().collect(Collectors.toMap(PeriodQueries.PeriodRow::id, Function.identity()));
        Select<Long> period = dialog.field("periodId", new Select<>());
        period.setLabel(getTranslation("bulletin.period"));
        period.setItems(locked.stream().map(PeriodQueries.PeriodRow::id).toList());
        period.setItemLabelGenerator(id -> id == null ? "" : byId.get(id).name());
        period.setId("draft-period");
        period.setWidthFull();
        if (!locked.isEmpty()) {
            period.setValue(locked.get(0).id());
        }
        RadioButtonGroup<BulletinKind> kind = dialog.field("kind", new RadioButtonGroup<>(getTranslation("bulletin.kind")));
        kind.setItems(BulletinKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("bulletin.kind." + k.name()));
        kind.setValue(BulletinKind.SITUATION);
        kind.setId("draft-kind");
        RadioButtonGroup<DraftForm.CommendBy> commendBy = dialog.field("commendBy", new RadioButtonGroup<>(getTranslation("bulletin.commendBy")));
        commendBy.setItems(DraftForm.CommendBy.values());
        commendBy.setItemLabelGenerator(v -> getTranslation("bulletin.commendBy." + v.name()));
        commendBy.setValue(DraftForm.CommendBy.GRADE);
        commendBy.setId("draft-commend-by");
        IntegerField top = dialog.field("commendTop", new IntegerField(getTranslation("bulletin.commendTop")));
        top.setValue(5);
        top.setMin(1);
        top.setStepButtonsVisible(true);
        top.setId("draft-commend-top");
        RadioButtonGroup<DraftForm.CriticizeBy> criticizeBy = dialog.field("criticizeBy", new RadioButtonGroup<>(getTranslation("bulletin.criticizeBy")));
        criticizeBy.setItems(DraftForm.CriticizeBy.values());
        criticizeBy.setItemLabelGenerator(v -> getTranslation("bulletin.criticizeBy." + v.name()));
        criticizeBy.setValue(DraftForm.CriticizeBy.GRADE);
        criticizeBy.setId("draft-criticize-by");
        IntegerField bottom = dialog.field("criticizeBottom", new IntegerField(getTranslation("bulletin.criticizeBottom")));
        bottom.setValue(3);
        bottom.setMin(1);
        bottom.setStepButtonsVisible(true);
        bottom.setId("draft-criticize-bottom");
        IntegerField overdue = dialog.field("overdueAtLeast", new IntegerField(getTranslation("bulletin.overdueAtLeast")));
        overdue.setValue(3);
        overdue.setMin(1);
        overdue.setStepButtonsVisible(true);
        overdue.setId("draft-overdue");
        Checkbox publicRelease = new Checkbox(getTranslation("bulletin.publicRelease"), true);
        publicRelease.setId("draft-public");
        dialog.addContent(publicRelease);
        Runnable follow = () -> {
            BulletinKind k = kind.getValue();
            commendBy.setVisible(k != null && k.commends());
            top.setVisible(k != null && k.commends() && commendBy.getValue() == DraftForm.CommendBy.TOP);
            criticizeBy.setVisible(k != null && k.criticizes());
            bottom.setVisible(k != null && k.criticizes() && criticizeBy.getValue() == DraftForm.CriticizeBy.BOTTOM);
            overdue.setVisible(k != null && k.criticizes() && criticizeBy.getValue() == DraftForm.CriticizeBy.OVERDUE);
        };
        kind.addValueChangeListener(e -> follow.run());
        commendBy.addValueChangeListener(e -> follow.run());
        criticizeBy.addValueChangeListener(e -> follow.run());
        follow.run();
        long[] created = {0};
        return dialog.confirm(getTranslation("bulletin.draft"), "bulletin.drafted", () -> {
            BulletinKind k = kind.getValue();
            created[0] = drafts.draft(new DraftForm(period.getValue(), k,
                    k != null && k.commends() ? commendBy.getValue() : null, top.getValue() == null ? 0 : top.getValue(),
                    k != null && k.criticizes() ? criticizeBy.getValue() : null,
                    bottom.getValue() == null ? 0 : bottom.getValue(), overdue.getValue() == null ? 0 : overdue.getValue(),
                    publicRelease.getValue()), viewer);
        }, () -> UI.getCurrent().navigate(BulletinView.class, created[0]));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.bulletins");
    }
}
