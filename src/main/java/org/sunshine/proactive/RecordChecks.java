package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Text;
import org.sunshine.base.text.TextRules;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongPredicate;

/**
 * The rules of a record, every one of them at once: a form shows the first problem on its field, an import reports
 * them all by line and column. Pure: what it needs of the database (is this responsibility item active?) is passed
 * in. {@link #clean} is the form as it will be saved.
 */
final class RecordChecks {

    static final int MAX_TITLE = 300;
    static final int MAX_DOC_NUMBER = 100;
    static final int MAX_CHANNEL_NOTE = 60;
    static final int MAX_URL = 500;
    /** The most a fee record may state: 9,999,999,999.99 yuan (the column's DECIMAL(14,2)). */
    static final BigDecimal MAX_FEE = new BigDecimal("9999999999.99");
    /** Records older than this are refused as a typing mistake (the calendar is kept from here). */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final List<DomainException> problems = new ArrayList<>();
    private RecordForm clean;

    private RecordChecks() {
    }

    /** The problems of a form, in the order of its fields; empty when it may be saved as {@link #clean}. */
    static RecordChecks of(RecordForm f, LocalDate today, LongPredicate activeItem) {
        RecordChecks c = new RecordChecks();
        c.check(f, today, activeItem);
        return c;
    }

    List<DomainException> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** The form cleaned (text stripped and normalised); meaningful only when {@link #ok}. */
    RecordForm clean() {
        return clean;
    }

    /** Throws the first problem, or returns the cleaned form. */
    RecordForm orThrow() {
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return clean;
    }

    private void check(RecordForm f, LocalDate today, LongPredicate activeItem) {
        if (f.departmentId() == null) {
            problems.add(DomainException.on("departmentId", "proactive.error.department"));
        }
        String title = text(() -> TextRules.line("title", "proactive.field.title", f.title(), MAX_TITLE));
        if (title != null && title.isEmpty()) {
            problems.add(DomainException.on("title", "proactive.error.required", new Text("proactive.field.title")));
        }
        String docNumber = text(() -> TextRules.line("docNumber", "proactive.field.docNumber", f.docNumber(),
                MAX_DOC_NUMBER));
        RecordCategory category = f.category();
        if (category == null) {
            problems.add(DomainException.on("category", "proactive.error.required", new Text("proactive.field.category")));
        }
        if (f.itemId() != null && !activeItem.test(f.itemId())) {
            problems.add(DomainException.on("itemId", "proactive.error.item"));
        }
        checkDates(f, today);
        Channel channel = f.channel();
        if (channel == null) {
            problems.add(DomainException.on("channel", "proactive.error.required", new Text("proactive.field.channel")));
        }
        String note = text(() -> TextRules.line("channelNote", "proactive.field.channelNote", f.channelNote(),
                MAX_CHANNEL_NOTE));
        if (channel == Channel.OTHER && note != null && note.isEmpty()) {
            problems.add(DomainException.on("channelNote", "proactive.error.channelNote"));
        }
        String url = url(f.url(), channel);
        checkValidity(f, category);
        checkFee(f.feeAmount(), category);
        clean = new RecordForm(f.departmentId(), title, docNumber == null ? "" : docNumber, category, f.itemId(),
                f.formedOn(), f.publishedOn(), channel, channel == Channel.OTHER && note != null ? note : "",
                url == null ? "" : url, category != null && category.hasValidity() ? f.issuedOn() : null,
                category != null && category.hasValidity() ? f.repealedOn() : null,
                category == RecordCategory.FEE ? f.feeAmount() : null);
    }

    private void checkDates(RecordForm f, LocalDate today) {
        LocalDate formed = f.formedOn();
        LocalDate published = f.publishedOn();
        if (formed == null) {
            problems.add(DomainException.on("formedOn", "proactive.error.required", new Text("proactive.field.formedOn")));
        } else if (formed.isBefore(EARLIEST) || formed.isAfter(today)) {
            problems.add(DomainException.on("formedOn", "proactive.error.formedOn", EARLIEST, today));
        }
        if (published == null) {
            problems.add(DomainException.on("publishedOn", "proactive.error.required",
                    new Text("proactive.field.publishedOn")));
        } else if (published.isAfter(today)) {
            problems.add(DomainException.on("publishedOn", "proactive.error.publishedFuture", today));
        } else if (formed != null && published.isBefore(formed)) {
            problems.add(DomainException.on("publishedOn", "proactive.error.publishedBeforeFormed"));
        }
    }

    private void checkValidity(RecordForm f, @Nullable RecordCategory category) {
        if (category == null) {
            return;
        }
        if (!category.hasValidity()) {
            if (f.issuedOn() != null) {
                problems.add(DomainException.on("issuedOn", "proactive.error.validityOnly"));
            }
            if (f.repealedOn() != null) {
                problems.add(DomainException.on("repealedOn", "proactive.error.validityOnly"));
            }
            return;
        }
        if (f.issuedOn() == null) {
            problems.add(DomainException.on("issuedOn", "proactive.error.issuedOn"));
        } else if (f.issuedOn().isBefore(EARLIEST)) {
            problems.add(DomainException.on("issuedOn", "proactive.error.dateRange", EARLIEST));
        } else if (f.repealedOn() != null && f.repealedOn().isBefore(f.issuedOn())) {
            problems.add(DomainException.on("repealedOn", "proactive.error.repealedBeforeIssued"));
        }
    }

    private void checkFee(@Nullable BigDecimal amount, @Nullable RecordCategory category) {
        if (category == RecordCategory.FEE) {
            if (amount == null) {
                problems.add(DomainException.on("feeAmount", "proactive.error.feeAmount"));
            } else if (amount.signum() < 0 || amount.compareTo(MAX_FEE) > 0 || amount.stripTrailingZeros().scale() > 2) {
                problems.add(DomainException.on("feeAmount", "proactive.error.feeRange"));
            }
        } else if (amount != null && category != null) {
            problems.add(DomainException.on("feeAmount", "proactive.error.feeOnly"));
        }
    }

    /** The URL: http or https, absolute, with a host; required for the online channels. */
    @Nullable
    private String url(@Nullable String value, @Nullable Channel channel) {
        String url = text(() -> TextRules.line("url", "proactive.field.url", value, MAX_URL));
        if (url == null) {
            return null;
        }
        if (url.isEmpty()) {
            if (channel != null && channel.needsUrl()) {
                problems.add(DomainException.on("url", "proactive.error.urlRequired"));
            }
            return url;
        }
        if (!validUrl(url)) {
            problems.add(DomainException.on("url", "proactive.error.url"));
        }
        return url;
    }

    static boolean validUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    @Nullable
    private String text(java.util.function.Supplier<String> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            problems.add(e);
            return null;
        }
    }
}
