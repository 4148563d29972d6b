package org.sunshine.demo;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.QueryCodes;
import org.sunshine.base.i18n.Messages;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.IdentityNumbers;
import org.sunshine.inforequest.OrgType;
import org.sunshine.inforequest.RequestChannel;
import org.sunshine.inforequest.RequestSettings;
import org.sunshine.inforequest.RequestState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static org.sunshine.demo.HistoryGenerator.ROWS_PER_STATEMENT;
import static org.sunshine.demo.HistoryRandom.mix;
import static org.sunshine.demo.HistoryRandom.pick;

/**
 * Writes a history of applications for government information — the demo's year, a benchmark's hundred thousand —
 * by the one bulk path of {@link HistoryGenerator} (not through the services, whose steps are dated now): each
 * application is played by {@link RequestPlayer} on the working-day calendar from its arrival and written as it stood
 * at {@code asOf}, with its steps ({@code workflow_event}), consultation letters and remedies, in batches of
 * {@value HistoryGenerator#ROWS_PER_STATEMENT} with {@link Bulk}. Applicants are made up with valid identity numbers
 * and credit codes; query codes are random (nobody can look a generated application up). Historic applications carry
 * no letters (as if migrated from the system before), only their data. Deterministic for a seed.
 */
@Singleton
public class RequestHistory {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHistory.class);

    /**
     * What to generate.
     *
     * @param departments      the organs' departments with their codes and short names
     * @param governmentOffice the department that handles the city government's applications (one in ten), or null
     */
    public record Spec(LocalDate from, LocalDate to, int count, List<Department> departments, Long governmentOffice,
                       long seed, Instant asOf) {
    }

    public record Department(long id, String code, String shortName) {
    }

    public record Summary(int requests, Map<RequestState, Integer> byState, int events, Duration took) {
    }

    private final DataSource dataSource;
    private final WorkingDayCalendar calendar;
    private final RequestSettings settings;
    private final Messages messages;
    private final Clock clock;

    RequestHistory(DataSource dataSource, WorkingDayCalendar calendar, RequestSettings settings, Messages messages,
                   Clock clock) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    public Summary generate(Spec spec) {
        long started = System.nanoTime();
        Instant asOf = spec.asOf().truncatedTo(ChronoUnit.SECONDS);
        HistoryTime time = new HistoryTime(calendar, clock.getZone(), asOf);
        RequestPlayer player = new RequestPlayer(time, calendar, settings,
                result -> messages.chinese("inforequest.basis." + result.name()));
        Map<RequestState, Integer> byState = new EnumMap<>(RequestState.class);
        int events = 0;
        long days = ChronoUnit.DAYS.between(spec.from(), spec.to()) + 1;
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                List<RequestPlayer.Played> batch = new ArrayList<>();
                for (int i = 0; i < spec.count(); i++) {
                    SplittableRandom r = new SplittableRandom(mix(spec.seed(), 15, i));
                    LocalDate day = spec.from().plusDays(r.nextLong(days));
                    if (!calendar.isWorkingDay(day) && r.nextInt(100) < 70) {
                        day = time.plus(day, 1).isAfter(spec.to()) ? day : time.plus(day, 1);
                    }
                    RequestPlayer.Played p = applicant(spec, i, day, time, r);
                    player.play(p, r);
                    byState.merge(p.state, 1, Integer::sum);
                    events += p.steps.size();
                    batch.add(p);
                    if (batch.size() == ROWS_PER_STATEMENT) {
                        write(c, batch);
                        batch.clear();
                    }
                }
                write(c, batch);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the applications failed: " + e.getMessage(), e);
        }
        Summary summary = new Summary(spec.count(), byState, events, Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Generated {} applications from {} to {} ({} events) in {} ms: {}", spec.count(), spec.from(), spec.to(),
                events, summary.took().toMillis(), byState);
        return summary;
    }

    private RequestPlayer.Played applicant(Spec spec, int i, LocalDate day, HistoryTime time, SplittableRandom r) {
        RequestPlayer.Played p = new RequestPlayer.Played();
        boolean government = spec.governmentOffice() != null && r.nextInt(10) == 0;
        Department d = government ? spec.departments().stream().filter(x -> x.id() == spec.governmentOffice())
                .findFirst().orElse(spec.departments().get(0))
                : spec.departments().get(r.nextInt(spec.departments().size()));
        p.departmentId = d.id();
        p.government = government;
        p.number = "YS" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + String.format(Locale.ROOT, "%06d", 900_000 + Math.floorMod(i * 7919L + spec.seed(), 100_000));
        p.channel = RequestChannel.values()[pick(r, 55, 5, 15, 15, 5, 5)];
        p.arrivedAt = p.channel.needsConfirmation() ? time.at(day, 7 * 3600 + r.nextInt(16 * 3600))
                : time.at(day, HistoryTime.workSecond(r));
        p.arrivedOn = day;
        if (p.channel == RequestChannel.POST) {
            p.signedFor = day;
        }
        boolean person = r.nextInt(100) < 78;
        p.kind = person ? ApplicantKind.PERSON : ApplicantKind.ORGANIZATION;
        if (person) {
            p.name = RequestTexts.personName(r);
            p.idType = r.nextInt(50) == 0 ? IdType.PASSPORT : IdType.RESIDENT_ID;
            p.idNumber = p.idType == IdType.RESIDENT_ID ? residentId(r) : "E" + (10_000_000 + r.nextInt(89_999_999));
        } else {
            int kind = pick(r, 45, 10, 12, 23, 10);
            p.orgType = OrgType.values()[kind];
            p.name = RequestTexts.organization(kind, r);
            p.creditCode = creditCode(r);
            p.contactPerson = RequestTexts.personName(r);
        }
        p.phone = "13" + (100_000_000 + r.nextInt(899_999_999));
        p.description = RequestTexts.description(d.code(), d.shortName(), day.getYear(), r);
        p.form = FormWanted.values()[pick(r, 30, 60, 5, 5)];
        p.delivery = p.form == FormWanted.EMAIL ? Delivery.EMAIL : Delivery.values()[pick(r, 50, 0, 40, 10)];
        return p;
    }

    private void write(Connection c, List<RequestPlayer.Played> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        try (Bulk requests = new Bulk(c, "info_request", "request_no", "query_code_hash", "query_code_salt",
                "department_id", "to_government", "channel", "state", "applicant_kind", "applicant_name", "id_type",
                "id_number", "org_type", "credit_code", "contact_person", "phone", "email", "address", "description",
                "form_wanted", "delivery", "written_for", "arrived_at", "arrived_on", "signed_for_on", "register_due",
                "registered_at", "late_registration", "received_on", "reply_start", "base_days", "extension_days",
                "requested_extension_days", "extension_basis", "paused_days", "reply_due", "correction_used",
                "correction_items", "correction_start", "correction_due", "corrected_on", "result", "result_basis",
                "result_reason", "withheld", "other_organ", "provision", "replied_at", "replied_on", "replied_in_time",
                "closed_at", "client_ip", "updated_at", "version")) {
            for (RequestPlayer.Played p : batch) {
                String salt = QueryCodes.salt();
                requests.add(p.number, QueryCodes.hash(QueryCodes.newCode(), salt), salt, p.departmentId, p.government,
                        p.channel, p.state, p.kind, p.name, p.idType, p.idNumber, p.orgType, p.creditCode,
                        p.contactPerson, p.phone, p.form == FormWanted.EMAIL ? "applicant@example.cn" : null,
                        p.delivery == Delivery.POST ? "盘锦市兴隆台区振兴街道" : null, p.description, p.form,
                        p.delivery, p.channel == RequestChannel.ORAL, p.arrivedAt, p.arrivedOn, p.signedFor,
                        p.registerDue, p.registeredAt, p.late, p.receivedOn, p.replyStart, settings.replyDays(),
                        p.extensionDays, p.requestedExtension, p.extensionBasis, p.pausedDays, p.replyDue,
                        p.correctionUsed, p.correctionItems, p.correctionStart, p.correctionDue, p.correctedOn,
                        p.result, p.basis, p.reason, p.withheld, p.otherOrgan, p.provision, p.repliedAt, p.repliedOn,
                        p.inTime, p.closedAt, "", p.updatedAt, p.version);
            }
        }
        Map<String, Long> ids = ids(c, batch);
        try (Bulk events = new Bulk(c, "workflow_event", "machine", "record_id", "occurred_at", "action",
                "from_state", "to_state", "actor", "actor_id", "actor_name", "department_id", "note");
             Bulk letters = new Bulk(c, "info_request_consultation", "request_id", "kind", "party", "question",
                     "sent_on", "answer_due", "answered_on", "answer");
             Bulk remedies = new Bulk(c, "info_request_remedy", "request_id", "kind", "body", "filed_on", "outcome",
                     "decided_on", "note", "recorded_by", "recorded_at", "version")) {
            for (RequestPlayer.Played p : batch) {
                long id = ids.get(p.number);
                for (RequestPlayer.Step s : p.steps) {
                    String note = switch (s.action()) {
                        case FILE -> messages.chinese("inforequest.channel." + s.note());
                        case REPLY, TERMINATE -> messages.chinese("inforequest.result." + s.note());
                        default -> s.note();
                    };
                    events.add("inforequest", id, s.at(), s.action(), s.from(), s.to(), s.actor(), null, "",
                            p.departmentId, note);
                }
                for (RequestPlayer.Letter l : p.letters) {
                    letters.add(id, l.kind(), l.party(), l.question(), l.sentOn(), l.answerDue(), l.answeredOn(),
                            l.answer());
                }
                for (RequestPlayer.Remedy m : p.remedies) {
                    remedies.add(id, m.kind(), m.body(), m.filedOn(), m.outcome(), m.decidedOn(), "", 0L,
                            p.updatedAt, 0);
                }
            }
        }
        c.commit();
    }

    private static Map<String, Long> ids(Connection c, List<RequestPlayer.Played> batch) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT id, request_no FROM info_request WHERE request_no IN (" + marks + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                s.setString(i + 1, batch.get(i).number);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** A made-up 18-digit resident identity number with a valid check character (region 211100: 盘锦). */
    static String residentId(SplittableRandom r) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55));
        String body = "2111" + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(5))
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format(Locale.ROOT, "%03d", r.nextInt(1000));
        return IdentityNumbers.withResidentCheck(body);
    }

    /** A made-up unified social credit code with a valid check character (registered in 盘锦, 211100). */
    static String creditCode(SplittableRandom r) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91211100");
        while (code.length() < 17) {
            code.append(chars.charAt(r.nextInt(chars.length())));
        }
        return IdentityNumbers.withCreditCheck(code.toString());
    }
}
