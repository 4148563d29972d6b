package org.sunshine.inforequest;

import org.sunshine.workflow.Step;

import java.util.List;
import java.util.Set;

/**
 * One application for staff. {@code request} carries no personal data: its identity number and contact are
 * cleared, and shown only masked here ({@code maskedName}, {@code maskedId}, {@code maskedContact}), in full only
 * through {@link RequestQueries#reveal} (audited).
 *
 * @param canReveal the viewer is a handler of the organ handling it
 * @param actions   the steps the viewer may take now (the head's decision only for the head, fees only if enabled)
 * @param openConsultation a consultation without its answer yet
 */
public record RequestDetail(InfoRequest request, RequestRow row, String organName, String maskedName, String maskedId,
                            String maskedContact, boolean canReveal, List<Consultation> consultations,
                            List<RequestDocument.Info> documents, List<RequestAttachment.Info> files,
                            List<Step<RequestState, RequestAction>> steps, Set<RequestAction> actions,
                            boolean openConsultation) {
}
