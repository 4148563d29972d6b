package org.sunshine.recovery;

import jakarta.inject.Singleton;
import org.sunshine.base.ContactKeys;
import org.sunshine.base.DomainException;
import org.sunshine.complaint.ComplaintsByContact;
import org.sunshine.inforequest.RequestsByContact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The items of a contact (its canonical key, {@link ContactKeys#canonical}): the complaints and the applications
 * filed with that phone or e-mail.
 */
@Singleton
class RecoveryItems {

    private final ComplaintsByContact complaints;
    private final RequestsByContact requests;

    RecoveryItems(ComplaintsByContact complaints, RequestsByContact requests) {
        this.complaints = complaints;
        this.requests = requests;
    }

    /** Whether anything was filed with the contact. The same queries as {@link #of}, so that both take alike. */
    boolean known(String key) {
        return !of(key, 1).isEmpty();
    }

    List<RecoveredItem> of(String key, int limit) {
        boolean email = ContactKeys.isEmail(key);
        List<String> phones = email ? List.of() : ContactKeys.phoneKeys(key);
        List<RecoveredItem> found = new ArrayList<>();
        complaints.find(phones, email ? key : null, limit).forEach(c -> found.add(new RecoveredItem(RecoveredItem.Kind.COMPLAINT,
                c.trackingCode(), c.subject(), null, "complaint.state." + c.state().name(), c.state().open(),
                c.submittedAt())));
        requests.find(phones, email ? key : null, limit).forEach(r -> found.add(new RecoveredItem(
                RecoveredItem.Kind.APPLICATION, r.requestNo(), r.description(), r.organ(),
                "inforequest.state." + r.state().name(), r.state().open(), r.arrivedAt())));
        found.sort(Comparator.comparing(RecoveredItem::filedAt).reversed()
                .thenComparing(RecoveredItem::number, Comparator.reverseOrder()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    String newQueryCode(String key, RecoveredItem.Kind kind, String number) {
        boolean ours = of(key, Integer.MAX_VALUE).stream()
                .anyMatch(i -> i.kind() == kind && i.number().equalsIgnoreCase(number == null ? "" : number.strip()));
        if (!ours) {
            throw new DomainException("recovery.error.notYours");
        }
        return kind == RecoveredItem.Kind.COMPLAINT ? complaints.newQueryCode(number) : requests.newQueryCode(number);
    }
}
