package org.sunshine.complaint;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.sunshine.search.IndexDoc;
import org.sunshine.search.SearchSource;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Complaints as the full-text index holds them: the subject, the content and the reply to search, and what the list
 * filters on (state, department, key area, the two running deadlines), so that a search is filtered, counted and paged
 * in the index ({@link ComplaintTextSearch}).
 */
@Singleton
class ComplaintSearchSource implements SearchSource {

    static final String KIND = "complaint";
    static final String STATE = "state";
    static final String DEPARTMENT = "department";
    static final String AREA = "area";
    static final String ACCEPT_DUE = "acceptDue";
    static final String HANDLE_DUE = "handleDue";

    private final JdbcOperations jdbc;

    ComplaintSearchSource(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Feed> feeds() {
        return List.of(Feed.of("complaint"));
    }

    @Override
    public Collection<Long> touched(String machine, long recordId) {
        return machine.equals(ComplaintWorkflow.TABLE.name()) ? List.of(recordId) : List.of();
    }

    @Override
    public List<IndexDoc> documents(Collection<Long> ids) {
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc.prepareStatement("SELECT id, subject, content, reply_text, state, department_id, key_area_id, "
                + "accept_due, handle_due FROM complaint WHERE id IN (" + in + ")", s -> {
            int i = 1;
            for (long id : ids) {
                s.setLong(i++, id);
            }
            List<IndexDoc> docs = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    docs.add(new IndexDoc(KIND, r.getLong("id"))
                            .text(IndexDoc.Weight.TITLE, r.getString("subject"))
                            .text(IndexDoc.Weight.BODY, r.getString("content"))
                            .text(IndexDoc.Weight.EXTRA, r.getString("reply_text"))
                            .keyword(STATE, r.getString("state"))
                            .keyword(DEPARTMENT, r.getObject("department_id"))
                            .keyword(AREA, r.getObject("key_area_id"))
                            .date(ACCEPT_DUE, r.getObject("accept_due", java.time.LocalDate.class))
                            .date(HANDLE_DUE, r.getObject("handle_due", java.time.LocalDate.class)));
                }
            }
            return docs;
        });
    }
}
