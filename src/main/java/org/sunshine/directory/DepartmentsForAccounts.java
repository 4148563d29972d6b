package org.sunshine.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.security.AccountDepartments;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The directory's answer to the accounts: which departments a member of staff may belong to, and their names. */
@Singleton
class DepartmentsForAccounts implements AccountDepartments {

    private final DepartmentRepository departments;

    DepartmentsForAccounts(DepartmentRepository departments) {
        this.departments = departments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> active() {
        return departments.findByActive(true, DepartmentRepository.DIRECTORY_ORDER).stream()
                .map(d -> new Choice(d.getId(), d.getName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        return departments.findAll(DepartmentRepository.DIRECTORY_ORDER).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return departments.existsById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActive(long id) {
        return departments.findById(id).map(Department::isActive).orElse(false);
    }
}
