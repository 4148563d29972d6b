package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.security.Access;
import org.sunshine.security.SignedInUser;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The departments of the directory. Anyone on the staff may read it; only an administrator changes it.
 * A department is never deleted, only deactivated: complaints, scores and bulletins keep pointing at it.
 */
@Singleton
public class DepartmentService {

    static final String CODE_PATTERN = "[A-Za-z0-9_-]{2,32}";

    private final DepartmentRepository departments;
    private final AuditLog audit;

    public DepartmentService(DepartmentRepository departments, AuditLog audit) {
        this.departments = departments;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<DepartmentRow> search(DepartmentFilter filter) {
        return rows().stream().filter(filter::matches).toList();
    }

    /** Active departments, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<DepartmentRow> active() {
        return search(DepartmentFilter.ACTIVE);
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentForm> form(long id) {
        return departments.findById(id).map(DepartmentForm::of);
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentRow> row(long id) {
        return rows().stream().filter(r -> r.id() == id).findFirst();
    }

    /** A department by its code (e.g. {@code mzj}), active or not. */
    @Transactional(readOnly = true)
    public Optional<DepartmentRow> byCode(String code) {
        return departments.findByCode(code).map(d -> rowOf(d.getId()));
    }

    /** Whether the department exists and is active: only an active one receives new work. */
    @Transactional(readOnly = true)
    public boolean isActive(@Nullable Long id) {
        return id != null && departments.findById(id).map(Department::isActive).orElse(false);
    }

    /** Every department, active or not, in the directory's order. */
    @Transactional(readOnly = true)
    public List<DepartmentRow> all() {
        return rows();
    }

    private DepartmentRow rowOf(long id) {
        return row(id).orElseThrow();
    }

    @Transactional
    public long save(DepartmentForm form, SignedInUser actor) {
        Access.requireAdmin(actor);
        String code = trim(form.code());
        String name = trim(form.name());
        String shortName = trim(form.shortName());
        if (!code.matches(CODE_PATTERN)) {
            throw DomainException.on("code", "department.error.code");
        }
        if (name.isEmpty() || name.length() > 100) {
            throw DomainException.on("name", "department.error.name");
        }
        if (shortName.isEmpty() || shortName.length() > 40) {
            throw DomainException.on("shortName", "department.error.shortName");
        }
        if (form.type() == null) {
            throw DomainException.on("type", "department.error.type");
        }
        departments.findByCode(code).filter(d -> !d.getId().equals(form.id())).ifPresent(d -> {
            throw DomainException.on("code", "department.error.codeTaken", code, d.getName());
        });
        departments.findByName(name).filter(d -> !d.getId().equals(form.id())).ifPresent(d -> {
            throw DomainException.on("name", "department.error.nameTaken", name);
        });
        checkParent(form.id(), form.parentId());
        Department department = form.id() == null ? new Department()
                : departments.findById(form.id()).orElseThrow(() -> new DomainException("department.error.missing"));
        boolean creating = department.getId() == null;
        department.setCode(code);
        department.setName(name);
        department.setShortName(shortName);
        department.setType(form.type());
        department.setParentId(form.parentId());
        department.setSortOrder(form.sortOrder() == null ? 0 : form.sortOrder());
        if (creating) {
            department = departments.save(department);
        } else {
            departments.update(department);
        }
        audit.record(actor, creating ? AuditAction.DEPARTMENT_CREATED : AuditAction.DEPARTMENT_UPDATED,
                "department", department.getId(), code + " " + name, null);
        return department.getId();
    }

    @Transactional
    public void deactivate(long id, SignedInUser actor) {
        Access.requireAdmin(actor);
        Department department = departments.findById(id).orElseThrow(() -> new DomainException("department.error.missing"));
        if (departments.countByParentIdAndActive(id, true) > 0) {
            throw new DomainException("department.error.activeChildren", department.getName());
        }
        setActive(department, false, actor);
    }

    @Transactional
    public void reactivate(long id, SignedInUser actor) {
        Access.requireAdmin(actor);
        Department department = departments.findById(id).orElseThrow(() -> new DomainException("department.error.missing"));
        if (department.getParentId() != null && !departments.findById(department.getParentId()).map(Department::isActive).orElse(true)) {
            throw new DomainException("department.error.inactiveParent");
        }
        setActive(department, true, actor);
    }

    private void setActive(Department department, boolean active, SignedInUser actor) {
        if (department.isActive() == active) {
            return;
        }
        department.setActive(active);
        departments.update(department);
        audit.record(actor, active ? AuditAction.DEPARTMENT_REACTIVATED : AuditAction.DEPARTMENT_DEACTIVATED,
                "department", department.getId(), department.getCode() + " " + department.getName(), null);
    }

    /** The parent must exist, be active, and not be the department itself or one of its descendants. */
    private void checkParent(Long id, Long parentId) {
        if (parentId == null) {
            return;
        }
        Map<Long, Department> all = departments.findAll(DepartmentRepository.DIRECTORY_ORDER).stream()
                .collect(Collectors.toMap(Department::getId, Function.identity()));
        Department parent = all.get(parentId);
        if (parent == null || !parent.isActive()) {
            throw DomainException.on("parentId", "department.error.parentInactive");
        }
        Set<Long> seen = new HashSet<>();
        for (Department d = parent; d != null && seen.add(d.getId()); d = d.getParentId() == null ? null : all.get(d.getParentId())) {
            if (d.getId().equals(id)) {
                throw DomainException.on("parentId", "department.error.parentCycle");
            }
        }
    }

    private List<DepartmentRow> rows() {
        List<Department> all = departments.findAll(DepartmentRepository.DIRECTORY_ORDER);
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Department::getId, Department::getName));
        return all.stream().map(d -> new DepartmentRow(d.getId(), d.getCode(), d.getName(), d.getShortName(),
                d.getType(), d.getParentId(), d.getParentId() == null ? null : names.get(d.getParentId()),
                d.getSortOrder(), d.isActive())).toList();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
