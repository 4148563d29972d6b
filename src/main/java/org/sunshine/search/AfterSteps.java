package org.sunshine.search;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.workflow.StepTaken;

import java.util.List;

/**
 * Puts what a step changed into this node's index as soon as the step's transaction has ended (on the keeper's own
 * thread, so that the request does not wait), so that the one who took it finds the record in their next search;
 * other nodes find it at their next catch-up. Never fails the step.
 */
@Singleton
class AfterSteps {

    private static final Logger LOG = LoggerFactory.getLogger(AfterSteps.class);

    private final IndexKeeper keeper;
    private final SourceReads reads;
    private final SearchSettings settings;

    AfterSteps(IndexKeeper keeper, SourceReads reads, SearchSettings settings) {
        this.keeper = keeper;
        this.reads = reads;
        this.settings = settings;
    }

    /** After commit (or rollback: the record is read again as the database has it). */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMPLETION)
    void afterCompletion(StepTaken step) {
        Runnable index = () -> {
            try {
                put(reads.touched(keeper.sources(), step.machine(), step.recordId()));
            } catch (RuntimeException e) {
                LOG.warn("Could not index {} {} after its step; the catch-up will", step.machine(), step.recordId(), e);
            }
        };
        if (settings.seeUncommitted()) {
            keeper.clearPending(); // read again here, as the database has it now
            index.run(); // the tests' next search must not meet what their rolled-back transaction wrote
        } else {
            keeper.afterStep(index); // not on the request's time; in order, within milliseconds
        }
    }

    /**
     * Inside the step's transaction, only with {@code see-uncommitted} (tests): the step is remembered, and its records
     * are read in this thread's transaction before this thread's next search, when the whole step has been written (a
     * report's text is saved after its step).
     */
    @EventListener
    void during(StepTaken step) {
        if (settings.seeUncommitted()) {
            keeper.pending(step.machine(), step.recordId());
        }
    }

    void put(List<SourceReads.Touched> touched) {
        for (SourceReads.Touched t : touched) {
            keeper.stepped(t.source().kind(), t.documents(), t.ids());
        }
    }
}
