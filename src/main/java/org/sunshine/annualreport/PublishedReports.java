package org.sunshine.annualreport;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.report.ReportFormat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The published annual reports as the public sees them, read straight from the tables (V23): a report is public once
 * it has an edition in {@code annual_report_edition}, whatever it is doing since (a correction in progress shows the
 * editions published so far). Each edition is frozen, so its content (the JSON) is parsed once and kept.
 * <p>
 * An organ is named in addresses by its key: {@value #GOVERNMENT} for the city government's report, otherwise the
 * department's code (MZJ) — stable and readable, unlike the row's id; matched without regard to case.
 */
@Singleton
public class PublishedReports {

    public static final String GOVERNMENT = "gov";
    private static final Logger LOG = LoggerFactory.getLogger(PublishedReports.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final String FROM = " FROM annual_report r JOIN department d ON d.id = r.department_id "
            + "JOIN annual_report_edition e ON e.report_id = r.id ";
    private static final String LATEST = "e.edition = (SELECT MAX(x.edition) FROM annual_report_edition x "
            + "WHERE x.report_id = r.id)";

    private final JdbcOperations jdbc;
    private final ReportJson json;
    private final BusinessClock clock;
    /** Editions' contents by edition id: frozen, so never stale. */
    private final Cache<Long, ReportContent> contents = Caffeine.newBuilder().maximumSize(5_000).build();

    PublishedReports(JdbcOperations jdbc, ReportJson json, BusinessClock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A published report as listed: its newest edition. */
    public record Listed(int year, String organKey, String organName, boolean government, int edition,
                         LocalDate publishedOn) {
    }

    /**
     * An edition: its number, day of publication, a correction's reason (empty for the first), its files' SHA-256
     * and sizes in bytes.
     */
    public record Edition(long id, int edition, LocalDate publishedOn, String reason, String pdfSha256,
                          String docxSha256, long pdfBytes, long docxBytes) {
    }

    /**
     * A published report with one of its editions shown.
     *
     * @param editions every edition, newest first
     */
    public record Published(int year, String organKey, boolean government, ReportContent content, Edition shown,
                            List<Edition> editions) {

        public boolean latest() {
            return shown.edition() == editions.get(0).edition();
        }

        public int latestEdition() {
            return editions.get(0).edition();
        }
    }

    /** A frozen file of an edition, checked against its SHA-256. */
    public record File(byte[] content, String sha256, ReportFormat format, ReportContent report) {
    }

    /** Every published report, newest year first; in a year the government's, then the departments in order. */
    @Transactional(readOnly = true)
    public List<Listed> all() {
        record Row(long editionId, int year, String key, boolean government, int edition, LocalDate publishedOn) {
        }
        List<Row> rows = jdbc.prepareStatement("SELECT e.id, r.year_no, r.to_government, d.code, e.edition, "
                + "e.published_at" + FROM + "WHERE " + LATEST
                + " ORDER BY r.year_no DESC, r.to_government DESC, d.sort_order, d.code", s -> {
            List<Row> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    boolean government = r.getBoolean(3);
                    found.add(new Row(r.getLong(1), r.getInt(2), government ? GOVERNMENT : r.getString(4), government,
                            r.getInt(5), day(r, 6)));
                }
            }
            return found;
        });
        Map<Long, ReportContent> content = contents(rows.stream().map(Row::editionId).toList());
        return rows.stream().map(r -> new Listed(r.year(), r.key(), content.get(r.editionId()).organName(),
                r.government(), r.edition(), r.publishedOn())).toList();
    }

    /** A published report of a year and organ, its newest edition shown or the one asked for; empty if none. */
    @Transactional(readOnly = true)
    public Optional<Published> find(int year, String organKey, @Nullable Integer edition) {
        if (organKey == null || !KEY.matcher(organKey).matches()) {
            return Optional.empty();
        }
        boolean government = GOVERNMENT.equalsIgnoreCase(organKey);
        String[] key = new String[1];
        List<Edition> editions = jdbc.prepareStatement("SELECT e.id, e.edition, e.published_at, e.reason, e.pdf_sha256, "
                + "e.docx_sha256, LENGTH(e.pdf), LENGTH(e.docx), d.code" + FROM + "WHERE r.year_no = ? AND "
                + (government ? "r.to_government = TRUE" : "r.to_government = FALSE AND d.code = ?")
                + " ORDER BY e.edition DESC", s -> {
            s.setInt(1, year);
            if (!government) {
                s.setString(2, organKey);
            }
            List<Edition> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Edition(r.getLong(1), r.getInt(2), day(r, 3), r.getString(4), r.getString(5),
                            r.getString(6), r.getLong(7), r.getLong(8)));
                    key[0] = government ? GOVERNMENT : r.getString(9);
                }
            }
            return found;
        });
        Optional<Edition> shown = edition == null ? editions.stream().findFirst()
                : editions.stream().filter(e -> e.edition() == edition).findFirst();
        return shown.map(e -> new Published(year, key[0], government, contents(List.of(e.id())).get(e.id()), e, editions));
    }

    /**
     * An edition's PDF or DOCX as frozen at publication; a file that no longer matches its SHA-256 is never served
     * ({@code annualreport.public.error.integrity}).
     */
    @Transactional(readOnly = true)
    public Optional<File> file(int year, String organKey, @Nullable Integer edition, ReportFormat format) {
        if (format == ReportFormat.XLSX) {
            return Optional.empty();
        }
        return find(year, organKey, edition).map(p -> {
            String column = format == ReportFormat.PDF ? "pdf" : "docx";
            byte[] bytes = jdbc.prepareStatement("SELECT " + column + " FROM annual_report_edition WHERE id = ?", s -> {
                s.setLong(1, p.shown().id());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getBytes(1);
                }
            });
            String expected = format == ReportFormat.PDF ? p.shown().pdfSha256() : p.shown().docxSha256();
            String actual = sha256(bytes);
            if (!actual.equalsIgnoreCase(expected)) {
                LOG.error("Annual report {} {} edition {}: the {} no longer matches its SHA-256 ({} recorded, {} now)",
                        year, p.organKey(), p.shown().edition(), column, expected, actual);
                throw new DomainException("annualreport.public.error.integrity");
            }
            return new File(bytes, expected, format, p.content());
        });
    }

    /** The SHA-256 of the bytes, as lower-case hex (how editions record it). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The editions' contents, from the cache or (those not yet read) from the table in one query. */
    private Map<Long, ReportContent> contents(List<Long> ids) {
        Map<Long, ReportContent> found = new HashMap<>(contents.getAllPresent(ids));
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        for (int from = 0; from < missing.size(); from += 500) {
            List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + 500));
            jdbc.prepareStatement("SELECT id, content_json FROM annual_report_edition WHERE id IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", s -> {
                bind(s, chunk);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ReportContent content = json.read(r.getString(2));
                        contents.put(r.getLong(1), content);
                        found.put(r.getLong(1), content);
                    }
                }
                return null;
            });
        }
        return found;
    }

    private static void bind(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
    }

    private LocalDate day(ResultSet r, int column) throws SQLException {
        return clock.dateOf(r.getTimestamp(column).toInstant());
    }
}
