package org.sunshine.assessment;

import java.util.Map;

/**
 * The year's commendations (通报表扬) and criticisms (通报批评) of each department, from the bulletins issued that year
 * and not revoked. The bulletin feature answers it; the annual assessment adds their effect to each department's
 * total. With no bulletin feature, nobody has any.
 */
public interface BulletinEffects {

    /** How many times a department was commended and criticized in a year. */
    record Counts(int commendations, int criticisms) {
    }

    /** By department id; a department not in the map has none. */
    Map<Long, Counts> counts(int year);
}
