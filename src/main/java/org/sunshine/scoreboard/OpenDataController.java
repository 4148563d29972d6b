package org.sunshine.scoreboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.DomainException;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.files.DownloadHeaders;
import org.sunshine.base.files.StoredFile;
import org.sunshine.base.i18n.Messages;
import org.sunshine.bulletin.Bulletin;
import org.sunshine.bulletin.BulletinQueries;

import java.util.List;
import java.util.Locale;

/**
 * Open data (公开数据): the public scoreboard's figures at stable addresses, as JSON and as CSV (UTF-8 with a byte-order
 * mark, so Excel reads the Chinese), with no personal data at all — departments, numbers, grades and the public
 * bulletins. The column names are stable English keys; grades are their codes (EXCELLENT, GOOD, PASS, FAIL).
 */
@Controller("/api/open-data")
@Tag(name = "open-data")
public class OpenDataController {

    static final MediaType CSV = new MediaType("text/csv; charset=utf-8");

    private static final Logger LOG = LoggerFactory.getLogger(OpenDataController.class);
    private static final String INTEGRITY = "bulletin.error.integrity";

    private final Scoreboard scoreboard;
    private final BulletinQueries bulletins;
    private final Messages messages;

    public OpenDataController(Scoreboard scoreboard, BulletinQueries bulletins, Messages messages) {
        this.scoreboard = scoreboard;
        this.bulletins = bulletins;
        this.messages = messages;
    }

    /** A public bulletin: the PDF is the file frozen at issue. */
    @Serdeable
    public record PublicBulletin(long id, String number, String title, String kind, String issueDate, boolean revoked,
                                 @Nullable String revokeReason, String pdf) {
    }

    @Operation(summary = "The periods whose results are locked, newest first")
    @Get(value = "/periods.json", produces = MediaType.APPLICATION_JSON)
    public List<Scoreboard.PublicPeriod> periods() {
        return scoreboard.periods();
    }

    @Operation(summary = "A locked period's ranking: rank, department, total, grade, veto")
    @Get(value = "/periods/{id}/ranking.json", produces = MediaType.APPLICATION_JSON)
    public List<Scoreboard.Place> ranking(long id) {
        return scoreboard.ranking(id);
    }

    @Operation(summary = "A locked period's ranking as CSV")
    @Get(value = "/periods/{id}/ranking.csv", produces = "text/csv")
    public HttpResponse<byte[]> rankingCsv(long id) {
        TableExport<Scoreboard.Place> table = new TableExport<>(List.of(
                new TableExport.Column<>("rank", Scoreboard.Place::rank),
                new TableExport.Column<>("department", Scoreboard.Place::department),
                new TableExport.Column<>("department_code", Scoreboard.Place::departmentCode),
                new TableExport.Column<>("total", Scoreboard.Place::total),
                new TableExport.Column<>("grade", Scoreboard.Place::grade),
                new TableExport.Column<>("vetoed", Scoreboard.Place::vetoed)));
        return csv(table.csv(scoreboard.ranking(id)));
    }

    @Operation(summary = "A locked period's complaint figures by department; a rate is empty below the minimum volume")
    @Get(value = "/periods/{id}/statistics.json", produces = MediaType.APPLICATION_JSON)
    public List<Scoreboard.Figures> statistics(long id) {
        return scoreboard.figures(id);
    }

    @Operation(summary = "A locked period's complaint figures by department as CSV")
    @Get(value = "/periods/{id}/statistics.csv", produces = "text/csv")
    public HttpResponse<byte[]> statisticsCsv(long id) {
        TableExport<Scoreboard.Figures> table = new TableExport<>(List.of(
                new TableExport.Column<>("department", Scoreboard.Figures::department),
                new TableExport.Column<>("department_code", Scoreboard.Figures::departmentCode),
                new TableExport.Column<>("received", Scoreboard.Figures::received),
                new TableExport.Column<>("due", Scoreboard.Figures::due),
                new TableExport.Column<>("on_time_rate", Scoreboard.Figures::onTimeRate),
                new TableExport.Column<>("rated", Scoreboard.Figures::rated),
                new TableExport.Column<>("satisfaction_rate", Scoreboard.Figures::satisfactionRate)));
        return csv(table.csv(scoreboard.figures(id)));
    }

    @Operation(summary = "The bulletins issued for publication, newest first")
    @Get(value = "/bulletins.json", produces = MediaType.APPLICATION_JSON)
    public List<PublicBulletin> bulletins() {
        return bulletins.published().stream().map(OpenDataController::publicBulletin).toList();
    }

    @Operation(summary = "A public bulletin's PDF, as frozen at issue")
    @Get(value = "/bulletins/{id}.pdf", produces = "application/pdf")
    public HttpResponse<byte[]> bulletinPdf(long id) {
        StoredFile file = bulletins.publicFile(id);
        return HttpResponse.ok(file.content()).contentType(MediaType.of("application/pdf"))
                .header("X-Content-Type-Options", DownloadHeaders.NOSNIFF)
                .header("Content-Disposition", DownloadHeaders.disposition("inline", DownloadHeaders.name(file)));
    }

    /** What went wrong, in the reader's language (Accept-Language: English if asked for, else Chinese). */
    @Serdeable
    public record Refusal(int code, String message) {
    }

    /**
     * A period not locked (or unknown) or a bulletin not public is "not found", with the reason; a frozen file that
     * no longer matches its SHA-256 is a server error, logged, never served.
     */
    @Error(exception = DomainException.class)
    public HttpResponse<Refusal> refused(HttpRequest<?> request, DomainException e) {
        HttpStatus status = INTEGRITY.equals(e.messageKey()) ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.NOT_FOUND;
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            LOG.error("Open data: {} refused: {}", request.getPath(), e.getMessage());
        }
        Locale locale = request.getHeaders().findFirst(HttpHeaders.ACCEPT_LANGUAGE)
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("en")).map(l -> Messages.ENGLISH).orElse(Messages.CHINESE);
        return HttpResponse.<Refusal>status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new Refusal(status.getCode(), messages.getTranslation(e.messageKey(), locale, e.args())));
    }

    static PublicBulletin publicBulletin(Bulletin b) {
        return new PublicBulletin(b.getId(), b.getDocNumber(), b.getTitle(), b.getKind().name(), String.valueOf(b.getIssueDate()),
                b.getRevokedAt() != null, b.getRevokeReason(), "/api/open-data/bulletins/" + b.getId() + ".pdf");
    }

    private static HttpResponse<byte[]> csv(byte[] content) {
        return HttpResponse.ok(content).contentType(CSV);
    }
}
