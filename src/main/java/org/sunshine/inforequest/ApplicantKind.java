package org.sunshine.inforequest;

/** 自然人 or 法人或其他组织 (the annual report's columns); the label is {@code inforequest.applicant.<NAME>}. */
public enum ApplicantKind {
    PERSON, ORGANIZATION;
}
