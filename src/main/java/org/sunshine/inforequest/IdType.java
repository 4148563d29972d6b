package org.sunshine.inforequest;

/** The applicant's identity document; the label is {@code inforequest.idType.<NAME>}. */
public enum IdType {
    RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGNER_PERMANENT, OTHER;
}
