package org.sunshine.annualreport;

/** Where an annual report stands; the label is {@code annualreport.state.<NAME>}. */
public enum ReportState {
    /** 草稿: the organ writes it */
    DRAFT,
    /** 已报送: waiting for the office */
    SUBMITTED,
    /** 已退回: the office returned it with a reason; the organ edits and submits again */
    RETURNED,
    /** 已审核: the office approved it; to be published */
    APPROVED,
    /** 已公开: frozen as a published edition; a correction makes a new edition */
    PUBLISHED
}
