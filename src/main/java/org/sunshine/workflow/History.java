package org.sunshine.workflow;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Moves records through their {@link Workflow} and keeps every step as a row of their history. Runs inside the
 * caller's transaction: the record and its step are written together or not at all, and {@link StepTaken} is
 * published in it.
 */
@Singleton
public class History {

    public static final int MAX_NOTE = 2000;

    private final WorkflowEventRepository events;
    private final BusinessClock clock;
    private final ApplicationEventPublisher<StepTaken> taken;

    History(WorkflowEventRepository events, BusinessClock clock, ApplicationEventPublisher<StepTaken> taken) {
        this.events = events;
        this.clock = clock;
        this.taken = taken;
    }

    /**
     * Takes a step: asks the table, applies the action's own changes, sets the new state, saves the record and records
     * the step. Nothing is written when the table refuses.
     *
     * @param change what the action changes besides the state (dates, reasons); runs before the state is set
     * @param save   the record's repository update, which checks the record's version
     * @return the step recorded
     * @throws DomainException the table's refusal, or {@code error.changedMeanwhile} if the record was changed since
     *                         it was read
     */
    public <S extends Enum<S>, A extends Enum<A>, R extends Stateful<S>> Step<S, A> move(
            Workflow<S, A> machine, R record, A action, By by, String note, Consumer<? super R> change,
            UnaryOperator<R> save) {
        S from = record.getState();
        S to = machine.move(from, action, by.actor());
        change.accept(record);
        record.setState(to);
        R saved;
        try {
            saved = save.apply(record);
        } catch (OptimisticLockException e) {
            throw new DomainException("error.changedMeanwhile");
        }
        return record(machine, saved.getId(), action, from, to, by, saved.historyDepartmentId(), note);
    }

    /** Records a step taken outside {@link #move}: the record's creation ({@code from} null) or a step kept apart. */
    public <S extends Enum<S>, A extends Enum<A>> Step<S, A> record(Workflow<S, A> machine, long recordId, A action,
                                                                   @Nullable S from, S to, By by,
                                                                   @Nullable Long departmentId, @Nullable String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            text = text.substring(0, MAX_NOTE);
        }
        WorkflowEvent saved = events.save(new WorkflowEvent(null, machine.name(), recordId, clock.now(), action.name(),
                from == null ? null : from.name(), to.name(), by.actor(), by.userId(), by.name(), departmentId, text));
        taken.publishEvent(new StepTaken(saved.id(), machine.name(), recordId, action.name(), saved.fromState(),
                saved.toState(), by.actor(), by.userId(), departmentId));
        return step(machine, saved);
    }

    /** A record's history, oldest first. */
    public <S extends Enum<S>, A extends Enum<A>> List<Step<S, A>> of(Workflow<S, A> machine, long recordId) {
        return events.findByMachineAndRecordIdOrderById(machine.name(), recordId).stream()
                .map(e -> step(machine, e)).toList();
    }

    /** The histories of several records, each oldest first, in the order of the ids given. */
    public <S extends Enum<S>, A extends Enum<A>> Map<Long, List<Step<S, A>>> of(Workflow<S, A> machine,
                                                                               Collection<Long> recordIds) {
        Map<Long, List<Step<S, A>>> byRecord = new LinkedHashMap<>();
        recordIds.forEach(id -> byRecord.put(id, new java.util.ArrayList<>()));
        if (!recordIds.isEmpty()) {
            events.findByMachineAndRecordIdInListOrderById(machine.name(), recordIds)
                    .forEach(e -> byRecord.get(e.recordId()).add(step(machine, e)));
        }
        return byRecord;
    }

    /** The steps of one action in a record's history, oldest first. */
    public <S extends Enum<S>, A extends Enum<A>> List<Step<S, A>> of(Workflow<S, A> machine, long recordId, A action) {
        return events.findByMachineAndRecordIdAndActionOrderById(machine.name(), recordId, action.name()).stream()
                .map(e -> step(machine, e)).toList();
    }

    private static <S extends Enum<S>, A extends Enum<A>> Step<S, A> step(Workflow<S, A> machine, WorkflowEvent e) {
        return new Step<>(e.id(), e.recordId(), e.occurredAt(), machine.action(e.action()),
                e.fromState() == null ? null : machine.state(e.fromState()), machine.state(e.toState()), e.actor(),
                e.actorId(), e.actorName(), e.departmentId(), e.note());
    }
}
