package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.RecordView;
import org.sunshine.bulletin.Bulletin;
import org.sunshine.bulletin.BulletinPage;
import org.sunshine.bulletin.BulletinState;
import org.sunshine.bulletin.BulletinWorkflow;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.ui.HistoryTimeline;

import java.time.Clock;
import java.util.Set;

/**
 * One bulletin: read as printed, with its lists and problem list (edited here while a draft), the steps of its
 * workflow for the inspector and the leader, the frozen files, who has signed for it and how each problem-list item
 * is being rectified. A department sees the document, its own receipt and its own problem list, and acts on them.
 * The parts are components of this package ({@link BulletinActions}, {@link DraftLists}, {@link ReceiptsPanel},
 * {@link ProblemRectifications}, {@link BulletinDownloads}); this view puts them on tabs.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Route("bulletins")
public class BulletinView extends RecordView implements HasDynamicTitle {

    /** The query parameter naming an item of the problem list to show ({@code ?problem=12}: 整改情况, at the item). */
    static final String PROBLEM = "problem";

    private final BulletinPage page;
    private final BulletinActions.Factory actions;
    private final BulletinDownloads.Factory downloads;
    private final DraftLists.Factory lists;
    private final ProblemRectifications.Factory rectification;
    private final SignedInUser viewer;
    private final Clock clock;
    private String title = "";
    private String selectedTab;
    private Long citedProblem;

    BulletinView(BulletinPage page, BulletinActions.Factory actions, BulletinDownloads.Factory downloads,
                 DraftLists.Factory lists, ProblemRectifications.Factory rectification, CurrentUser currentUser,
                 Clock clock) {
        this.page = page;
        this.actions = actions;
        this.downloads = downloads;
        this.lists = lists;
        this.rectification = rectification;
        this.viewer = currentUser.require();
        this.clock = clock;
        addClassName("bulletin-view");
        setId("bulletin-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        citedProblem = event.getLocation().getQueryParameters().getSingleParameter(PROBLEM).map(p -> {
            try {
                return Long.valueOf(p);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        if (citedProblem != null) {
            selectedTab = "tab-rectification";
        }
        super.setParameter(event, parameter);
    }

    @Override
    protected void refresh() {
        removeAll();
        BulletinPage.Detail d = page.detail(id, viewer);
        Bulletin b = d.bulletin();
        title = b.getTitle();
        Span state = BulletinsView.stateBadge(b.getState());
        state.setId("bulletin-state");
        HorizontalLayout header = new HorizontalLayout(new Anchor("/bulletins", getTranslation("bulletin.back")),
                new Span(getTranslation("bulletin.kind." + b.getKind().name())), state);
        if (b.getDocNumber() != null) {
            Span number = new Span(b.getDocNumber());
            number.addClassName("code");
            number.setId("bulletin-number");
            header.add(number);
        }
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        add(header, new H3(b.getTitle()));
        if (b.getState() == BulletinState.REVOKED) {
            Paragraph revoked = new Paragraph(getTranslation("bulletin.revokedLine", b.getRevokedByName(),
                    Dates.time(this, b.getRevokedAt(), clock.getZone()), b.getRevokeReason()));
            revoked.addClassName("calendar-warning");
            revoked.setId("bulletin-revoked");
            add(revoked);
        }
        add(facts(d), actions.create(d, viewer, this::refresh), downloads.create(d, viewer));
        if (d.editable() && !d.blockers().isEmpty()) {
            Div box = new Div(new Paragraph(getTranslation("bulletin.blockers")));
            box.addClassName("check-failed");
            box.setId("bulletin-blockers");
            UnorderedList list = new UnorderedList();
            d.blockers().forEach(k -> list.add(new ListItem(getTranslation(k))));
            box.add(list);
            add(box);
        }

        TabSheet tabs = new TabSheet();
        tabs.setId("bulletin-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("bulletin.tab.document"), new BulletinPaper(d.document())).setId("tab-document");
        boolean staff = !viewer.is(Role.HANDLER);
        if (staff) {
            tabs.add(getTranslation("bulletin.tab.lists"), lists.create(d, viewer, this::refresh))
                    .setId("tab-lists");
        }
        if (b.issued()) {
            tabs.add(getTranslation("bulletin.tab.receipts"), new ReceiptsPanel(d, clock.getZone())).setId("tab-receipts");
        }
        ProblemRectifications problems = null;
        if (!d.problems().isEmpty() && (b.issued() || staff)) {
            problems = rectification.create(d, viewer, clock.getZone(), this::refresh);
            tabs.add(getTranslation("bulletin.tab.rectification"), problems).setId("tab-rectification");
        }
        if (staff) {
            tabs.add(getTranslation("bulletin.tab.history"), new HistoryTimeline("bulletin-history", clock.getZone(),
                    BulletinWorkflow.TABLE, d.steps(), Set.of(BulletinState.ISSUED))).setId("tab-history");
        }
        if (selectedTab != null) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (selectedTab.equals(tabs.getTabAt(i).getId().orElse(""))) {
                    tabs.setSelectedIndex(i);
                }
            }
        }
        tabs.addSelectedChangeListener(e -> selectedTab = e.getSelectedTab() == null ? null : e.getSelectedTab().getId().orElse(null));
        add(tabs);
        if (citedProblem != null && problems != null) {
            // the cited item, once: marked and scrolled to
            problems.item(citedProblem).ifPresent(item -> {
                item.addClassName("cited");
                item.scrollIntoView();
            });
        }
        citedProblem = null;
    }

    private DetailParts.Facts facts(BulletinPage.Detail d) {
        Bulletin b = d.bulletin();
        DetailParts.Facts facts = new DetailParts.Facts()
                .fact("bulletin.period", d.period().getName() + " " + getTranslation("assessment.revision.no", b.getRevisionNo()))
                .fact("bulletin.rules", b.getSelectionRules())
                .fact("bulletin.public", getTranslation(b.isPublicRelease() ? "bulletin.public.yes" : "bulletin.public.no"))
                .fact("bulletin.draftedBy", b.getDraftedByName())
                .fact("bulletin.signedBy", b.getSignedByName() == null ? null
                        : b.getSignedByName() + " · " + Dates.time(this, b.getSignedAt(), clock.getZone()))
                .fact("bulletin.issuedBy", b.getIssuedByName() == null ? null
                        : b.getIssuedByName() + " · " + Dates.time(this, b.getIssuedAt(), clock.getZone()))
                .fact("bulletin.sha256", b.getPdfSha256());
        facts.setId("bulletin-facts");
        return facts;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
