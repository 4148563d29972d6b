package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.complaint.PublicView;
import org.sunshine.workflow.Step;

import java.util.List;

/**
 * A review task with its complaint as a supervisor sees it: what was asked and answered, the steps without staff
 * names, and the complainant masked (revealed to the reviewing supervisor only with the complainant's consent).
 *
 * @param canReview the viewer is the supervisor of this task and it is waiting
 * @param lowScore  a score at or below this opens a finding
 * @param steps     the task's own history, oldest first
 */
public record ReviewDetail(ReviewRow row, PublicView complaint, String maskedName, String maskedPhone,
                           boolean anonymous, boolean consent, boolean canReveal, @Nullable String ratingComment,
                           boolean canReview, int lowScore,
                           List<Step<ReviewState, ReviewAction>> steps) {
}
