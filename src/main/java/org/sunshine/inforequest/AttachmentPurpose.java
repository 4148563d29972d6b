package org.sunshine.inforequest;

/** What a file of an application is: the applicant's ID scan, a correction's file, a reply's file. */
public enum AttachmentPurpose {
    ID_SCAN, CORRECTION, REPLY;
}
