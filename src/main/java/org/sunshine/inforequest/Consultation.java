package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/**
 * A consultation letter (Art. 32, 34) and its answer. The reply clock pauses on the working days after
 * {@code sentOn} up to the day the answer came, or up to {@code answerDue} (15 working days) if it did not come by then.
 */
@MappedEntity("info_request_consultation")
public record Consultation(@Id @GeneratedValue @Nullable Long id, Long requestId, ConsultationKind kind, String party,
                           String question, LocalDate sentOn, LocalDate answerDue, @Nullable LocalDate answeredOn,
                           @Nullable String answer) {

    /** The pause as the clock sees it: the last day it covers, the answer's day or the answer deadline. */
    public RequestClock.Pause pause() {
        LocalDate end = answeredOn == null || answeredOn.isAfter(answerDue) ? answerDue : answeredOn;
        return new RequestClock.Pause(sentOn, end);
    }

    public boolean answered() {
        return answeredOn != null;
    }

    Consultation answered(LocalDate on, String text) {
        return new Consultation(id, requestId, kind, party, question, sentOn, answerDue, on, text);
    }
}
