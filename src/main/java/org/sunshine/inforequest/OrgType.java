package org.sunshine.inforequest;

/** A legal person's or organization's kind, the annual report's columns: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他; the label is {@code inforequest.orgType.<NAME>}. */
public enum OrgType {
    BUSINESS, RESEARCH, PUBLIC_WELFARE, LEGAL_SERVICE, OTHER;
}
