package org.sunshine.complaint.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.RateLimiter;
import org.sunshine.base.i18n.Messages;
import org.sunshine.complaint.Channel;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintDeadlines;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintSettings;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.PartnerFiling;
import org.sunshine.complaint.PartnerTicket;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The public API in the style of Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): the four types of
 * request as services, filing a request, and its status. A filed request also returns {@code query_code}, the
 * secret the complainant needs on the tracking page (shown once). Errors are the spec's list of
 * {@code {"code", "description"}}. Without a known {@code api_key}, filing and status
 * requests are limited per client address (429 with {@code Retry-After}).
 */
@Controller("/api/open311/v2")
@Tag(name = "open311")
public class Open311Controller {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ComplaintIntake intake;
    private final PartnerFiling partners;
    private final ComplaintQueries complaints;
    private final ComplaintDeadlines deadlines;
    private final DepartmentService departments;
    private final KeyAreaService areas;
    private final ComplaintSettings settings;
    private final RateLimiter limiter;
    private final ClientAddresses addresses;
    private final Messages messages;
    private final Clock clock;

    public Open311Controller(ComplaintIntake intake, PartnerFiling partners, ComplaintQueries complaints, ComplaintDeadlines deadlines,
                             DepartmentService departments, KeyAreaService areas, ComplaintSettings settings,
                             RateLimiter limiter, ClientAddresses addresses, Messages messages, Clock clock) {
        this.intake = intake;
        this.partners = partners;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.departments = departments;
        this.areas = areas;
        this.settings = settings;
        this.limiter = limiter;
        this.addresses = addresses;
        this.messages = messages;
        this.clock = clock;
    }

    @Serdeable
    public record Service(@JsonProperty("service_code") String serviceCode, @JsonProperty("service_name") String serviceName,
                          String description, boolean metadata, String type, String keywords, String group) {
    }

    @Serdeable
    public record Created(@JsonProperty("service_request_id") String serviceRequestId,
                          @JsonProperty("query_code") String queryCode,
                          @JsonProperty("service_notice") String serviceNotice,
                          @JsonProperty("account_id") @Nullable String accountId,
                          @JsonProperty("expected_datetime") String expectedDatetime,
                          @JsonProperty("partner_ticket_id") @Nullable String partnerTicketId) {
    }

    @Serdeable
    public record Status(@JsonProperty("service_request_id") String serviceRequestId, String status,
                         @JsonProperty("status_notes") String statusNotes,
                         @JsonProperty("service_name") String serviceName,
                         @JsonProperty("service_code") String serviceCode,
                         @JsonProperty("agency_responsible") @Nullable String agencyResponsible,
                         @JsonProperty("requested_datetime") String requestedDatetime,
                         @JsonProperty("updated_datetime") String updatedDatetime,
                         @JsonProperty("expected_datetime") @Nullable String expectedDatetime) {
    }

    @Serdeable
    public record Error(int code, String description) {
    }

    @Operation(summary = "The types of request (services)")
    @Get(value = "/services.json", produces = MediaType.APPLICATION_JSON)
    public List<Service> services(@Header("Accept-Language") @Nullable String language) {
        Locale locale = locale(language);
        return Arrays.stream(ComplaintType.values()).map(t -> new Service(t.name(),
                messages.getTranslation("complaint.type." + t.name(), locale),
                messages.getTranslation("open311.service." + t.name(), locale), false, "realtime",
                messages.getTranslation("open311.keywords", locale), messages.getTranslation("open311.group", locale))).toList();
    }

    @Operation(summary = "File a request",
            description = "Form fields: service_code (COMPLAINT, REPORT, SUGGESTION or INQUIRY), description, "
                    + "first_name, last_name, phone, email (optional: the complainant is told of each step there), "
                    + "attribute[subject], attribute[key_area] (key area code), attribute[department] (department "
                    + "code), attribute[consent] (true to show the identity and contact to the department), api_key "
                    + "(optional), partner_ticket_id (optional, with api_key: the partner's own ticket id, 1-64 "
                    + "printable ASCII characters without spaces). The notices are written in the language of "
                    + "Accept-Language (English or Chinese; Chinese without it). Returns the request id and, once, its "
                    + "query code. A partner that sends the same partner_ticket_id again (say, after an answer that was "
                    + "lost) gets the request filed first, with the same service_request_id and query_code, and 200 "
                    + "instead of 201: a ticket is never filed twice, not even by two identical requests at once.")
    @ApiResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(implementation = Created.class)))
    @ApiResponse(responseCode = "200", description = "A repeat of a partner_ticket_id already filed: the request filed first",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @ApiResponse(responseCode = "400", description = "A missing or invalid field")
    @ApiResponse(responseCode = "403", description = "An unknown api_key")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address")
    @ApiResponse(responseCode = "503", description = "The database cannot be reached: send it again after the seconds "
            + "in the Retry-After header (with the same partner_ticket_id, a request that did get filed is not filed twice)")
    @Post(value = "/requests.json", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA},
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> create(HttpServletRequest request, @Header("Accept-Language") @Nullable String language) {
        Locale locale = locale(language);
        String apiKey = request.getParameter("api_key");
        if (apiKey != null && !apiKey.isBlank()) {
            return file(request, locale);
        }
        // a place in the address's hourly allowance, given back unless a request was filed
        String key = "submit:" + ClientAddresses.bucket(addresses.of(request));
        RateLimiter.Decision decision = limiter.tryAcquire(key, settings.submissionsPerHour(), WINDOW);
        if (!decision.allowed()) {
            return tooMany(decision, messages.getTranslation("complaint.error.tooManySubmissions", locale,
                    settings.submissionsPerHour(), decision.retryAfterMinutes()));
        }
        HttpResponse<?> response = file(request, locale);
        if (response.getStatus() != HttpStatus.CREATED) {
            limiter.release(key);
        }
        return response;
    }

    private HttpResponse<?> file(HttpServletRequest request, Locale locale) {
        String ip = addresses.of(request);
        String apiKey = request.getParameter("api_key");
        String client = null;
        if (apiKey != null && !apiKey.isBlank()) {
            client = settings.apiKeys().get(apiKey);
            if (client == null) {
                return error(HttpStatus.FORBIDDEN, messages.getTranslation("open311.error.apiKey", locale));
            }
        }
        String ticketId = text(request.getParameter("partner_ticket_id"));
        if (!ticketId.isEmpty() && client == null) {
            return error(HttpStatus.BAD_REQUEST, messages.getTranslation("open311.error.partnerTicketWithoutKey", locale));
        }
        ComplaintType type;
        try {
            type = ComplaintType.valueOf(String.valueOf(request.getParameter("service_code")).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, messages.getTranslation("open311.error.serviceCode", locale));
        }
        String description = text(request.getParameter("description"));
        String subject = text(request.getParameter("attribute[subject]"));
        if (subject.isEmpty()) {
            subject = description.length() > 30 ? description.substring(0, 30) + "…" : description;
        }
        String name = (text(request.getParameter("last_name")) + text(request.getParameter("first_name"))).strip();
        Long areaId = null;
        String areaCode = text(request.getParameter("attribute[key_area]"));
        if (!areaCode.isEmpty()) {
            areaId = areas.byCode(areaCode).filter(KeyAreaRow::active).map(KeyAreaRow::id).orElse(null);
            if (areaId == null) {
                return error(HttpStatus.BAD_REQUEST, messages.getTranslation("open311.error.keyArea", locale, areaCode));
            }
        }
        Long departmentId = null;
        String departmentCode = text(request.getParameter("attribute[department]"));
        if (!departmentCode.isEmpty()) {
            departmentId = departments.byCode(departmentCode).filter(DepartmentRow::active).map(DepartmentRow::id).orElse(null);
            if (departmentId == null) {
                return error(HttpStatus.BAD_REQUEST, messages.getTranslation("open311.error.department", locale, departmentCode));
            }
        }
        Submission submission = new Submission(type, areaId, departmentId, subject, description, name,
                text(request.getParameter("phone")), text(request.getParameter("email")),
                "true".equalsIgnoreCase(text(request.getParameter("attribute[consent]"))), List.of());
        // the notices are written in the language the request was sent in, when it said one
        ComplaintIntake.Origin origin = new ComplaintIntake.Origin(Channel.API, ip, client, null,
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? null : locale);
        PartnerFiling.Filed filed;
        try {
            filed = ticketId.isEmpty() ? new PartnerFiling.Filed(intake.submit(submission, origin), false)
                    : partners.file(submission, origin, new PartnerTicket(client, ticketId, apiKey));
        } catch (DomainException e) {
            return error(HttpStatus.BAD_REQUEST, messages.getTranslation(e.messageKey(), locale, e.args()));
        }
        Receipt receipt = filed.receipt();
        List<Created> body = List.of(new Created(receipt.trackingCode(), receipt.queryCode(),
                messages.getTranslation("open311.notice", locale, receipt.acceptDue().toString()), null,
                endOfDay(receipt.acceptDue()), ticketId.isEmpty() ? null : ticketId));
        return filed.repeated() ? HttpResponse.ok(body) : HttpResponse.created(body);
    }

    @Operation(summary = "The status of a request", description = "No personal data and no content: the state, "
            + "the department handling it and the deadline running now.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "No such request")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    @Get(value = "/requests/{id}.json", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> status(@Parameter(description = "the tracking code") @PathVariable String id,
                                  @Parameter(description = "a partner's key: no limit per address")
                                  @QueryValue("api_key") @Nullable String apiKey,
                                  HttpServletRequest request, @Header("Accept-Language") @Nullable String language) {
        Locale locale = locale(language);
        if (apiKey == null || !settings.apiKeys().containsKey(apiKey)) {
            RateLimiter.Decision decision = limiter.tryAcquire("status:" + ClientAddresses.bucket(addresses.of(request)),
                    settings.statusRequestsPerHour(), WINDOW);
            if (!decision.allowed()) {
                return tooMany(decision, messages.getTranslation("open311.error.tooManyLookups", locale,
                        settings.statusRequestsPerHour(), decision.retryAfterMinutes()));
            }
        }
        Complaint c = complaints.byTrackingCode(id.strip()).orElse(null);
        if (c == null) {
            return error(HttpStatus.NOT_FOUND, messages.getTranslation("open311.error.notFound", locale, id));
        }
        LocalDate due = deadlines.currentDue(c);
        String agency = c.getDepartmentId() == null ? null
                : departments.row(c.getDepartmentId()).map(DepartmentRow::name).orElse(null);
        return HttpResponse.ok(List.of(new Status(c.getTrackingCode(), c.getState().open() ? "open" : "closed",
                messages.getTranslation("open311.status." + c.getState().name(), locale),
                messages.getTranslation("complaint.type." + c.getType().name(), locale), c.getType().name(), agency,
                iso(c.getSubmittedAt()), iso(c.getUpdatedAt()), due == null || c.getState() == ComplaintState.REPLIED ? null : endOfDay(due))));
    }

    private String iso(Instant instant) {
        return instant.atZone(clock.getZone()).format(ISO);
    }

    /** A deadline lasts until the end of its day. */
    private String endOfDay(LocalDate date) {
        return date.atTime(23, 59, 59).atZone(clock.getZone()).format(ISO);
    }

    /** 429 with the seconds to wait in {@code Retry-After}. */
    private static HttpResponse<List<Error>> tooMany(RateLimiter.Decision decision, String description) {
        return error(HttpStatus.TOO_MANY_REQUESTS, description)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
    }

    private static MutableHttpResponse<List<Error>> error(HttpStatus status, String description) {
        return HttpResponse.<List<Error>>status(status).body(List.of(new Error(status.getCode(), description)));
    }

    private static Locale locale(@Nullable String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.CHINESE;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
