package org.sunshine.security;

/**
 * The staff roles. The public (公众) is anonymous and has no account. The names are the role names
 * used in {@code @RolesAllowed}; the labels are {@code role.<NAME>} in the i18n bundle.
 */
public enum Role {
    /** 社会监督员 */
    SUPERVISOR,
    /** 部门经办人: belongs to one department and sees only its items */
    HANDLER,
    /** 督查人员 */
    INSPECTOR,
    /** 领导 */
    LEADER,
    /** 管理员 */
    ADMIN;

    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String HANDLER_NAME = "HANDLER";
    public static final String INSPECTOR_NAME = "INSPECTOR";
    public static final String LEADER_NAME = "LEADER";
    public static final String ADMIN_NAME = "ADMIN";

    public String labelKey() {
        return "role." + name();
    }

    /** Only a handler acts for a department. */
    public boolean needsDepartment() {
        return this == HANDLER;
    }
}
