package org.sunshine.complaint;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files a partner's ticket at most once. A partner whose answer was lost sends the same ticket again; that repeat
 * gets the complaint filed first (same request id, same query code), never a second one — also when both arrive at
 * the same moment: the database's unique key on partner and ticket id lets one insert through, the other waits for it,
 * is refused, and answers with the first. Each step is a transaction of its own, so that the refused one is rolled
 * back whole and the first is then seen.
 */
@Singleton
public class PartnerFiling {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerFiling.class);

    private final ComplaintIntake intake;

    PartnerFiling(ComplaintIntake intake) {
        this.intake = intake;
    }

    /** The receipt, and whether it is that of a complaint filed before for the same ticket. */
    public record Filed(Receipt receipt, boolean repeated) {
    }

    public Filed file(Submission submission, ComplaintIntake.Origin origin, PartnerTicket ticket) {
        var first = intake.repeated(ticket);
        if (first.isPresent()) {
            return new Filed(first.get(), true);
        }
        try {
            return new Filed(intake.submit(submission, origin, ticket), false);
        } catch (DataAccessException e) {
            if (!ComplaintIntake.isDuplicate(e, "uk_complaint_partner_ticket")) {
                throw e;
            }
            LOG.info("Ticket {} was filed by a request at the same moment: answered with that one", ticket);
            return new Filed(intake.repeated(ticket).orElseThrow(() -> e), true);
        }
    }
}
