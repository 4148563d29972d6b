package org.sunshine.search;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.workflow.StepTaken;

import java.util.Collection;
import java.util.List;

/**
 * Puts what a step changed into this node's index as soon as the step's transaction has ended, so that the one who
 * took it finds the record at once; other nodes find it at their next catch-up. Never fails the step.
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
        for (SearchSource source : keeper.sources()) {
            try {
                Collection<Long> ids = reads.touchedNow(source, step.machine(), step.recordId());
                if (!ids.isEmpty()) {
                    keeper.stepped(source.kind(), reads.documentsNow(source, ids), ids);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not index {} {} after its step; the catch-up will", step.machine(), step.recordId(), e);
            }
        }
    }

    /** Inside the step's transaction, as it will be if it commits: only with {@code see-uncommitted} (tests). */
    @EventListener
    void during(StepTaken step) {
        if (!settings.seeUncommitted()) {
            return;
        }
        for (SearchSource source : keeper.sources()) {
            try {
                Collection<Long> ids = source.touched(step.machine(), step.recordId());
                if (!ids.isEmpty()) {
                    List<IndexDoc> docs = source.documents(ids);
                    keeper.stepped(source.kind(), docs, ids);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not index {} {} in its step", step.machine(), step.recordId(), e);
            }
        }
    }
}
