package org.sunshine.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * The node's full-text index (docs/architecture.md, "Search").
 *
 * @param directory        where the index lives on this node's disk; empty: a temporary folder of this process
 *                         (tests), deleted at exit
 * @param scheduled        whether the catch-up runs by itself (the tests run it through {@link TextSearch#awaitCurrent})
 * @param catchUpInterval  the catch-up starts this long after the previous one ended: how late another node's change
 *                         can be found here
 * @param overlap          how far back each catch-up reads again: longer than a transaction can stay open and than the
 *                         nodes' clocks differ, so that a change committed late with an early {@code updated_at} is not
 *                         passed over
 * @param batchSize        rows read and indexed at once
 * @param commitInterval   the index is made durable at most this often (a node that stops loses nothing: the catch-up
 *                         reads again from the last commit)
 * @param seeUncommitted   index a step's records in its own transaction too, and again after it ends (tests, whose
 *                         transactions are rolled back, search what they wrote); never in production
 * @param bufferMb         the writer's memory before it writes a segment
 * @param rankLimit        a search that matches more records than this lists them newest first instead of by relevance
 *                         (a word in most records ranks nothing, and scoring every match would take too long); 0: always
 *                         by relevance
 * @param waitAtStart      a start waits until the index is built and current (tests: every search answers at once);
 *                         otherwise it is built in the background and the lists say so meanwhile
 */
@ConfigurationProperties("sunshine.search")
public record SearchSettings(@Bindable(defaultValue = "") String directory,
                             @Bindable(defaultValue = "true") boolean scheduled,
                             @Bindable(defaultValue = "2s") Duration catchUpInterval,
                             @Bindable(defaultValue = "5m") Duration overlap,
                             @Bindable(defaultValue = "1000") @Min(10) @Max(100000) int batchSize,
                             @Bindable(defaultValue = "10s") Duration commitInterval,
                             @Bindable(defaultValue = "false") boolean seeUncommitted,
                             @Bindable(defaultValue = "64") @Min(8) @Max(2048) int bufferMb,
                             @Bindable(defaultValue = "10000") @Min(0) int rankLimit,
                             @Bindable(defaultValue = "false") boolean waitAtStart) {
}
