package org.sunshine.annualreport.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.annualreport.PublishedReports;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.RateLimiter;
import org.sunshine.base.files.DownloadHeaders;
import org.sunshine.base.i18n.Messages;
import org.sunshine.base.web.ApiError;
import org.sunshine.report.ReportFormat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Open data of the annual reports (政府信息公开工作年度报告) at stable addresses, published editions only:
 * <ul>
 * <li>{@code GET /api/open/v1/annual-reports}: the index, newest year first;</li>
 * <li>{@code GET /api/open/v1/annual-reports/{year}/{organ}.json}: a report's tables as labelled rows and cells,
 * its text, its edition, day of publication and files with their SHA-256;</li>
 * <li>{@code .csv}: the same cells one a line (UTF-8 with a byte-order mark);</li>
 * <li>{@code .pdf}, {@code .docx}: the files as frozen at publication;</li>
 * </ul>
 * each with {@code ?edition=N} for an earlier edition (the newest without). {@code organ} is {@code gov} for the city
 * government, else the department's code. An edition never changes, so an answer about one named edition may be kept
 * a day ({@code Cache-Control}); the newest and the index five minutes; every answer about an edition carries an
 * {@code ETag} (from its PDF's SHA-256) and {@code If-None-Match} gets 304. Requests are limited per client address
 * ({@code sunshine.open-data.requests-per-minute}).
 */
@Controller(AnnualReportsOpenData.BASE)
@Tag(name = "open-data")
public class AnnualReportsOpenData {

    static final String BASE = "/api/open/v1/annual-reports";
    static final MediaType CSV = new MediaType("text/csv; charset=utf-8");
    static final MediaType DOCX = MediaType.of(ReportFormat.DOCX.contentType());
    static final String NOT_FOUND = "annualreport.public.error.notFound";
    static final String INTEGRITY = "annualreport.public.error.integrity";
    private static final Logger LOG = LoggerFactory.getLogger(AnnualReportsOpenData.class);
    private static final String LATEST = "public, max-age=300";
    private static final String FROZEN = "public, max-age=86400";

    private final PublishedReports reports;
    private final OpenReportBodies bodies;
    private final RateLimiter limiter;
    private final ClientAddresses addresses;
    private final Messages messages;
    private final int perMinute;

    AnnualReportsOpenData(PublishedReports reports, OpenReportBodies bodies, RateLimiter limiter,
                          ClientAddresses addresses, Messages messages,
                          @Value("${sunshine.open-data.requests-per-minute:120}") int perMinute) {
        this.reports = reports;
        this.bodies = bodies;
        this.limiter = limiter;
        this.addresses = addresses;
        this.messages = messages;
        this.perMinute = perMinute;
    }

    @Operation(summary = "The published annual reports, newest year first: year, organ, edition, addresses")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> index(HttpServletRequest request, @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
        return limited(request, language, () -> HttpResponse.ok(bodies.index(reports.all()))
                .header(HttpHeaders.CACHE_CONTROL, LATEST));
    }

    @Operation(summary = "A published report's tables (labelled rows and cells), text, edition and files")
    @ApiResponse(responseCode = "404", description = "No published report (or no such edition) of that year and organ")
    @Get(value = "/{year}/{organ}.json", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> json(@PathVariable int year,
                                @Parameter(description = "gov, or the department's code") @PathVariable String organ,
                                @Parameter(description = "an earlier edition; the newest without") @QueryValue @Nullable Integer edition,
                                HttpServletRequest request, @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
        return limited(request, language, () -> {
            PublishedReports.Published p = published(year, organ, edition);
            return cached(request, p, edition, "json", () -> HttpResponse.ok(bodies.report(p)));
        });
    }

    @Operation(summary = "A published report's table cells as CSV, one a line: "
            + "year, organ_key, edition, table, row, row_label, column, column_label, value")
    @ApiResponse(responseCode = "404", description = "No published report (or no such edition) of that year and organ")
    @Get(value = "/{year}/{organ}.csv", produces = "text/csv")
    public HttpResponse<?> csv(@PathVariable int year, @PathVariable String organ, @QueryValue @Nullable Integer edition,
                               HttpServletRequest request, @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
        return limited(request, language, () -> {
            PublishedReports.Published p = published(year, organ, edition);
            return cached(request, p, edition, "csv", () -> HttpResponse.ok(bodies.csv(p)).contentType(CSV)
                    .header("Content-Disposition", DownloadHeaders.disposition("attachment",
                            "annual-report-" + year + "-" + p.organKey() + "-e" + p.shown().edition() + ".csv")));
        });
    }

    @Operation(summary = "A published report's PDF, as frozen at publication")
    @ApiResponse(responseCode = "404", description = "No published report (or no such edition) of that year and organ")
    @Get(value = "/{year}/{organ}.pdf", produces = "application/pdf")
    public HttpResponse<?> pdf(@PathVariable int year, @PathVariable String organ, @QueryValue @Nullable Integer edition,
                               HttpServletRequest request, @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
        return limited(request, language, () -> file(request, year, organ, edition, ReportFormat.PDF));
    }

    @Operation(summary = "A published report's DOCX, as frozen at publication")
    @ApiResponse(responseCode = "404", description = "No published report (or no such edition) of that year and organ")
    @Get(value = "/{year}/{organ}.docx", produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public HttpResponse<?> docx(@PathVariable int year, @PathVariable String organ, @QueryValue @Nullable Integer edition,
                                HttpServletRequest request, @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String language) {
        return limited(request, language, () -> file(request, year, organ, edition, ReportFormat.DOCX));
    }

    /**
     * Nothing published of that year and organ (or no such edition) is "not found", with the reason; a frozen file
     * that no longer matches its SHA-256 is a server error, logged, never served.
     */
    @Error(exception = DomainException.class)
    public HttpResponse<ApiError> refused(HttpRequest<?> request, DomainException e) {
        HttpStatus status = INTEGRITY.equals(e.messageKey()) ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.NOT_FOUND;
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            LOG.error("Open data: {} refused: {}", request.getPath(), e.getMessage());
        }
        Locale locale = locale(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
        return HttpResponse.<ApiError>status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(status.getCode(), messages.getTranslation(e.messageKey(), locale, e.args())));
    }

    private HttpResponse<?> file(HttpServletRequest request, int year, String organ, @Nullable Integer edition,
                                 ReportFormat format) {
        PublishedReports.Published p = published(year, organ, edition);
        return cached(request, p, edition, format.name().toLowerCase(Locale.ROOT), () -> {
            PublishedReports.File file = reports.file(year, organ, edition, format)
                    .orElseThrow(() -> new DomainException(NOT_FOUND, String.valueOf(year), organ));
            return HttpResponse.ok(file.content())
                    .contentType(format == ReportFormat.PDF ? MediaType.of("application/pdf") : DOCX)
                    .header("Content-Disposition", DownloadHeaders.disposition(
                            format == ReportFormat.PDF ? "inline" : "attachment", bodies.fileName(file.report(), format)));
        });
    }

    private PublishedReports.Published published(int year, String organ, @Nullable Integer edition) {
        return reports.find(year, organ, edition)
                .orElseThrow(() -> new DomainException(NOT_FOUND, String.valueOf(year), organ));
    }

    /**
     * The answer about an edition with its caching headers: a day for a named edition, five minutes for the newest;
     * 304 if the client holds it already.
     */
    private static HttpResponse<?> cached(HttpServletRequest request, PublishedReports.Published p,
                                          @Nullable Integer edition, String format,
                                          Supplier<MutableHttpResponse<?>> answer) {
        String etag = "\"" + p.shown().pdfSha256().substring(0, 20) + "-" + format + "\"";
        String cacheControl = edition == null ? LATEST : FROZEN;
        String held = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (held != null && List.of(held.split("\\s*,\\s*")).contains(etag)) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return answer.get().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /** The answer, or 429 with {@code Retry-After} when the address has asked too often this minute. */
    private HttpResponse<?> limited(HttpServletRequest request, @Nullable String language, Supplier<HttpResponse<?>> answer) {
        RateLimiter.Decision decision = limiter.tryAcquire("open-data:" + ClientAddresses.bucket(addresses.of(request)),
                perMinute, Duration.ofMinutes(1));
        if (!decision.allowed()) {
            return HttpResponse.<ApiError>status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()))
                    .body(new ApiError(429, messages.getTranslation("annualreport.public.error.tooMany", locale(language),
                            perMinute, decision.retryAfterSeconds())));
        }
        return answer.get();
    }

    private static Locale locale(@Nullable String language) {
        return language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH
                : Messages.CHINESE;
    }
}
