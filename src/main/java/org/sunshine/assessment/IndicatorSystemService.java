package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicator systems (指标体系): drafts written and checked in the editor ({@link IndicatorChecks}), published versions
 * that periods are scored on and that never change, new versions copied from old ones. Administrators and inspectors
 * write them; leaders read them.
 */
@Singleton
public class IndicatorSystemService {

    private final IndicatorSystemRepository systems;
    private final IndicatorRepository indicators;
    private final AuditLog audit;
    private final BusinessClock clock;

    IndicatorSystemService(IndicatorSystemRepository systems, IndicatorRepository indicators, AuditLog audit,
                           BusinessClock clock) {
        this.systems = systems;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IndicatorSystem> list(SignedInUser viewer) {
        requireReader(viewer);
        return systems.findAllOrderByNameAscAndVersionNoDesc();
    }

    @Transactional(readOnly = true)
    public SystemTree tree(long id, SignedInUser viewer) {
        requireReader(viewer);
        return tree(load(id));
    }

    /** A version's tree as periods are scored on it; the callers check who may see the period. */
    @Transactional(readOnly = true)
    public SystemTree treeOf(long id) {
        return tree(load(id));
    }

    /** The published versions, newest first, for choosing a period's system. */
    @Transactional(readOnly = true)
    public List<IndicatorSystem> published() {
        return systems.findAllOrderByNameAscAndVersionNoDesc().stream()
                .filter(s -> s.getState() == IndicatorSystem.State.PUBLISHED).toList();
    }

    /** A new, empty system: version 1 of its name, with a note on where it comes from. */
    @Transactional
    public long create(String name, String note, SignedInUser actor) {
        requireWriter(actor);
        String text = IndicatorChecks.name(name, "name");
        if (systems.maxVersionNo(text) > 0) {
            throw DomainException.on("name", "assessment.error.nameTaken", text);
        }
        String about = note == null ? "" : note.strip();
        if (about.length() > 500) {
            throw DomainException.on("note", "assessment.error.note", 500);
        }
        return newVersion(text, 1, null, about, actor).getId();
    }

    /** The next version of a system, a draft copied from {@code basedOnId} with all its categories and indicators. */
    @Transactional
    public long copy(long basedOnId, SignedInUser actor) {
        requireWriter(actor);
        IndicatorSystem source = load(basedOnId);
        IndicatorSystem copy = newVersion(source.getName(), systems.maxVersionNo(source.getName()) + 1, source.getId(),
                source.getNote(), actor);
        Map<Long, Long> newIds = new HashMap<>();
        for (Indicator node : indicators.findTree(basedOnId)) {
            Long parent = node.parentId() == null ? null : newIds.get(node.parentId());
            Indicator saved = indicators.save(new Indicator(null, copy.getId(), parent, node.seq(), node.name(),
                    node.weight(), node.kind(), node.maxPoints(), node.perOccurrence(), node.metric(), node.guidance()));
            newIds.put(node.id(), saved.id());
        }
        return copy.getId();
    }

    @Transactional
    public long saveCategory(long systemId, CategoryForm form, SignedInUser actor) {
        IndicatorSystem system = draft(systemId, actor);
        String name = IndicatorChecks.name(form.name(), "name");
        BigDecimal weight = IndicatorChecks.weight(form.weight());
        Indicator saved;
        if (form.id() == null) {
            int seq = (int) tree(system).categories().size() + 1;
            saved = indicators.save(new Indicator(null, systemId, null, seq, name, weight, null, null, null, null, ""));
        } else {
            Indicator old = node(form.id(), systemId);
            saved = indicators.update(new Indicator(old.id(), systemId, null, old.seq(), name, weight, null, null, null,
                    null, old.guidance()));
        }
        touch(system);
        return saved.id();
    }

    @Transactional
    public long saveIndicator(long systemId, IndicatorForm form, SignedInUser actor) {
        IndicatorSystem system = draft(systemId, actor);
        Indicator category = node(form.categoryId(), systemId);
        if (!category.isCategory()) {
            throw new DomainException("assessment.error.missing");
        }
        IndicatorChecks.Checked c = IndicatorChecks.indicator(form);
        Indicator saved;
        if (form.id() == null) {
            int seq = (int) indicators.countByParentId(category.id()) + 1;
            saved = indicators.save(new Indicator(null, systemId, category.id(), seq, c.name(), null, c.kind(),
                    c.maxPoints(), c.perOccurrence(), c.metric(), c.guidance()));
        } else {
            Indicator old = node(form.id(), systemId);
            if (old.isCategory()) {
                throw new DomainException("assessment.error.missing");
            }
            int seq = old.parentId().equals(category.id()) ? old.seq() : (int) indicators.countByParentId(category.id()) + 1;
            saved = indicators.update(new Indicator(old.id(), systemId, category.id(), seq, c.name(), null, c.kind(),
                    c.maxPoints(), c.perOccurrence(), c.metric(), c.guidance()));
        }
        touch(system);
        return saved.id();
    }

    /** Removes an indicator, or a category with its indicators, from a draft. */
    @Transactional
    public void delete(long systemId, long nodeId, SignedInUser actor) {
        IndicatorSystem system = draft(systemId, actor);
        Indicator node = node(nodeId, systemId);
        List<Indicator> all = indicators.findTree(systemId);
        all.stream().filter(i -> nodeId == (i.parentId() == null ? -1 : i.parentId())).forEach(indicators::delete);
        indicators.delete(node);
        renumber(all.stream().filter(i -> !i.id().equals(nodeId) && sameParent(i, node)).toList());
        touch(system);
    }

    /** Moves a category or an indicator one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    @Transactional
    public void move(long systemId, long nodeId, int step, SignedInUser actor) {
        IndicatorSystem system = draft(systemId, actor);
        Indicator node = node(nodeId, systemId);
        List<Indicator> siblings = new ArrayList<>(indicators.findTree(systemId).stream().filter(i -> sameParent(i, node)).toList());
        int at = siblings.indexOf(siblings.stream().filter(i -> i.id().equals(nodeId)).findFirst().orElseThrow());
        int to = at + Integer.signum(step);
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        siblings.add(to, siblings.remove(at));
        renumber(siblings);
        touch(system);
    }

    /** What stops a draft from being published; empty when it is ready. */
    @Transactional(readOnly = true)
    public List<Blocker> blockers(long id, SignedInUser viewer) {
        requireReader(viewer);
        return IndicatorChecks.blockers(tree(load(id)));
    }

    /** Checks a draft and freezes it; periods can then be scored on it. */
    @Transactional
    public void publish(long id, SignedInUser actor) {
        IndicatorSystem system = draft(id, actor);
        List<Blocker> blockers = IndicatorChecks.blockers(tree(system));
        if (!blockers.isEmpty()) {
            throw new DomainException(blockers.get(0).key(), blockers.get(0).args().toArray());
        }
        system.setState(IndicatorSystem.State.PUBLISHED);
        system.setPublishedAt(clock.now());
        touch(system);
        audit.record(actor, AuditAction.INDICATOR_SYSTEM_PUBLISHED, "indicator_system", id,
                system.getName() + " v" + system.getVersionNo(), null);
    }

    /** Takes a published version back to draft, as long as no period uses it. */
    @Transactional
    public void withdraw(long id, SignedInUser actor) {
        requireWriter(actor);
        IndicatorSystem system = load(id);
        if (system.getState() != IndicatorSystem.State.PUBLISHED) {
            throw new DomainException("error.notNow");
        }
        if (systems.countPeriods(id) > 0) {
            throw new DomainException("assessment.error.inUse");
        }
        system.setState(IndicatorSystem.State.DRAFT);
        system.setPublishedAt(null);
        touch(system);
        audit.record(actor, AuditAction.INDICATOR_SYSTEM_WITHDRAWN, "indicator_system", id,
                system.getName() + " v" + system.getVersionNo(), null);
    }

    private SystemTree tree(IndicatorSystem system) {
        Map<Long, List<Indicator>> children = new LinkedHashMap<>();
        List<Indicator> categories = new ArrayList<>();
        for (Indicator node : indicators.findTree(system.getId())) {
            if (node.isCategory()) {
                categories.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        List<SystemTree.Branch> branches = categories.stream()
                .map(c -> new SystemTree.Branch(c, List.copyOf(children.getOrDefault(c.id(), List.of())))).toList();
        return new SystemTree(system, branches, systems.countPeriods(system.getId()));
    }

    private IndicatorSystem newVersion(String name, int versionNo, @Nullable Long basedOn, String note, SignedInUser actor) {
        IndicatorSystem system = new IndicatorSystem();
        system.setName(name);
        system.setVersionNo(versionNo);
        system.setBasedOnId(basedOn);
        system.setState(IndicatorSystem.State.DRAFT);
        system.setNote(note);
        system = systems.save(system);
        audit.record(actor, AuditAction.INDICATOR_SYSTEM_CREATED, "indicator_system", system.getId(),
                name + " v" + versionNo, null);
        return system;
    }

    private IndicatorSystem draft(long id, SignedInUser actor) {
        requireWriter(actor);
        IndicatorSystem system = load(id);
        if (system.getState() != IndicatorSystem.State.DRAFT) {
            throw new DomainException("assessment.error.published");
        }
        return system;
    }

    private IndicatorSystem load(long id) {
        return systems.findById(id).orElseThrow(() -> new DomainException("assessment.error.missing"));
    }

    private Indicator node(@Nullable Long id, long systemId) {
        return (id == null ? java.util.Optional.<Indicator>empty() : indicators.findById(id))
                .filter(i -> i.systemId() == systemId)
                .orElseThrow(() -> new DomainException("assessment.error.missing"));
    }

    private void renumber(List<Indicator> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).seq() != i + 1) {
                indicators.update(siblings.get(i).withSeq(i + 1));
            }
        }
    }

    private static boolean sameParent(Indicator a, Indicator b) {
        return a.parentId() == null ? b.parentId() == null : a.parentId().equals(b.parentId());
    }

    /** Saves the system itself (its version refuses a change made meanwhile), whose tree has changed. */
    private void touch(IndicatorSystem system) {
        try {
            systems.update(system);
        } catch (OptimisticLockException e) {
            throw new DomainException("error.changedMeanwhile");
        }
    }

    private static void requireReader(SignedInUser viewer) {
        if (viewer == null || !(viewer.is(Role.ADMIN) || viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER))) {
            throw new DomainException("error.notAllowed");
        }
    }

    private static void requireWriter(SignedInUser actor) {
        if (actor == null || !(actor.is(Role.ADMIN) || actor.is(Role.INSPECTOR))) {
            throw new DomainException("error.notAllowed");
        }
    }
}
