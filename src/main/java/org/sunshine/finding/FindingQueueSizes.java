package org.sunshine.finding;

import io.micronaut.data.model.jpa.criteria.PersistentEntityCriteriaQuery;
import io.micronaut.data.model.jpa.criteria.PersistentEntityRoot;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.persistence.criteria.Predicate;
import org.sunshine.base.list.ListSize;
import org.sunshine.security.SignedInUser;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sizes of the findings' queues (the quick filters 待确认, 待验收, 整改中 … and the list as it opens), from one read of
 * the stages of the viewer's findings in any of them, instead of one count per queue. A stage other than the finding's
 * own state is its rectification's (the {@code finding_list} view joins it), so each count reads the findings it
 * counts with their rectification: five such counts on opening 监督意见 took 0.8 s at 50,000 findings a year; one read of
 * the open ones (the queues are the open findings, however many closed ones the years add) takes a fraction.
 */
@Singleton
public class FindingQueueSizes {

    /** More stages than this read: the queues are counted one by one, each up to the lists' cap. */
    static final int MOST_READ = 100_000;

    private final FindingListRepository list;
    private final FindingQueries queries;

    FindingQueueSizes(FindingListRepository list, FindingQueries queries) {
        this.list = list;
        this.queries = queries;
    }

    /** How many of the viewer's findings are in each of {@code stages} (a stage with none is missing). */
    @Transactional(readOnly = true)
    public Counts count(Set<FindingStage> stages, SignedInUser viewer) {
        PredicateSpecification<FindingListItem> where = queries.specification(
                new FindingFilter(Set.copyOf(stages), null, null, null, null, null, false, null), viewer);
        List<FindingStage> read = list.findAll(cb -> {
            @SuppressWarnings("unchecked")
            PersistentEntityCriteriaQuery<FindingStage> query =
                    (PersistentEntityCriteriaQuery<FindingStage>) cb.createQuery(FindingStage.class);
            PersistentEntityRoot<FindingListItem> root = query.from(FindingListItem.class);
            Predicate condition = where.toPredicate(root, cb);
            query.select(root.get("stage"));
            if (condition != null) {
                query.where(condition);
            }
            return query.limit(MOST_READ + 1);
        });
        if (read.size() > MOST_READ) {
            return new Counts(Set.of(), Map.of(), viewer);
        }
        Map<FindingStage, Long> counts = new EnumMap<>(FindingStage.class);
        read.forEach(stage -> counts.merge(stage, 1L, Long::sum));
        return new Counts(Set.copyOf(stages), counts, viewer);
    }

    /** The counts read once; a queue of stages not read, or too many to read, is counted on its own. */
    public final class Counts {
        private final Set<FindingStage> read;
        private final Map<FindingStage, Long> byStage;
        private final SignedInUser viewer;

        private Counts(Set<FindingStage> read, Map<FindingStage, Long> byStage, SignedInUser viewer) {
            this.read = read;
            this.byStage = byStage;
            this.viewer = viewer;
        }

        /** The size of the queue of {@code stages} (an empty set: every finding, counted up to the cap). */
        public ListSize size(Set<FindingStage> stages) {
            if (stages.isEmpty() || !read.containsAll(stages)) {
                return queries.size(new FindingFilter(Set.copyOf(stages), null, null, null, null, null, false, null), viewer);
            }
            return ListSize.exact(stages.stream().mapToLong(s -> byStage.getOrDefault(s, 0L)).sum());
        }
    }
}
