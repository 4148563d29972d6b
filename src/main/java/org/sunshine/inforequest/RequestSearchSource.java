package org.sunshine.inforequest;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.sunshine.search.IndexDoc;
import org.sunshine.search.SearchSource;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applications as the full-text index holds them: the information sought to search, and what the staff lists filter
 * on ({@link RequestSearch}'s columns: organ, state, the organ's two deadlines, late registration, channel, kind of
 * applicant, result, arrival); no personal data.
 */
@Singleton
class RequestSearchSource implements SearchSource {

    static final String KIND = "request";
    static final String DEPARTMENT = "department";
    static final String STATE = "state";
    static final String REGISTER_DUE = "registerDue";
    static final String REPLY_DUE = "replyDue";
    static final String LATE = "late";
    static final String CHANNEL = "channel";
    static final String APPLICANT_KIND = "applicantKind";
    static final String RESULT = "result";
    static final String ARRIVED = "arrived";

    private final JdbcOperations jdbc;

    RequestSearchSource(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Feed> feeds() {
        return List.of(Feed.of("info_request"));
    }

    @Override
    public Collection<Long> touched(String machine, long recordId) {
        return machine.equals(RequestWorkflow.TABLE.name()) ? List.of(recordId) : List.of();
    }

    @Override
    public List<IndexDoc> documents(Collection<Long> ids) {
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc.prepareStatement("SELECT id, description, department_id, state, register_due, reply_due, "
                + "late_registration, channel, applicant_kind, result, arrived_on FROM info_request WHERE id IN (" + in + ")", s -> {
            int i = 1;
            for (long id : ids) {
                s.setLong(i++, id);
            }
            List<IndexDoc> docs = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    docs.add(new IndexDoc(KIND, r.getLong("id"))
                            .text(IndexDoc.Weight.BODY, r.getString("description"))
                            .keyword(DEPARTMENT, r.getLong("department_id"))
                            .keyword(STATE, r.getString("state"))
                            .date(REGISTER_DUE, r.getObject("register_due", LocalDate.class))
                            .date(REPLY_DUE, r.getObject("reply_due", LocalDate.class))
                            .keyword(LATE, r.getBoolean("late_registration") ? "1" : null)
                            .keyword(CHANNEL, r.getString("channel"))
                            .keyword(APPLICANT_KIND, r.getString("applicant_kind"))
                            .keyword(RESULT, r.getString("result"))
                            .date(ARRIVED, r.getObject("arrived_on", LocalDate.class)));
                }
            }
            return docs;
        });
    }
}
