/**
 * Applications for government information (依申请公开, the 2019 Regulations, ../shared/docs/DISCLOSURE.md §1–2):
 * filing online, by partner platforms or by staff; registration and the receipt date; the reply clock on the
 * working-day calendar with 补正, consultation pauses and one extension; the reply as one row of the annual report's
 * table 三; the documents sent; remedies afterwards. Rules chosen: docs/disclosure.md.
 */
package org.sunshine.inforequest;
