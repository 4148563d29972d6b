package org.sunshine.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.SearchField;
import org.sunshine.base.ui.StateFilter;
import org.sunshine.notification.Channel;
import org.sunshine.notification.OutboxAdmin;
import org.sunshine.notification.OutboxFilter;
import org.sunshine.notification.OutboxMessage;
import org.sunshine.notification.OutboxState;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;

/**
 * 消息外发: every message of the outbox, newest first — to whom (masked; whole on the message), by which channel,
 * what it said, for which event, where it stands and how often it was tried — filtered by state, channel and a search;
 * a message opens with everything and, when it failed, a retry. With the development adapter this is the development
 * box: the messages are kept here and never leave the machine.
 */
@Prototype
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.messages", order = MenuGroup.SYSTEM + 4, icon = "vaadin:envelopes-o")
@Route("admin/messages")
public class MessagesView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final OutboxAdmin outbox;
    private final BusinessClock clock;
    private final SignedInUser viewer;
    private final String clientIp;
    private final StateFilter<OutboxState> states;
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final SearchField search = new SearchField("messages-search", "notification.filter.search", this::refresh);
    private final CallbackDataProvider<OutboxMessage, Void> data;
    private final Span count = new Span();
    private OutboxFilter shown = OutboxFilter.all();

    public MessagesView(OutboxAdmin outbox, BusinessClock clock, CurrentUser currentUser) {
        this.outbox = outbox;
        this.clock = clock;
        this.viewer = currentUser.require();
        VaadinRequest request = VaadinRequest.getCurrent();
        this.clientIp = request == null ? "" : request.getRemoteAddr();
        setSizeFull();

        Paragraph modes = new Paragraph(getTranslation("notification.modes",
                getTranslation("notification.mode.EMAIL." + outbox.mode(Channel.EMAIL).name()),
                getTranslation("notification.mode.SMS." + outbox.mode(Channel.SMS).name())));
        modes.setId("messages-modes");
        modes.addClassName("hint");

        states = new StateFilter<>("messages-state", "notification.filter.state", "notification.state.",
                this::refresh);
        states.setItems(OutboxState.values());
        states.quick("notification.quick.all", Set.of());
        for (OutboxState state : OutboxState.values()) {
            states.quick("notification.state." + state.name(), EnumSet.of(state));
        }
        channel.setId("messages-channel");
        channel.setPlaceholder(getTranslation("notification.filter.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("notification.channel." + c.name()));
        channel.setClearButtonVisible(true);
        channel.addValueChangeListener(e -> refresh());
        Button test = new Button(getTranslation("notification.test.button"), VaadinIcon.PAPERPLANE_O.create(),
                e -> testDialog().open());
        test.setId("messages-test");
        count.setId("messages-count");
        FilterBar filters = new FilterBar(states, channel, search, test, count);

        Grid<OutboxMessage> grid = new Grid<>();
        grid.setId("messages");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // five columns, two lines where two facts belong together, so that the list reads on a 768 px tablet
        grid.addColumn(new ComponentRenderer<>(m -> twoLines(time(m.createdAt()),
                        m.sentAt() == null ? "" : getTranslation("notification.sentAt", time(m.sentAt())))))
                .setHeader(getTranslation("notification.col.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(m -> twoLines(m.maskedRecipient(),
                        getTranslation("notification.channel." + m.channel().name()))))
                .setHeader(getTranslation("notification.col.recipient")).setAutoWidth(true).setFlexGrow(0)
                .setKey("recipient");
        grid.addColumn(MessagesView::gist).setHeader(getTranslation("notification.col.text")).setFlexGrow(3)
                .setTooltipGenerator(MessagesView::gist);
        grid.addColumn(OutboxMessage::eventKey).setHeader(getTranslation("notification.col.event")).setFlexGrow(2)
                .setTooltipGenerator(OutboxMessage::eventKey);
        grid.addColumn(new ComponentRenderer<>(m -> {
                    Div cell = twoLines("", getTranslation("notification.attemptsShort", m.attempts()));
                    cell.addComponentAsFirst(stateBadge(m));
                    return cell;
                })).setHeader(getTranslation("notification.col.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> new MessageDialog(e.getItem(), clock, () -> retry(e.getItem())).open());
        data = DataProvider.fromCallbacks(
                query -> outbox.page(shown, query.getOffset(), query.getLimit(), viewer).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count(shown, viewer)));
        grid.setItems(data);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(modes, filters, states.quickLinks(), grid);
        showCount();
    }

    private void refresh() {
        shown = new OutboxFilter(states.getValue(), channel.getValue(), search.getValue());
        data.refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("notification.count", outbox.count(shown, viewer)));
    }

    private void retry(OutboxMessage message) {
        outbox.retry(message.id(), viewer, clientIp);
        refresh();
    }

    private ActionDialog testDialog() {
        ActionDialog dialog = new ActionDialog("messages-test-dialog", getTranslation("notification.test.title"),
                getTranslation("notification.test.explanation"));
        TextField address = dialog.field("address", new TextField(getTranslation("notification.test.address")));
        address.setId("messages-test-address");
        address.setWidthFull();
        address.setMaxLength(254);
        return dialog.confirm(getTranslation("notification.test.send"), "notification.test.done",
                () -> outbox.sendTest(address.getValue(), getLocale(), viewer, clientIp), this::refresh);
    }

    private Span stateBadge(OutboxMessage m) {
        String label = getTranslation("notification.state." + m.state().name());
        if (m.skipReason() != null) {
            label += " · " + getTranslation("notification.skip." + m.skipReason().name());
        }
        Span badge = new Span(label);
        badge.getElement().getThemeList().add(switch (m.state()) {
            case SENT -> "badge success";
            case FAILED -> "badge error";
            case SKIPPED -> "badge contrast";
            case PENDING -> "badge";
        });
        return badge;
    }

    /** A cell of two lines: the fact, and a second one in smaller, quieter type (left out when empty). */
    private static Div twoLines(String first, String second) {
        Div cell = new Div();
        if (!first.isEmpty()) {
            cell.add(new Div(first));
        }
        if (!second.isEmpty()) {
            Div quiet = new Div(second);
            quiet.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            cell.add(quiet);
        }
        return cell;
    }

    /** The subject of an e-mail, the text of an SMS. */
    static String gist(OutboxMessage m) {
        return m.subject() != null ? m.subject() : m.body();
    }

    private String time(Instant instant) {
        return instant == null ? "" : ZonedDateTime.ofInstant(instant, clock.zone()).format(STAMP);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.messages");
    }
}
