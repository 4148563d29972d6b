package org.sunshine.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * With {@code see-uncommitted} (tests): the steps a thread took in its transaction, indexed from that transaction
 * before the thread's next search, when each step has been written whole (a report's text is saved after its step).
 */
final class UncommittedSteps {

    private static final Logger LOG = LoggerFactory.getLogger(UncommittedSteps.class);

    /** Puts a kind's documents in, and takes out the ids asked for that have none. */
    interface Put {
        void put(String kind, List<IndexDoc> documents, Collection<Long> asked);
    }

    private record Step(String machine, long recordId) {
    }

    private final ThreadLocal<List<Step>> steps = ThreadLocal.withInitial(ArrayList::new);

    void add(String machine, long recordId) {
        steps.get().add(new Step(machine, recordId));
    }

    void clear() {
        steps.get().clear();
    }

    void flush(SourceReads reads, List<SearchSource> sources, Put put) {
        List<Step> pending = steps.get();
        if (pending.isEmpty()) {
            return;
        }
        List<Step> now = List.copyOf(pending);
        pending.clear();
        for (Step step : now) {
            try {
                for (SourceReads.Touched t : reads.touchedInside(sources, step.machine(), step.recordId())) {
                    put.put(t.source().kind(), t.documents(), t.ids());
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not index {} {} in its transaction", step.machine(), step.recordId(), e);
            }
        }
    }
}
