package org.sunshine.statistics;


/**
 * A month's complaints of one department (0: not routed) in one key area (0: none): received by submission; due and
 * replied by the deadline (once the deadline has passed or it was replied) by the handling deadline; replied,
 * reopened and rated by the last reply.
 */
public record MonthStats(java.time.LocalDate monthStart, long departmentId, long keyAreaId, int received, int due,
                         int dueOnTime, int replied, int reopened, int satisfied, int basic, int dissatisfied) {

    /** This row's counts added to {@code other}'s. */
    public MonthStats plus(MonthStats other) {
        return new MonthStats(monthStart, departmentId, keyAreaId, received + other.received, due + other.due,
                dueOnTime + other.dueOnTime, replied + other.replied, reopened + other.reopened,
                satisfied + other.satisfied, basic + other.basic, dissatisfied + other.dissatisfied);
    }

    public int rated() {
        return satisfied + basic + dissatisfied;
    }
}
