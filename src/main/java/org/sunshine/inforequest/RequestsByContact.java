package org.sunshine.inforequest;

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
import java.util.Locale;

/**
 * The applications filed with a phone number or an e-mail address, for the recovery of a lost query code
 * (找回查询码): which they are, and a new query code for one of them. Whoever calls this has proved that they can be
 * reached there.
 */
@Singleton
public class RequestsByContact {

    /** An application as its applicant lists it: the organ and what was asked. */
    public record Item(String requestNo, String organ, String description, RequestState state, Instant arrivedAt) {
    }

    private final JdbcOperations jdbc;
    private final RequestRepository requests;
    private final Organs organs;

    RequestsByContact(JdbcOperations jdbc, RequestRepository requests, Organs organs) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.organs = organs;
    }

    /**
     * The applications whose phone reduces to one of {@code phoneKeys} ({@link ContactKeys#phoneKeys}) or whose
     * e-mail is {@code email} (in any case), the most recent first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Item> find(Collection<String> phoneKeys, @Nullable String email, int limit) {
        List<String> args = new ArrayList<>();
        String where;
        if (email != null) {
            where = "email = ?";
            args.add(email);
        } else if (!phoneKeys.isEmpty()) {
            where = "phone IS NOT NULL AND " + ContactKeys.digitsSql("phone") + " IN ("
                    + "?, ".repeat(phoneKeys.size() - 1) + "?)";
            args.addAll(phoneKeys);
        } else {
            return List.of();
        }
        String sql = "SELECT request_no, department_id, to_government, description, state, arrived_at FROM info_request "
                + "WHERE " + where + " ORDER BY arrived_at DESC, id DESC LIMIT ?";
        record Row(String requestNo, long departmentId, boolean government, String description, RequestState state,
                   Instant arrivedAt) {
        }
        List<Row> rows = jdbc.prepareStatement(sql, s -> {
            int i = 1;
            for (String arg : args) {
                s.setString(i++, arg);
            }
            s.setInt(i, limit);
            List<Row> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Row(r.getString(1), r.getLong(2), r.getBoolean(3), r.getString(4),
                            RequestState.valueOf(r.getString(5)), r.getTimestamp(6).toInstant()));
                }
            }
            return found;
        });
        return rows.stream().map(r -> new Item(r.requestNo(), organs.of(r.departmentId(), r.government()).name(),
                r.description(), r.state(), r.arrivedAt())).toList();
    }

    /**
     * Gives the application a new query code, which replaces the old one (that no longer opens it), and returns it.
     * The caller has checked that the application is the contact's ({@link #find}).
     */
    @Transactional
    public String newQueryCode(String requestNo) {
        String number = requestNo == null ? "" : requestNo.strip().toUpperCase(Locale.ROOT);
        InfoRequest request = requests.findByRequestNo(number)
                .orElseThrow(() -> new DomainException("inforequest.error.code"));
        String code = QueryCodes.newCode();
        request.setQueryCodeSalt(QueryCodes.salt());
        request.setQueryCodeHash(QueryCodes.hash(code, request.getQueryCodeSalt()));
        requests.update(request);
        return code;
    }
}
