package org.sunshine.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sunshine.base.i18n.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The public deadline calculator as JSON: when does a clock of N working days started on a date end? */
@Controller("/api/calendar")
@Tag(name = "calendar")
public class DeadlineController {

    static final int MAX_DAYS = 365;

    private final WorkingDayCalendar calendar;
    private final Messages messages;

    public DeadlineController(WorkingDayCalendar calendar, Messages messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** The answer: the due date, and the dates not counted on the way with the reason. */
    @Serdeable
    public record Answer(LocalDate from, int days, LocalDate due, List<SkippedDay> skipped,
                         List<Integer> unloadedYears, @Nullable String note) {
    }

    /** A date not counted: WEEKEND or HOLIDAY (with the holiday's name). */
    @Serdeable
    public record SkippedDay(LocalDate date, String reason, String name) {
    }

    /** What is wrong with the request, in the reader's language: {@code {"code": 400, "message": "…"}}. */
    @Serdeable
    public record Refusal(int code, String message) {

        Refusal(String message) {
            this(400, message);
        }
    }

    @Operation(summary = "Deadline of a clock of working days",
            description = "The end of the N-th working day strictly after the start date, on the Chinese calendar "
                    + "of public holidays and make-up workdays.")
    @ApiResponse(responseCode = "200", description = "The due date and the skipped dates")
    @ApiResponse(responseCode = "400", description = "A missing or invalid parameter")
    @Get(value = "/deadline", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> deadline(@Parameter(description = "start date, YYYY-MM-DD") @QueryValue @Nullable String from,
                                    @Parameter(description = "working days, 1 to 365") @QueryValue @Nullable String days,
                                    @Header("Accept-Language") @Nullable String language) {
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.CHINESE;
        LocalDate start;
        try {
            start = LocalDate.parse(from == null ? "" : from.strip());
        } catch (DateTimeParseException e) {
            return HttpResponse.badRequest(new Refusal(messages.getTranslation("calendar.api.badFrom", locale, echo(from))));
        }
        if (!WorkingDayCalendar.supports(start)) {
            return HttpResponse.badRequest(new Refusal(messages.getTranslation("calendar.api.fromRange", locale,
                    WorkingDayCalendar.FIRST_START.toString(), WorkingDayCalendar.LAST_START.toString())));
        }
        int count;
        try {
            count = Integer.parseInt(days == null ? "" : days.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > MAX_DAYS) {
            return HttpResponse.badRequest(new Refusal(messages.getTranslation("calendar.api.badDays", locale, MAX_DAYS)));
        }
        Deadline deadline = calendar.deadline(start, count);
        List<SkippedDay> skipped = deadline.skipped().stream()
                .map(s -> new SkippedDay(s.date(), s.kind().name(), s.name())).toList();
        String note = deadline.usesFallback()
                ? messages.getTranslation("calendar.notLoaded", locale, years(deadline, messages.getTranslation("common.listSeparator", locale))) : null;
        return HttpResponse.ok(new Answer(start, count, deadline.due(), skipped, List.copyOf(deadline.unloadedYears()), note));
    }

    /** The parameter as received, cut short: an answer does not repeat a whole hostile input. */
    private static String echo(@Nullable String value) {
        String text = value == null ? "" : value;
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    static String years(Deadline deadline, String separator) {
        return String.join(separator, deadline.unloadedYears().stream().map(String::valueOf).toList());
    }
}
