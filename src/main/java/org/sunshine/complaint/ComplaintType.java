package org.sunshine.complaint;

/** 投诉 / 举报 / 建议 / 咨询; the label is {@code complaint.type.<NAME>}. */
public enum ComplaintType {
    COMPLAINT,
    REPORT,
    SUGGESTION,
    INQUIRY
}
