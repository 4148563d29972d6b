package org.sunshine.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * The result of checking the audit log's hash chain: intact with the number of entries checked, or the first entry
 * where it breaks and how.
 *
 * @param entries the entries found intact before the break (all of them if intact)
 * @param entryId the first broken entry's id (null if intact, or if the break is not at an entry)
 */
public record ChainCheck(long entries, @Nullable Problem problem, @Nullable Long entryId) {

    /** How the chain breaks; the label is {@code audit.chain.problem.<NAME>} in the i18n bundle. */
    public enum Problem {
        /** The entry's content or hash is not what was written. */
        ALTERED,
        /** The entry does not follow the one before it: that one (or ones between) was removed or changed. */
        UNLINKED,
        /** The chain's last entries (after the named one, or all of them if none is named) were removed. */
        TAIL_REMOVED,
        /** An entry that is not part of the chain was added to the log. */
        FOREIGN,
        /** The chain's head row is missing. */
        NO_HEAD
    }

    public static ChainCheck intact(long entries) {
        return new ChainCheck(entries, null, null);
    }

    public boolean isIntact() {
        return problem == null;
    }
}
