package org.sunshine.finding;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.sunshine.rectification.RectificationWorkflow;
import org.sunshine.rectification.Subject;
import org.sunshine.search.IndexDoc;
import org.sunshine.search.SearchSource;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Findings as the full-text index holds them: the reference, the description and the rectification reports to
 * search, and what the lists filter on and who may see them (stage, state, department, kind, severity, source, the
 * marks, who filed it, the rectification's deadline), read from the {@code finding_list} view like the lists. A
 * rectification's steps (a report, a return, a moved deadline) change the finding's document too.
 */
@Singleton
class FindingSearchSource implements SearchSource {

    static final String KIND = "finding";
    static final String STAGE = "stage";
    static final String STATE = "state";
    static final String DEPARTMENT = "department";
    static final String ISSUE = "issue";
    static final String SEVERITY = "severity";
    static final String SOURCE = "source";
    static final String MARKED = "marked";
    static final String FILED_BY = "filedBy";
    static final String DUE = "due";

    private final JdbcOperations jdbc;

    FindingSearchSource(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Feed> feeds() {
        return List.of(Feed.of("finding"), new Feed("rectification", "subject_id", "subject_kind = '" + Subject.FINDING + "'"));
    }

    @Override
    public Collection<Long> touched(String machine, long recordId) {
        if (machine.equals(FindingWorkflow.TABLE.name())) {
            return List.of(recordId);
        }
        if (machine.equals(RectificationWorkflow.TABLE.name())) {
            return jdbc.prepareStatement("SELECT subject_id FROM rectification WHERE id = ? AND subject_kind = ?", s -> {
                s.setLong(1, recordId);
                s.setString(2, Subject.FINDING);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? List.of(r.getLong(1)) : List.<Long>of();
                }
            });
        }
        return List.of();
    }

    @Override
    public List<IndexDoc> documents(Collection<Long> ids) {
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        Map<Long, IndexDoc> docs = new HashMap<>();
        Map<Long, Long> byRectification = new HashMap<>();
        jdbc.prepareStatement("SELECT id, reference, description, stage, state, department_id, issue_type, severity, "
                + "source, duplicate_of, repeat_of, filed_by, due_on, rectification_id FROM finding_list WHERE id IN ("
                + in + ")", s -> {
            bind(s, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong("id");
                    boolean marked = r.getObject("duplicate_of") != null || r.getObject("repeat_of") != null;
                    docs.put(id, new IndexDoc(KIND, id)
                            .text(IndexDoc.Weight.TITLE, r.getString("reference"))
                            .text(IndexDoc.Weight.BODY, r.getString("description"))
                            .keyword(STAGE, r.getString("stage"))
                            .keyword(STATE, r.getString("state"))
                            .keyword(DEPARTMENT, r.getObject("department_id"))
                            .keyword(ISSUE, r.getString("issue_type"))
                            .keyword(SEVERITY, r.getString("severity"))
                            .keyword(SOURCE, r.getString("source"))
                            .keyword(MARKED, marked ? "1" : null)
                            .keyword(FILED_BY, r.getObject("filed_by"))
                            .date(DUE, r.getObject("due_on", LocalDate.class)));
                    long rectification = r.getLong("rectification_id");
                    if (!r.wasNull()) {
                        byRectification.put(rectification, id);
                    }
                }
            }
            return null;
        });
        if (!byRectification.isEmpty()) {
            String reports = byRectification.keySet().stream().map(id -> "?").collect(Collectors.joining(","));
            jdbc.prepareStatement("SELECT rectification_id, text FROM rectification_report WHERE rectification_id IN ("
                    + reports + ") ORDER BY id", s -> {
                bind(s, byRectification.keySet());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        docs.get(byRectification.get(r.getLong(1))).text(IndexDoc.Weight.EXTRA, r.getString(2));
                    }
                }
                return null;
            });
        }
        return new ArrayList<>(docs.values());
    }

    private static void bind(PreparedStatement s, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (long id : ids) {
            s.setLong(i++, id);
        }
    }
}
