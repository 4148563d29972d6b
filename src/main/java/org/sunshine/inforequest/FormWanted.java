package org.sunshine.inforequest;

/** The form the information is wanted in (纸质, 电子邮件, 光盘, 其他); the label is {@code inforequest.form.<NAME>}. */
public enum FormWanted {
    PAPER, EMAIL, DISC, OTHER;
}
