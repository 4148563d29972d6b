package org.sunshine.inforequest.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.DownloadHeaders;
import org.sunshine.base.files.StoredFile;
import org.sunshine.inforequest.PartnerRequests;
import org.sunshine.inforequest.RequestOrigin;

import java.util.Locale;

/**
 * The partner API of applications for government information: a provincial platform forwards applications and reads
 * the status and documents of its own. Every call needs a partner's {@code api_key}; reading the body, the answers and
 * the errors are {@link ApplicationMapper}, {@link StatusMapper} and {@link ApiAnswers}.
 */
@Controller(DisclosureApiController.BASE)
@Tag(name = "disclosure", description = "Applications for government information: a partner platform forwards applications for government information and reads their status")
public class DisclosureApiController {

    static final String BASE = "/api/disclosure/v1";

    private final PartnerRequests partners;
    private final PartnerKeys keys;
    private final ApplicationMapper mapper;
    private final StatusMapper statuses;
    private final ApiAnswers answers;
    private final ClientAddresses addresses;

    DisclosureApiController(PartnerRequests partners, PartnerKeys keys, ApplicationMapper mapper, StatusMapper statuses,
                            ApiAnswers answers, ClientAddresses addresses) {
        this.partners = partners;
        this.keys = keys;
        this.mapper = mapper;
        this.statuses = statuses;
        this.answers = answers;
        this.addresses = addresses;
    }

    @Operation(summary = "File an application",
            description = "A JSON application (Art. 29) with the partner's api_key and its own partner_ticket_id. "
                    + "Returns the application number and, once, its query code (the applicant's secret for the public "
                    + "tracking page). The same partner_ticket_id again (say, after an answer that was lost) returns the "
                    + "application filed first, with the same number and query code, and 200 instead of 201: a ticket is "
                    + "never filed twice, not even by two identical requests at once. The organ confirms it (the receipt "
                    + "date) within a working day.")
    @ApiResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(implementation = StatusJson.Filed.class)))
    @ApiResponse(responseCode = "200", description = "A repeat of a partner_ticket_id already filed: the application filed first",
            content = @Content(schema = @Schema(implementation = StatusJson.Filed.class)))
    @ApiResponse(responseCode = "400", description = "A missing or invalid field: code, message and field (snake_case)",
            content = @Content(schema = @Schema(implementation = ApiAnswers.Error.class)))
    @ApiResponse(responseCode = "401", description = "No api_key, or an unknown one")
    @ApiResponse(responseCode = "429", description = "Too many wrong keys from this address; see Retry-After")
    @ApiResponse(responseCode = "503", description = "The database cannot be reached: send it again, with the same partner_ticket_id, after Retry-After")
    @Post(value = "/applications", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> file(@Body ApplicationBody body,
                                @Parameter(description = "the partner's key (or api_key in the body)") @QueryValue("api_key") @Nullable String apiKey,
                                HttpServletRequest request, @Header("Accept-Language") @Nullable String language) {
        Locale locale = ApiAnswers.locale(language);
        String key = apiKey != null && !apiKey.isBlank() ? apiKey : body.apiKey();
        PartnerKeys.Caller caller = keys.identify(key, bucket(request));
        if (caller.client() == null) {
            return refuse(caller, locale);
        }
        PartnerRequests.Filed filed;
        try {
            String ticket = body.partnerTicketId() == null ? "" : body.partnerTicketId().strip();
            RequestOrigin.Partner partner = new RequestOrigin.Partner(caller.client(), ticket, key.strip());
            filed = partners.file(mapper.form(body), partner, addresses.of(request));
        } catch (DomainException e) {
            return answers.refused(e, locale);
        }
        String number = filed.receipt().requestNo();
        PartnerRequests.Status status = partners.status(caller.client(), number).orElseThrow();
        StatusJson.Filed json = statuses.filed(filed.receipt(), status.ticketId(), status.state(), locale);
        return filed.repeated() ? HttpResponse.ok(json) : HttpResponse.created(json);
    }

    @Operation(summary = "An application's status",
            description = "Only the partner's own applications. The state, the receipt date, the due dates, the pauses "
                    + "of the reply clock (consultations), the result (its row of table III of the annual report) and the documents sent. No "
                    + "personal data.")
    @ApiResponse(responseCode = "200", description = "Found", content = @Content(schema = @Schema(implementation = StatusJson.Status.class)))
    @ApiResponse(responseCode = "401", description = "No api_key, or an unknown one")
    @ApiResponse(responseCode = "404", description = "No such application of this partner")
    @ApiResponse(responseCode = "429", description = "Too many wrong keys from this address; see Retry-After")
    @Get(value = "/applications/{number}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> status(@Parameter(description = "the application number") @PathVariable String number,
                                  @Parameter(description = "the partner's key") @QueryValue("api_key") @Nullable String apiKey,
                                  HttpServletRequest request, @Header("Accept-Language") @Nullable String language) {
        Locale locale = ApiAnswers.locale(language);
        PartnerKeys.Caller caller = keys.identify(apiKey, bucket(request));
        if (caller.client() == null) {
            return refuse(caller, locale);
        }
        return partners.status(caller.client(), number).<HttpResponse<?>>map(s -> HttpResponse.ok(statuses.status(s, locale)))
                .orElseGet(() -> answers.error(HttpStatus.NOT_FOUND, locale, "inforequest.api.error.notFound"));
    }

    @Operation(summary = "A document of an application (PDF)",
            description = "As frozen when it was sent; its SHA-256 is in the status.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "401", description = "No api_key, or an unknown one")
    @ApiResponse(responseCode = "404", description = "No such document of this partner's application")
    @Get(value = "/applications/{number}/documents/{id}", produces = {"application/pdf", MediaType.APPLICATION_JSON})
    public HttpResponse<?> document(@PathVariable String number, @PathVariable long id,
                                    @Parameter(description = "the partner's key") @QueryValue("api_key") @Nullable String apiKey,
                                    HttpServletRequest request, @Header("Accept-Language") @Nullable String language) {
        Locale locale = ApiAnswers.locale(language);
        PartnerKeys.Caller caller = keys.identify(apiKey, bucket(request));
        if (caller.client() == null) {
            return refuse(caller, locale);
        }
        StoredFile file = partners.document(caller.client(), number, id).orElse(null);
        if (file == null) {
            return answers.error(HttpStatus.NOT_FOUND, locale, "inforequest.api.error.notFound");
        }
        return HttpResponse.ok(file.content()).contentType(MediaType.of("application/pdf"))
                .header("X-Content-Type-Options", DownloadHeaders.NOSNIFF)
                .header("Content-Disposition", DownloadHeaders.disposition("attachment", DownloadHeaders.name(file)));
    }

    private HttpResponse<?> refuse(PartnerKeys.Caller caller, Locale locale) {
        return caller.limited() != null ? answers.tooMany(caller.limited(), locale, keys.limit())
                : answers.error(HttpStatus.UNAUTHORIZED, locale, "inforequest.api.error.apiKey");
    }

    private String bucket(HttpServletRequest request) {
        return ClientAddresses.bucket(addresses.of(request));
    }
}
