package org.sunshine.inforequest;

/** How the applicant obtains it (邮寄, 电子邮件, 自行领取, 当场阅读抄录); the label is {@code inforequest.delivery.<NAME>}. */
public enum Delivery {
    POST, EMAIL, PICKUP, ON_SITE;
}
