package org.sunshine.annualreport;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Text;
import org.sunshine.base.text.TextRules;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.util.function.Consumer;

/**
 * The steps of an annual report ({@link ReportWorkflow}), each the same way: lock the row (two steps at once go one
 * after the other), check who may act (the organ's handler on their own organ's report, the inspector on all), the
 * table and the step's own rules, then move and record it. Nothing is written when anything is refused.
 * <ul>
 *   <li>submit: every text section written, and table 三 balanced in every column — 一 + 二 = 三(七) + 四; a column
 *   that does not is named (the data behind it is wrong: it is corrected there, never in the table);</li>
 *   <li>return: with a reason, shown to the organ until it submits again;</li>
 *   <li>publish: table 三 still balanced; the report is frozen as the next edition ({@link ReportPublication}) and its
 *   content never changes after, whatever happens to the data;</li>
 *   <li>correct: with a reason; the report is a draft again, the published editions stay, and its next publication is
 *   the next edition, carrying the reason.</li>
 * </ul>
 */
@Singleton
public class ReportSteps {

    public static final int MAX_REASON = 500;

    private final AnnualReportRepository reports;
    private final ReportContents contents;
    private final ReportPublication publication;
    private final History history;
    private final BusinessClock clock;

    ReportSteps(AnnualReportRepository reports, ReportContents contents, ReportPublication publication,
                History history, BusinessClock clock) {
        this.reports = reports;
        this.contents = contents;
        this.publication = publication;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public void submit(long id, SignedInUser user) {
        AnnualReport r = lock(id, user);
        ReportWorkflow.TABLE.move(r.getState(), ReportAction.SUBMIT, ReportAccess.by(r, ReportAction.SUBMIT, user).actor());
        for (ReportSection section : ReportSection.values()) {
            if (section.of(r).isBlank()) {
                throw new DomainException("annualreport.error.sectionEmpty", new Text(section.labelKey()));
            }
        }
        checkBalanced(contents.live(r));
        move(r, ReportAction.SUBMIT, user, "", x -> {
            x.setSubmittedAt(clock.now());
            x.setReturnReason(null);
        });
    }

    @Transactional
    public void returnReport(long id, String reason, SignedInUser user) {
        AnnualReport r = lock(id, user);
        String text = reason("annualreport.field.returnReason", reason);
        move(r, ReportAction.RETURN, user, text, x -> {
            x.setReturnReason(text);
            x.setApprovedAt(null);
        });
    }

    @Transactional
    public void approve(long id, SignedInUser user) {
        AnnualReport r = lock(id, user);
        move(r, ReportAction.APPROVE, user, "", x -> x.setApprovedAt(clock.now()));
    }

    /** Publishes the approved report as its next edition; the edition's number. */
    @Transactional
    public int publish(long id, SignedInUser user) {
        AnnualReport r = lock(id, user);
        ReportWorkflow.TABLE.move(r.getState(), ReportAction.PUBLISH, ReportAccess.by(r, ReportAction.PUBLISH, user).actor());
        ReportContent content = contents.nextEdition(r);
        checkBalanced(content);
        ReportEdition edition = publication.freeze(r.getId(), content, user.id() == 0 ? null : user.id());
        move(r, ReportAction.PUBLISH, user, content.reason(), x -> {
            x.setEdition(edition.edition());
            x.setPublishedAt(edition.publishedAt());
            x.setCorrectionReason(null);
        });
        return edition.edition();
    }

    /** Reopens a published report as a draft, to correct it; its published editions stay. */
    @Transactional
    public void correct(long id, String reason, SignedInUser user) {
        AnnualReport r = lock(id, user);
        String text = reason("annualreport.field.correctionReason", reason);
        move(r, ReportAction.CORRECT, user, text, x -> {
            x.setCorrectionReason(text);
            x.setSubmittedAt(null);
            x.setApprovedAt(null);
            x.setReturnReason(null);
        });
    }

    /** Refuses, naming the column, a table 三 whose 一 + 二 ≠ 三(七) + 四 somewhere. */
    static void checkBalanced(ReportContent content) {
        int column = ReportTables.Tables.unbalancedColumn(content.threeRows());
        if (column >= 0) {
            var rows = content.threeRows();
            throw new DomainException("annualreport.error.unbalanced", new Text("annualreport.three.column." + column),
                    String.valueOf(rows.get(ReportTables.RECEIVED).get(column)),
                    String.valueOf(rows.get(ReportTables.CARRIED).get(column)),
                    String.valueOf(rows.get(ReportTables.FINISHED).get(column)),
                    String.valueOf(rows.get(ReportTables.CARRIED_OVER).get(column)));
        }
    }

    private AnnualReport lock(long id, SignedInUser user) {
        AnnualReport r = reports.findByIdForUpdate(id).orElseThrow(() -> new DomainException("annualreport.error.missing"));
        if (!user.is(Role.INSPECTOR) && !ReportAccess.organ(r, user)) {
            throw new DomainException("error.notAllowed");
        }
        return r;
    }

    private static String reason(String labelKey, String reason) {
        String text = TextRules.lines("reason", labelKey, reason, MAX_REASON);
        if (text.isEmpty()) {
            throw DomainException.on("reason", "annualreport.error.reasonRequired", new Text(labelKey));
        }
        return text;
    }

    private Step<ReportState, ReportAction> move(AnnualReport r, ReportAction action, SignedInUser user, String note,
                                                 Consumer<AnnualReport> change) {
        return history.move(ReportWorkflow.TABLE, r, action, ReportAccess.by(r, action, user), note, change,
                reports::update);
    }
}
