package org.sunshine.bulletin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.assessment.Grade;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.ResultTable;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts a bulletin from a locked period (docs/architecture.md, "Bulletins"): chooses the commended and criticized
 * departments by the rules given (a department is never on both lists: criticism wins), has each criticized
 * department's problem list drafted ({@link ProblemLists}) and the text written ({@link DraftText}), all of which the
 * inspector then edits. The addressees are the period's departments.
 */
@Singleton
public class BulletinDrafts {

    static final int MAX_RANK_RULE = 50;

    private final PeriodQueries periods;
    private final BulletinRepository bulletins;
    private final BulletinDepartmentRepository listed;
    private final BulletinAddresseeRepository addressees;
    private final ProblemLists problemLists;
    private final DraftText text;
    private final History history;
    private final AuditLog audit;

    BulletinDrafts(PeriodQueries periods, BulletinRepository bulletins, BulletinDepartmentRepository listed,
                   BulletinAddresseeRepository addressees, ProblemLists problemLists, DraftText text, History history,
                   AuditLog audit) {
        this.periods = periods;
        this.bulletins = bulletins;
        this.listed = listed;
        this.addressees = addressees;
        this.problemLists = problemLists;
        this.text = text;
        this.history = history;
        this.audit = audit;
    }

    /** Drafts a bulletin; returns its id. */
    @Transactional
    public long draft(DraftForm form, SignedInUser inspector) {
        if (inspector == null || !inspector.is(Role.INSPECTOR)) {
            throw new DomainException("error.notAllowed");
        }
        if (form.periodId() == null) {
            throw DomainException.on("periodId", "bulletin.error.period");
        }
        ResultTable table;
        try {
            table = periods.ranking(form.periodId(), 0, inspector);
        } catch (DomainException e) {
            throw DomainException.on("periodId", "bulletin.error.period");
        }
        Period period = table.period();
        if (period.getState() != PeriodState.LOCKED) {
            throw DomainException.on("periodId", "bulletin.error.period");
        }
        BulletinKind kind = form.kind();
        if (kind == null) {
            throw DomainException.on("kind", "bulletin.error.kind");
        }
        Map<Long, Long> overdue = problemLists.overdueItems(period);
        List<ResultTable.Row> commended = kind.commends() ? commended(form, table) : List.of();
        List<ResultTable.Row> criticized = kind.criticizes() ? criticized(form, table, overdue) : List.of();
        Set<Long> criticizedIds = criticized.stream().map(ResultTable.Row::departmentId).collect(Collectors.toSet());
        commended = commended.stream().filter(r -> !criticizedIds.contains(r.departmentId())).toList();
        if (commended.isEmpty() && criticized.isEmpty()) {
            throw DomainException.on(kind.commends() ? "commendBy" : "criticizeBy", "bulletin.error.nobody");
        }

        Bulletin bulletin = new Bulletin();
        bulletin.setPeriodId(period.getId());
        bulletin.setRevisionNo(table.revisionNo());
        bulletin.setKind(kind);
        bulletin.setState(BulletinState.DRAFT);
        bulletin.setTitle(text.title(kind, period));
        bulletin.setAddressees(text.addressees());
        bulletin.setBody(text.body(kind, table, commended, criticized));
        bulletin.setSelectionRules(text.rules(form, kind));
        bulletin.setPublicRelease(form.publicRelease());
        bulletin.setCopyTo(text.copyTo());
        bulletin.setDraftedByName(inspector.displayName());
        bulletin = bulletins.save(bulletin);
        long id = bulletin.getId();

        for (ResultTable.Row r : commended) {
            listed.save(new BulletinDepartment(null, id, r.departmentId(), DepartmentRole.COMMENDED,
                    BigDecimal.valueOf(r.score().total()), r.rank(), r.grade(), text.reason(form, r, overdue, true)));
        }
        for (ResultTable.Row r : criticized) {
            listed.save(new BulletinDepartment(null, id, r.departmentId(), DepartmentRole.CRITICIZED,
                    BigDecimal.valueOf(r.score().total()), r.rank(), r.grade(), text.reason(form, r, overdue, false)));
            problemLists.draft(id, period, table.tree(), r, overdue.getOrDefault(r.departmentId(), 0L));
        }
        addressees.saveAll(table.rows().stream().map(r -> new BulletinAddressee(null, id, r.departmentId(), null, null, null))
                .toList());
        history.record(BulletinWorkflow.TABLE, id, BulletinAction.DRAFT, null, BulletinState.DRAFT, By.user(inspector),
                null, bulletin.getSelectionRules());
        audit.record(inspector, AuditAction.BULLETIN_DRAFTED, "bulletin", id, bulletin.getTitle(), null);
        return id;
    }

    private List<ResultTable.Row> commended(DraftForm form, ResultTable table) {
        if (form.commendBy() == null) {
            throw DomainException.on("commendBy", "bulletin.error.commendBy");
        }
        return switch (form.commendBy()) {
            case GRADE -> table.rows().stream().filter(r -> r.grade() == Grade.EXCELLENT).toList();
            case TOP -> {
                int n = rankRule(form.commendTop(), "commendTop");
                yield table.rows().stream().filter(r -> r.rank() <= n && !r.score().vetoed() && r.grade() != Grade.FAIL).toList();
            }
        };
    }

    private List<ResultTable.Row> criticized(DraftForm form, ResultTable table, Map<Long, Long> overdue) {
        if (form.criticizeBy() == null) {
            throw DomainException.on("criticizeBy", "bulletin.error.criticizeBy");
        }
        List<ResultTable.Row> rows = table.rows();
        return switch (form.criticizeBy()) {
            case GRADE -> rows.stream().filter(r -> r.grade() == Grade.FAIL).toList();
            case BOTTOM -> {
                int n = rankRule(form.criticizeBottom(), "criticizeBottom");
                // the rank of the N-th from the bottom: everyone at it or below, ties whole
                int cut = rows.get(Math.max(0, rows.size() - n)).rank();
                yield rows.stream().filter(r -> r.rank() >= cut).toList();
            }
            case OVERDUE -> {
                if (form.overdueAtLeast() < 1 || form.overdueAtLeast() > 999) {
                    throw DomainException.on("overdueAtLeast", "bulletin.error.overdueAtLeast");
                }
                yield rows.stream().filter(r -> overdue.getOrDefault(r.departmentId(), 0L) >= form.overdueAtLeast()).toList();
            }
        };
    }

    private static int rankRule(int n, String field) {
        if (n < 1 || n > MAX_RANK_RULE) {
            throw DomainException.on(field, "bulletin.error.rankRule", MAX_RANK_RULE);
        }
        return n;
    }

}
