package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 链接检查 for the staff: the records whose links fail (an inspector and an administrator see every department's, a
 * handler their own), the checker's last run, a check of one link now (重新检查), and the inspector's 确认失效 — a
 * DEAD candidate becomes a 链接失效 finding in one step, the record linked, and only once.
 */
@Singleton
public class LinkCandidates {

    /** Which failing links a list shows. */
    public enum Show {
        /** DEAD and FAILING */
        ALL(EnumSet.of(LinkState.DEAD, LinkState.FAILING)),
        DEAD(EnumSet.of(LinkState.DEAD)),
        FAILING(EnumSet.of(LinkState.FAILING));

        private final Set<LinkState> states;

        Show(Set<LinkState> states) {
            this.states = states;
        }
    }

    /** The inspector's confirmation: the finding's severity and its description (a draft is offered). */
    public record Confirmation(@Nullable Severity severity, @Nullable String description) {
    }

    private final LinkStore store;
    private final LinkChecker checker;
    private final DepartmentService departments;
    private final FindingService findings;
    private final FindingQueries references;
    private final Messages messages;
    private final BusinessClock clock;

    LinkCandidates(LinkStore store, LinkChecker checker, DepartmentService departments, FindingService findings,
                   FindingQueries references, Messages messages, BusinessClock clock) {
        this.store = store;
        this.checker = checker;
        this.departments = departments;
        this.findings = findings;
        this.references = references;
        this.messages = messages;
        this.clock = clock;
    }

    /** Inspectors and administrators see every department's failing links, a handler their department's. */
    public static boolean maySee(SignedInUser user) {
        return user.is(Role.INSPECTOR) || user.is(Role.ADMIN) || (user.is(Role.HANDLER) && user.departmentId() != null);
    }

    /** Only an inspector files findings. */
    public static boolean mayConfirm(SignedInUser user) {
        return user.is(Role.INSPECTOR);
    }

    /** One page of the list (pages from 0); {@code departmentId} narrows an inspector's list. */
    @Transactional(readOnly = true)
    public List<LinkCandidate> page(Show show, @Nullable Long departmentId, SignedInUser viewer, int page, int size) {
        Map<Long, String> names = departments.all().stream()
                .collect(Collectors.toMap(DepartmentRow::id, DepartmentRow::name));
        return store.candidates(scope(departmentId, viewer), show.states, page * size, size).stream()
                .map(c -> c.named(names.getOrDefault(c.departmentId(), "")))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(Show show, @Nullable Long departmentId, SignedInUser viewer) {
        return store.count(scope(departmentId, viewer), show.states);
    }

    /** Whether the checker runs at all (the off switch). */
    public boolean enabled() {
        return checker.settings().enabled();
    }

    /** The rule, as the list explains it: checked every so many hours, DEAD after failures on so many days. */
    public Rule rule() {
        return new Rule(checker.settings().recheckHours(), checker.settings().deadAfterDays());
    }

    /** A link is checked every {@code recheckHours}; DEAD after failures on {@code deadAfterDays} days. */
    public record Rule(int recheckHours, int deadAfterDays) {
    }

    /** The last scheduled run of any instance. */
    public Optional<LinkRun> lastRun() {
        return store.lastRun();
    }

    /** The finding's description as the product drafts it, in Chinese (the finding's language). */
    @Transactional(readOnly = true)
    public String draft(long recordId, SignedInUser inspector) {
        LinkCandidate c = visible(recordId, inspector);
        String error = c.error() == null ? "" : messages.chinese(LinkCandidate.errorKey(c.error()), c.errorArgs());
        String since = c.failingSince() == null ? "" : clock.dateOf(c.failingSince()).toString();
        return messages.chinese("proactive.links.findingText", departmentName(c.departmentId()), c.title(), c.url(),
                since, c.failures(), c.failDays(), error);
    }

    /**
     * 确认失效: files the 链接失效 finding about a DEAD candidate (the record linked) and marks the candidate with it;
     * refused for a link that is not DEAD, or whose finding is already filed.
     */
    @Transactional
    public long confirm(long recordId, Confirmation form, SignedInUser inspector) {
        if (!mayConfirm(inspector)) {
            throw new DomainException("error.notAllowed");
        }
        if (form.severity() == null) {
            throw DomainException.on("severity", "finding.error.severity");
        }
        LinkCandidate c = store.lock(recordId).orElseThrow(() -> new DomainException("proactive.error.notFound"));
        if (c.findingId() != null) {
            throw new DomainException("proactive.links.error.filed",
                    references.reference(c.findingId()).orElse(String.valueOf(c.findingId())));
        }
        if (c.state() != LinkState.DEAD) {
            throw new DomainException("proactive.links.error.notDead");
        }
        long findingId = findings.fileFromRecord(c.departmentId(), IssueType.DEAD_LINK, form.severity(), null, recordId,
                form.description(), inspector);
        store.linkFinding(recordId, findingId);
        return findingId;
    }

    /** 重新检查: checks the record's link now (the viewer must see the record); returns its new state. */
    public LinkState recheck(long recordId, SignedInUser viewer) {
        visible(recordId, viewer);
        return checker.recheck(recordId);
    }

    private LinkCandidate visible(long recordId, SignedInUser viewer) {
        if (!maySee(viewer)) {
            throw new DomainException("error.notAllowed");
        }
        LinkCandidate c = store.find(recordId).orElseThrow(() -> new DomainException("proactive.error.notFound"));
        if (viewer.is(Role.HANDLER) && c.departmentId() != viewer.departmentId()) {
            throw new DomainException("error.notAllowed");
        }
        if (c.url().isEmpty()) {
            throw new DomainException("proactive.links.error.noUrl");
        }
        return c;
    }

    private String departmentName(long id) {
        return departments.row(id).map(DepartmentRow::name).orElse("");
    }

    /** A handler's list is always their department's. */
    @Nullable
    private static Long scope(@Nullable Long departmentId, SignedInUser viewer) {
        if (!maySee(viewer)) {
            throw new DomainException("error.notAllowed");
        }
        return viewer.is(Role.HANDLER) ? viewer.departmentId() : departmentId;
    }
}
