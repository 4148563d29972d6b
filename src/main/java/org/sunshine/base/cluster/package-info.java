/**
 * What keeps the application right when several nodes share one database (docs/architecture.md, "Several nodes"):
 * scheduled work on one node at a time ({@link org.sunshine.base.cluster.DatabaseClockLocks}, ShedLock's lock rows
 * written with the database's clock, and {@link org.sunshine.base.cluster.StartupLock} for the loaders that run at a
 * start), and a write conflict — a deadlock, a lock wait given up, a Galera certification failure — retried in one
 * place ({@link org.sunshine.base.cluster.ConflictRetry}, as {@link org.sunshine.base.cluster.WriteConflicts} tells).
 */
package org.sunshine.base.cluster;
