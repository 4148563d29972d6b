package org.sunshine.supervision;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.i18n.Messages;
import org.sunshine.calendar.CalendarListener;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintReplied;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

/**
 * Gives review tasks out (回访派发). When a department replies to a complaint, the complaint is drawn for review at
 * the configured sample rate and given to one supervisor in office whose scope covers it ({@link SupervisorPicker}),
 * so that a complainant is called back once, not by everyone. When a term ends, its waiting tasks pass to another
 * supervisor who covers the complaint, or are cancelled if there is none. Every step is in the task's history.
 */
@Singleton
class ReviewAssignment implements CalendarListener {

    private final ReviewTaskRepository tasks;
    private final SupervisorPicker picker;
    private final ComplaintQueries complaints;
    private final WorkingDayCalendar calendar;
    private final SupervisionSettings settings;
    private final Messages messages;
    private final History history;
    /** Draws a number in [0, 100) for the sample; replaced only by tests. */
    IntSupplier percentile = () -> ThreadLocalRandom.current().nextInt(100);

    ReviewAssignment(ReviewTaskRepository tasks, SupervisorPicker picker, ComplaintQueries complaints,
                     WorkingDayCalendar calendar, SupervisionSettings settings, Messages messages, History history) {
        this.tasks = tasks;
        this.picker = picker;
        this.complaints = complaints;
        this.calendar = calendar;
        this.settings = settings;
        this.messages = messages;
        this.history = history;
    }

    /** A department replied: draw the complaint for review and give it to a supervisor who covers it. */
    @EventListener
    @Transactional
    public void onReplied(ComplaintReplied replied) {
        if (tasks.existsByComplaintIdAndState(replied.complaintId(), ReviewState.PENDING)) {
            return; // replied again after a reopening: the review under way covers the new reply too
        }
        if (percentile.getAsInt() >= settings.samplePercent()) {
            return;
        }
        picker.pick(replied.departmentId(), replied.keyAreaId(), null).ifPresent(supervisor -> {
            ReviewTask task = new ReviewTask();
            task.setComplaintId(replied.complaintId());
            task.setSupervisorId(supervisor.getId());
            task.setState(ReviewState.PENDING);
            task.setAssignedOn(replied.repliedOn());
            task.setDueOn(calendar.plus(replied.repliedOn(), settings.reviewDays()));
            task = tasks.save(task);
            history.record(ReviewWorkflow.TABLE, task.getId(), ReviewAction.ASSIGN, null, ReviewState.PENDING,
                    By.SYSTEM, null, messages.chinese("review.note.assigned", supervisor.getName()));
        });
    }

    /**
     * Hands a supervisor's waiting tasks to another supervisor in office who covers each complaint, or cancels them
     * (the comment says why).
     */
    @Transactional
    public void release(Supervisor leaving) {
        for (ReviewTask task : tasks.findBySupervisorIdAndState(leaving.getId(), ReviewState.PENDING)) {
            Complaint complaint = complaints.find(task.getComplaintId()).orElseThrow();
            Optional<Supervisor> next = picker.pick(complaint.getDepartmentId(), complaint.getKeyAreaId(), leaving.getId());
            if (next.isPresent()) {
                Supervisor taker = next.get();
                history.move(ReviewWorkflow.TABLE, task, ReviewAction.REASSIGN, By.SYSTEM,
                        messages.chinese("review.note.reassigned", leaving.getName(), taker.getName()),
                        t -> t.setSupervisorId(taker.getId()), tasks::update);
            } else {
                String reason = messages.chinese("review.cancelled.termOver", leaving.getName());
                history.move(ReviewWorkflow.TABLE, task, ReviewAction.CANCEL, By.SYSTEM, reason,
                        t -> t.setComment(reason), tasks::update);
            }
        }
    }

    /** Review deadlines follow the calendar: recomputed from the day each task was given. */
    @Override
    @Transactional
    public int calendarChanged(LocalDate from, LocalDate to) {
        int changed = 0;
        for (ReviewTask task : tasks.findByStateInList(EnumSet.of(ReviewState.PENDING))) {
            LocalDate due = calendar.plus(task.getAssignedOn(), settings.reviewDays());
            if (!due.equals(task.getDueOn())) {
                task.setDueOn(due);
                tasks.update(task);
                changed++;
            }
        }
        return changed;
    }
}
