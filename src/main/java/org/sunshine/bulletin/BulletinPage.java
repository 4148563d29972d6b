package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.History;
import org.sunshine.workflow.Step;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One bulletin's page, as the viewer may read it: the document as printed, its lists, the receipts and the problem
 * list with the rectifications (for a department: its own), the history (for staff) and the steps the viewer may take.
 */
@Singleton
public class BulletinPage {

    private final BulletinAccess access;
    private final BulletinDepartmentRepository listed;
    private final Receipts receipts;
    private final ProblemRectifications problems;
    private final BulletinDocuments documents;
    private final DraftEditing drafts;
    private final PeriodQueries periods;
    private final DirectoryNames names;
    private final History history;

    BulletinPage(BulletinAccess access, BulletinDepartmentRepository listed, Receipts receipts,
                 ProblemRectifications problems, BulletinDocuments documents, DraftEditing drafts, PeriodQueries periods,
                 DirectoryNames names, History history) {
        this.access = access;
        this.listed = listed;
        this.receipts = receipts;
        this.problems = problems;
        this.documents = documents;
        this.drafts = drafts;
        this.periods = periods;
        this.names = names;
        this.history = history;
    }

    /**
     * A bulletin's page.
     *
     * @param actions    the workflow steps the viewer may take now
     * @param editable   the viewer may edit the draft
     * @param blockers   what still stops the draft from being submitted (i18n keys)
     * @param receipts   all receipts for staff; the department's own for a handler
     * @param problems   all items for staff; the department's own for a handler
     * @param ownReceipt the handler's department's receipt, if it is addressed
     */
    public record Detail(Bulletin bulletin, Period period, BulletinDocument document, List<BulletinDepartment> listed,
                         Map<Long, String> departmentNames, List<Receipt> receipts, List<ProblemRow> problems,
                         List<Step<BulletinState, BulletinAction>> steps, Set<BulletinAction> actions,
                         boolean editable, List<String> blockers, @Nullable Receipt ownReceipt) {
    }

    @Transactional(readOnly = true)
    public Detail detail(long id, SignedInUser viewer) {
        Bulletin b = access.visible(id, viewer);
        boolean staff = BulletinAccess.staff(viewer);
        Long own = staff ? null : viewer.departmentId();
        Map<Long, String> departmentNames = names.read().departments();
        List<Receipt> receiptRows = receipts.of(b, own, departmentNames);
        Actor actor = Actor.of(viewer.role());
        Set<BulletinAction> actions = staff ? BulletinWorkflow.TABLE.available(b.getState(), actor) : Set.of();
        boolean editable = BulletinWorkflow.editable(b.getState(), actor);
        return new Detail(b, periods.find(b.getPeriodId()).orElseThrow(), documents.document(b),
                listed.findByBulletinIdOrderByRoleAscAndRankNoAscAndId(id), departmentNames, receiptRows,
                problems.rows(id, own, departmentNames, viewer),
                staff ? history.of(BulletinWorkflow.TABLE, id) : List.of(), actions, editable,
                editable ? drafts.blockers(id) : List.of(), own == null ? null : receiptRows.stream().findFirst().orElse(null));
    }

    /**
     * The bulletin whose problem list holds an item (where 问题 WT-2026-0012 is shown), if the viewer may see the
     * bulletin; a department sees only its own items of issued bulletins.
     */
    @Transactional(readOnly = true)
    public Optional<Long> bulletinOfProblem(long problemId, SignedInUser viewer) {
        return problems.find(problemId).filter(p -> BulletinAccess.staff(viewer)
                        || p.getDepartmentId().equals(viewer.departmentId()))
                .map(BulletinProblem::getBulletinId)
                .filter(bulletinId -> {
                    try {
                        access.visible(bulletinId, viewer);
                        return true;
                    } catch (DomainException e) {
                        return false;
                    }
                });
    }
}
