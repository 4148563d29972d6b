package org.sunshine.inforequest;

import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * The filing receipt (申请回执) the applicant downloads once after filing online. A placeholder with the agreed
 * signature, for the public form to be written against; the real report (another engineer's) replaces it at merge.
 */
@Singleton
public class RequestReceiptReport {

    public byte[] pdf(RequestReceipt receipt, Locale locale) {
        throw new UnsupportedOperationException("RequestReceiptReport: replaced by the real report at merge");
    }
}
