package org.sunshine.directory;

/** Kinds of department; the label is {@code department.type.<NAME>} in the i18n bundle. */
public enum DepartmentType {
    /** 政府办公室 (the office that runs disclosure work and issues bulletins) */
    GOVERNMENT_OFFICE,
    /** 政府工作部门 */
    GOVERNMENT_DEPARTMENT,
    /** 直属机构 / 办事机构 */
    DIRECTLY_AFFILIATED,
    /** 县（区）人民政府 */
    DISTRICT_GOVERNMENT,
    /** 垂直管理单位 */
    VERTICAL,
    /** 事业单位 */
    PUBLIC_INSTITUTION,
    /** 群团组织 */
    PEOPLE_ORGANIZATION;

    public String labelKey() {
        return "department.type." + name();
    }
}
