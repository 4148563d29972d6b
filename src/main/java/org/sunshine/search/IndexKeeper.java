package org.sunshine.search;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Keeps this node's index current (docs/architecture.md, "Search"): opens it at start, or rebuilds it in the
 * background when it is missing, of another schema or of another database; catches up every few seconds with what
 * any node changed; puts in at once what a step on this node changed ({@link AfterSteps}); rebuilds when an
 * administrator asked. A failure is logged, never thrown at a step: the next catch-up reads the rows again.
 */
@Singleton
class IndexKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(IndexKeeper.class);
    /** Raised when a document's fields change: an index of another schema is rebuilt at start. */
    static final String SCHEMA = "2026-12.2";
    /** The most batches of new rows one catch-up reads of a kind (bulk-written history goes on at the next run). */
    private static final int CATCH_UP_BATCHES = 50;

    private final LuceneTextSearch search;
    private final List<SearchSource> sources;
    private final SourceReads reads;
    private final SearchSettings settings;
    private final IndexFolders folders;
    private final CatchUp rows;
    private final UncommittedSteps ownSteps = new UncommittedSteps();
    private volatile Position position;
    private volatile boolean rebuilding;
    private volatile boolean stopping;
    private volatile Thread rebuilder;
    private volatile Instant lastCatchUp;
    /** What steps changed, put in one after the other off the requests' threads. */
    private final ExecutorService steps = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-steps");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean dirty;
    private long lastCommit = System.currentTimeMillis();

    IndexKeeper(LuceneTextSearch search, List<SearchSource> sources, SourceReads reads, SearchSettings settings,
                IndexFolders folders) {
        this.search = search;
        this.sources = sources.stream().sorted(Comparator.comparing(SearchSource::kind)).toList();
        this.reads = reads;
        this.settings = settings;
        this.folders = folders;
        this.rows = new CatchUp(reads, settings, search);
        search.keeper(this);
    }

    String schema() {
        return SCHEMA + ":" + sources.stream().map(SearchSource::kind).collect(Collectors.joining(","));
    }

    @EventListener
    @Order(1000) // after the demo data
    void onStartup(StartupEvent event) {
        try {
            String token = reads.databaseToken();
            for (Path path : folders.generations()) {
                if (search.current() == null) {
                    IndexGeneration index = folders.open(path, search.text(), settings.bufferMb());
                    Position found = Position.read(index.committed());
                    if (found != null && found.fits(schema(), token)) {
                        position = found;
                        search.swap(index);
                        LOG.info("Search index {} opened: {} documents", path, index.size());
                        continue;
                    }
                    index.close();
                }
                folders.delete(path);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index could not be opened; it is rebuilt", e);
        }
        if (search.current() == null) {
            startRebuild("no usable index on this node");
        }
        if (settings.waitAtStart() && !awaitCurrent(Duration.ofMinutes(10))) {
            LOG.warn("The search index was not ready within 10 minutes of the start");
        }
    }

    @Scheduled(fixedDelay = "${sunshine.search.catch-up-interval:2s}", initialDelay = "3s")
    void onSchedule() {
        if (settings.scheduled()) {
            catchUp();
        }
    }

    /** Reads what changed since the last run into the index in use; starts a rebuild an administrator asked for. */
    synchronized int catchUp() {
        IndexGeneration index = search.current();
        Position at = position;
        if (index == null || at == null || stopping) {
            return 0;
        }
        int changed = 0;
        try {
            if (!rebuilding && reads.lastRebuild() > at.rebuild) {
                startRebuild("an administrator asked");
            }
            for (SearchSource source : sources) {
                changed += rows.newRows(index, at, source, null, () -> stopping, CATCH_UP_BATCHES);
                changed += rows.changedRows(index, at, source, () -> stopping);
            }
            if (changed > 0) {
                index.refresh();
                dirty = true;
            }
            if (dirty && System.currentTimeMillis() - lastCommit >= settings.commitInterval().toMillis()) {
                commit(index, at);
            }
            lastCatchUp = Instant.now();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Search catch-up failed; the next run reads the same rows again", e);
        }
        return changed;
    }

    /** What a step changed, put in at once (after its transaction ended, or inside it in tests). */
    void stepped(String kind, List<IndexDoc> docs, Collection<Long> asked) {
        IndexGeneration index = search.current();
        if (index == null) {
            return;
        }
        try {
            index.put(docs);
            Set<Long> gone = new HashSet<>(asked);
            docs.forEach(d -> gone.remove(d.id()));
            index.delete(kind, gone);
            index.refresh();
            dirty = true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not index {} {}; the catch-up will", kind, asked, e);
        }
    }

    List<SearchSource> sources() {
        return sources;
    }

    void pending(String machine, long recordId) {
        ownSteps.add(machine, recordId);
    }

    void clearPending() {
        ownSteps.clear();
    }

    /** Before a search: this thread's steps, read in its transaction (tests: their rolled-back writes are searched). */
    void beforeSearch() {
        ownSteps.flush(reads, sources, this::stepped);
    }

    void afterStep(Runnable index) {
        try {
            steps.execute(index);
        } catch (RejectedExecutionException e) {
            LOG.debug("Stopping: the catch-up of the next start indexes the step");
        }
    }

    /** Waits for the steps' indexing queued so far. */
    private void drainSteps(long deadline) {
        try {
            steps.submit(() -> { }).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.debug("The steps' indexing did not end in time", e);
        }
    }

    /** Starts a rebuild in the background unless one runs; the index in use (if any) answers meanwhile. */
    synchronized void startRebuild(String why) {
        if (rebuilding || stopping) {
            return;
        }
        rebuilding = true;
        search.progress(0);
        LOG.info("Rebuilding the search index: {}", why);
        Thread thread = new Thread(this::rebuild, "search-rebuild");
        thread.setDaemon(true);
        rebuilder = thread;
        thread.start();
    }

    private void rebuild() {
        IndexGeneration next = null;
        long started = System.nanoTime();
        try {
            Position fresh = new Position(schema(), reads.databaseToken(), reads.lastRebuild());
            long[] progress = {0, 0};
            for (SearchSource source : sources) {
                progress[1] += reads.maxId(source.feeds().get(0).table());
                for (SearchSource.Feed feed : source.feeds()) {
                    Timestamp last = reads.lastChange(feed);
                    if (last != null) {
                        fresh.at(feed.table(), last, 0);
                    }
                }
            }
            next = folders.create(search.text(), settings.bufferMb());
            for (SearchSource source : sources) {
                rows.newRows(next, fresh, source, progress, () -> stopping);
            }
            if (stopping) {
                return;
            }
            next.commit(fresh.data());
            next.refresh();
            IndexGeneration before;
            synchronized (this) {
                before = search.swap(next);
                position = fresh;
                rows.forgetSeen();
                dirty = false;
                lastCommit = System.currentTimeMillis();
            }
            LOG.info("Search index rebuilt in {} ms: {} documents in {}", (System.nanoTime() - started) / 1_000_000,
                    next.size(), next.path());
            next = null;
            if (before != null) {
                before.close();
                folders.delete(before.path());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Rebuilding the search index failed; the next start or request tries again", e);
        } finally {
            if (next != null) {
                closeQuietly(next);
                folders.delete(next.path());
            }
            search.progress(100);
            rebuilding = false;
        }
        catchUp();
    }

    /** Waits for a build to end, then catches up in the caller's thread. */
    boolean awaitCurrent(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        drainSteps(deadline);
        while (System.nanoTime() < deadline) {
            if (search.current() != null && !rebuilding) {
                // until nothing is left (a run reads a bounded number of new rows); may start a rebuild asked for
                while (catchUp() > 0 && !rebuilding && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                if (!rebuilding) {
                    return true;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** For the administrators' screen. */
    IndexStatus status() {
        IndexGeneration index = search.current();
        return new IndexStatus(index != null, rebuilding, search.buildProgress(), index == null ? 0 : index.size(),
                index == null ? folders.base().toString() : index.path().toString(), lastCatchUp,
                position == null ? 0 : position.rebuild);
    }

    private void commit(IndexGeneration index, Position at) throws IOException {
        index.commit(at.data());
        dirty = false;
        lastCommit = System.currentTimeMillis();
    }

    @PreDestroy
    void close() {
        stopping = true;
        steps.shutdown();
        try {
            steps.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread thread = rebuilder;
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            IndexGeneration index = search.swap(null);
            if (index != null) {
                try {
                    if (position != null) {
                        commit(index, position);
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Could not commit the search index at stop; the next start catches up", e);
                }
                closeQuietly(index);
            }
        }
    }

    private static void closeQuietly(IndexGeneration index) {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not close the search index {}", index.path(), e);
        }
    }

    /** The index as the administrators' screen shows it. */
    record IndexStatus(boolean ready, boolean rebuilding, int progress, long documents, String directory,
                       Instant lastCatchUp, long rebuildServed) {
    }
}
