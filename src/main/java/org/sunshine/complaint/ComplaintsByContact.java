package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.ContactKeys;
import org.sunshine.base.DomainException;
import org.sunshine.base.QueryCodes;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The complaints filed with a phone number or an e-mail address, for the recovery of a lost query code (找回查询码): which they are, and a
 * new query code for one of them. Whoever calls this has proved that they can be reached there.
 */
@Singleton
public class ComplaintsByContact {

    /** A complaint as its complainant lists it. */
    public record Item(String trackingCode, String subject, ComplaintState state, Instant submittedAt) {
    }

    private final JdbcOperations jdbc;
    private final ComplaintRepository complaints;

    ComplaintsByContact(JdbcOperations jdbc, ComplaintRepository complaints) {
        this.jdbc = jdbc;
        this.complaints = complaints;
    }

    /**
     * The complaints whose phone reduces to one of {@code phoneKeys} ({@link ContactKeys#phoneKeys}), or whose e-mail
     * is {@code email} (in any case), the most recent first, at most {@code limit}. Only the complaints with a phone
     * are read for a phone, through its index (most have none).
     */
    @Transactional(readOnly = true)
    public List<Item> find(Collection<String> phoneKeys, @Nullable String email, int limit) {
        List<String> args = new ArrayList<>();
        String where;
        if (email != null) {
            where = "complainant_email = ?";
            args.add(email);
        } else if (!phoneKeys.isEmpty()) {
            where = "complainant_phone IS NOT NULL AND " + ContactKeys.digitsSql("complainant_phone") + " IN ("
                    + "?, ".repeat(phoneKeys.size() - 1) + "?)";
            args.addAll(phoneKeys);
        } else {
            return List.of();
        }
        String sql = "SELECT tracking_code, subject, state, submitted_at FROM complaint WHERE " + where
                + " ORDER BY submitted_at DESC, id DESC LIMIT ?";
        return jdbc.prepareStatement(sql, s -> {
            int i = 1;
            for (String arg : args) {
                s.setString(i++, arg);
            }
            s.setInt(i, limit);
            List<Item> items = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(new Item(r.getString(1), r.getString(2), ComplaintState.valueOf(r.getString(3)),
                            r.getTimestamp(4).toInstant()));
                }
            }
            return items;
        });
    }

    /**
     * Gives the complaint a new query code, which replaces the old one (that no longer opens it), and returns it. The
     * caller has checked that the complaint is the contact's ({@link #find}).
     */
    @Transactional
    public String newQueryCode(String trackingCode) {
        Complaint complaint = complaints.findByTrackingCode(TrackingCodes.normalize(trackingCode))
                .orElseThrow(() -> new DomainException("complaint.error.missing"));
        String code = QueryCodes.newCode();
        complaint.setQueryCodeSalt(TrackingCodes.salt());
        complaint.setQueryCodeHash(TrackingCodes.hash(code, complaint.getQueryCodeSalt()));
        complaints.update(complaint);
        return code;
    }

}
