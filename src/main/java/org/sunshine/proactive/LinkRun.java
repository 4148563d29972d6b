package org.sunshine.proactive;

import java.time.Instant;

/** One scheduled run of the checker: when it ended, the URLs it checked, how many failed, how many became DEAD. */
public record LinkRun(Instant finishedAt, int checked, int failed, int becameDead) {
}
