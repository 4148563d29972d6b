package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.security.Access;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The key areas (重点领域). Read by all staff, changed by administrators, deactivated rather than deleted. */
@Singleton
public class KeyAreaService {

    private final KeyAreaRepository areas;
    private final DepartmentRepository departments;
    private final AuditLog audit;

    public KeyAreaService(KeyAreaRepository areas, DepartmentRepository departments, AuditLog audit) {
        this.areas = areas;
        this.departments = departments;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<KeyAreaRow> list(boolean includeInactive) {
        Map<Long, String> names = departments.findAll(DepartmentRepository.DIRECTORY_ORDER).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        return areas.findAll(KeyAreaRepository.ORDER).stream()
                .filter(a -> includeInactive || a.isActive())
                .map(a -> new KeyAreaRow(a.getId(), a.getCode(), a.getName(), a.getDescription(),
                        a.getLeadDepartmentId(), a.getLeadDepartmentId() == null ? null : names.get(a.getLeadDepartmentId()),
                        a.getSortOrder(), a.isActive()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<KeyAreaForm> form(long id) {
        return areas.findById(id).map(KeyAreaForm::of);
    }

    /** A key area, active or not. */
    @Transactional(readOnly = true)
    public Optional<KeyAreaRow> row(long id) {
        return list(true).stream().filter(a -> a.id() == id).findFirst();
    }

    /** A key area by its code, active or not. */
    @Transactional(readOnly = true)
    public Optional<KeyAreaRow> byCode(String code) {
        return list(true).stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** Whether the key area exists and is active. */
    @Transactional(readOnly = true)
    public boolean isActive(@Nullable Long id) {
        return id != null && areas.findById(id).map(KeyArea::isActive).orElse(false);
    }

    @Transactional
    public long save(KeyAreaForm form, SignedInUser actor) {
        Access.requireAdmin(actor);
        String code = form.code() == null ? "" : form.code().strip();
        String name = form.name() == null ? "" : form.name().strip();
        String description = form.description() == null ? "" : form.description().strip();
        if (!code.matches(DepartmentService.CODE_PATTERN)) {
            throw DomainException.on("code", "keyArea.error.code");
        }
        if (name.isEmpty() || name.length() > 100) {
            throw DomainException.on("name", "keyArea.error.name");
        }
        if (description.length() > 1000) {
            throw DomainException.on("description", "keyArea.error.description");
        }
        areas.findByCode(code).filter(a -> !a.getId().equals(form.id())).ifPresent(a -> {
            throw DomainException.on("code", "keyArea.error.codeTaken", code);
        });
        areas.findByName(name).filter(a -> !a.getId().equals(form.id())).ifPresent(a -> {
            throw DomainException.on("name", "keyArea.error.nameTaken", name);
        });
        if (form.leadDepartmentId() != null
                && !departments.findById(form.leadDepartmentId()).map(Department::isActive).orElse(false)) {
            throw DomainException.on("leadDepartmentId", "keyArea.error.leadInactive");
        }
        KeyArea area = form.id() == null ? new KeyArea()
                : areas.findById(form.id()).orElseThrow(() -> new DomainException("keyArea.error.missing"));
        boolean creating = area.getId() == null;
        area.setCode(code);
        area.setName(name);
        area.setDescription(description);
        area.setLeadDepartmentId(form.leadDepartmentId());
        area.setSortOrder(form.sortOrder() == null ? 0 : form.sortOrder());
        if (creating) {
            area = areas.save(area);
        } else {
            areas.update(area);
        }
        audit.record(actor, creating ? AuditAction.KEY_AREA_CREATED : AuditAction.KEY_AREA_UPDATED,
                "key_area", area.getId(), code + " " + name, null);
        return area.getId();
    }

    @Transactional
    public void setActive(long id, boolean active, SignedInUser actor) {
        Access.requireAdmin(actor);
        KeyArea area = areas.findById(id).orElseThrow(() -> new DomainException("keyArea.error.missing"));
        if (area.isActive() == active) {
            return;
        }
        area.setActive(active);
        areas.update(area);
        audit.record(actor, active ? AuditAction.KEY_AREA_REACTIVATED : AuditAction.KEY_AREA_DEACTIVATED,
                "key_area", id, area.getCode() + " " + area.getName(), null);
    }
}
