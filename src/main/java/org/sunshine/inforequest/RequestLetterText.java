package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.i18n.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the documents an organ sends (DISCLOSURE.md §1), in Chinese whatever the reader's language: they are
 * official documents, frozen when sent. Each kind is a title, the addressee (主送: the applicant, or the consulted
 * party), paragraphs from the bundle ({@code inforequest.letter.*}) filled with the application's facts, the organ's
 * contact from its 指南, and the organ as signature. A 答复告知书 says the decision in the wording of its result, the
 * legal basis, the reasons, what is withheld, how the information is provided, and always the remedies with their
 * bodies ({@link RemedySettings}).
 */
@Singleton
public class RequestLetterText {

    private static final Pattern ARTICLE = Pattern.compile("(\\d{1,2})(?:\\(([^()]{1,3})\\))?");

    private final Messages messages;
    private final Organs organs;
    private final RemedySettings remedies;
    private final RequestSettings settings;
    private final DisclosureGuideRepository guides;

    RequestLetterText(Messages messages, Organs organs, RemedySettings remedies, RequestSettings settings,
                      DisclosureGuideRepository guides) {
        this.messages = messages;
        this.organs = organs;
        this.remedies = remedies;
        this.settings = settings;
        this.guides = guides;
    }

    /**
     * A line of the body: a paragraph (first line two characters in), an item ("label：value", two
     * characters in, ragged right) or a heading (黑体, two characters in).
     */
    public record Line(String kind, String text) {

        static Line paragraph(String text) {
            return new Line("PARAGRAPH", text);
        }

        static Line item(String text) {
            return new Line("ITEM", text);
        }
    }

    /** A document's words: the organ (版头 and signature), its number, title, addressee, body and date. */
    public record Letter(String organ, String number, String title, String addressee, List<Line> body,
                         String date) {
    }

    public Letter letter(DocumentKind kind, InfoRequest r, @Nullable Consultation consultation, String number,
                         LocalDate date) {
        String organ = organs.of(r).name();
        Words w = new Words(r);
        List<Line> body = new ArrayList<>();
        String title = text("inforequest.letter.title." + kind.name());
        String addressee = r.getApplicantName();
        switch (kind) {
            case RECEIPT -> receipt(w, body);
            case CORRECTION_NOTICE -> correction(w, body);
            case CONSULTATION_LETTER -> {
                if (consultation == null) {
                    throw new IllegalArgumentException("A consultation letter needs its consultation");
                }
                title = text("inforequest.letter.title.consultation." + consultation.kind().name());
                addressee = consultation.party();
                consultation(w, consultation, body);
            }
            case EXTENSION_NOTICE -> extension(w, body);
            case FEE_NOTICE -> fee(w, body);
            case REPLY -> reply(w, body);
        }
        contact(r).ifPresent(c -> body.add(Line.paragraph(c)));
        return new Letter(organ, number, title, text("inforequest.letter.addressee", addressee), List.copyOf(body), format(date));
    }

    private void receipt(Words w, List<Line> body) {
        InfoRequest r = w.r;
        body.add(Line.paragraph(text("inforequest.letter.receipt.intro", w.you)));
        body.add(Line.item(text("inforequest.letter.receipt.number", r.getRequestNo())));
        body.add(Line.item(text("inforequest.letter.receipt.applicant", r.getApplicantName())));
        body.add(Line.item(text("inforequest.letter.receipt.channel",
                messages.chinese("inforequest.channel." + r.getChannel()), w.received)));
        body.add(Line.item(text("inforequest.letter.receipt.asked", w.asked)));
        body.add(Line.item(text("inforequest.letter.receipt.form",
                messages.chinese("inforequest.form." + r.getFormWanted()),
                messages.chinese("inforequest.delivery." + r.getDelivery()))));
        body.add(Line.item(text("inforequest.letter.receipt.due", format(r.getReplyDue()))));
        body.add(Line.paragraph(text("inforequest.letter.receipt.clock", w.law, String.valueOf(r.getBaseDays()))));
        body.add(Line.paragraph(text("inforequest.letter.receipt.track", w.you)));
    }

    private void correction(Words w, List<Line> body) {
        InfoRequest r = w.r;
        body.add(Line.paragraph(text("inforequest.letter.correction.intro", w.received, w.you, r.getRequestNo(), w.asked, w.law)));
        List<String> items = lines(r.getCorrectionItems());
        for (int i = 0; i < items.size(); i++) {
            body.add(Line.item(text("inforequest.letter.listItem", chineseNumber(i + 1), items.get(i))));
        }
        body.add(Line.paragraph(text("inforequest.letter.correction.due", w.you, format(r.getCorrectionDue()),
                String.valueOf(r.getBaseDays()))));
        body.add(Line.paragraph(text("inforequest.letter.correction.abandon", w.you)));
        body.add(new Line("HEADING", text("inforequest.letter.correction.how")));
        body.add(Line.paragraph(text("inforequest.letter.correction.online")));
        body.add(Line.paragraph(text("inforequest.letter.correction.paper", r.getRequestNo())));
    }

    private void consultation(Words w, Consultation c, List<Line> body) {
        InfoRequest r = w.r;
        String kind = c.kind().name();
        body.add(Line.paragraph(text("inforequest.letter.consultation.intro." + kind, w.received, r.getRequestNo(), w.asked, w.law)));
        body.add(Line.item(text("inforequest.letter.consultation.question", c.question())));
        body.add(Line.paragraph(text("inforequest.letter.consultation.due." + kind, String.valueOf(settings.consultationDays()),
                format(c.answerDue()), w.law)));
    }

    private void extension(Words w, List<Line> body) {
        InfoRequest r = w.r;
        ExtensionBasis basis = r.getExtensionBasis() == null ? ExtensionBasis.ART33 : r.getExtensionBasis();
        body.add(Line.paragraph(text("inforequest.letter.extension.intro", w.received, w.you, r.getRequestNo(), w.asked)));
        if (r.getExtensionReason() != null) {
            body.add(Line.item(text("inforequest.letter.extension.reason", r.getExtensionReason())));
        }
        body.add(Line.paragraph(text("inforequest.letter.extension." + basis.name(), w.you, w.law,
                String.valueOf(r.getExtensionDays()))));
        body.add(Line.paragraph(text("inforequest.letter.extension.due", format(r.getReplyDue()))));
    }

    private void fee(Words w, List<Line> body) {
        InfoRequest r = w.r;
        body.add(Line.paragraph(text("inforequest.letter.fee.intro", w.received, w.you, r.getRequestNo(), w.asked, w.law)));
        if (r.getFeeMode() != null) {
            body.add(Line.item(text("inforequest.letter.fee.mode", messages.chinese("inforequest.fee." + r.getFeeMode()))));
        }
        if (r.getFeeQuantity() != null) {
            body.add(Line.item(text("inforequest.letter.fee.quantity", String.valueOf(r.getFeeQuantity()))));
        }
        BigDecimal amount = r.getFeeAmount() == null ? BigDecimal.ZERO : r.getFeeAmount();
        body.add(Line.item(text("inforequest.letter.fee.amount", amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())));
        body.add(Line.paragraph(text("inforequest.letter.fee.due", w.you, format(r.getFeeDue()))));
        body.add(Line.paragraph(text("inforequest.letter.fee.pause")));
    }

    private void reply(Words w, List<Line> body) {
        InfoRequest r = w.r;
        ReplyResult result = r.getResult() == null ? ReplyResult.OTHER : r.getResult();
        body.add(Line.paragraph(text("inforequest.letter.reply.intro", w.received, w.you, r.getRequestNo(), w.asked)));
        body.add(Line.paragraph(text("inforequest.letter.reply.decision." + result.name(), w.you,
                basis(r.getResultBasis() == null ? text("inforequest.basis." + result.name()) : r.getResultBasis()))));
        if (result == ReplyResult.NOT_THIS_ORGAN && r.getOtherOrgan() != null) {
            body.add(Line.paragraph(r.getOtherOrganContact() == null ? text("inforequest.letter.reply.otherOrgan", r.getOtherOrgan())
                    : text("inforequest.letter.reply.otherOrganContact", r.getOtherOrgan(), r.getOtherOrganContact())));
        }
        if (r.getResultReason() != null) {
            body.add(Line.paragraph(text("inforequest.letter.reply.reason", r.getResultReason())));
        }
        if (result == ReplyResult.PARTIAL && r.getWithheld() != null) {
            body.add(Line.paragraph(text("inforequest.letter.reply.withheld", r.getWithheld())));
        }
        if (result.provides()) {
            body.add(Line.paragraph(text("inforequest.letter.reply.wanted", w.you,
                    messages.chinese("inforequest.form." + r.getFormWanted()),
                    messages.chinese("inforequest.delivery." + r.getDelivery()))));
            if (r.getProvision() != null) {
                body.add(Line.paragraph(text("inforequest.letter.reply.provision", r.getProvision())));
            }
        } else if (result == ReplyResult.ALREADY_PUBLIC && r.getProvision() != null) {
            body.add(Line.paragraph(text("inforequest.letter.reply.published", r.getProvision())));
        }
        body.add(Line.paragraph(text("inforequest.letter.reply.remedies", w.you, remedies.review(r), remedies.court(r))));
    }

    private java.util.Optional<String> contact(InfoRequest r) {
        return guides.findByDepartmentIdAndToGovernment(r.getDepartmentId(), r.isToGovernment())
                .filter(g -> !g.phone().isBlank() || !g.address().isBlank())
                .map(g -> text("inforequest.letter.contact", g.officeName(), g.address(), g.phone()));
    }

    /**
     * The legal basis as the sentence wants it: "36(二)" or "15, 32" become the Regulations' articles in words
     * (《中华人民共和国政府信息公开条例》第三十六条第（二）项); a basis that names no law is taken to be in the Regulations.
     */
    String basis(String basis) {
        String law = text("inforequest.letter.regulations");
        String b = basis == null ? "" : basis.strip();
        if (b.isEmpty()) {
            return law;
        }
        String[] parts = b.split("\\s*[,\\uff0c\\u3001]\\s*");
        List<String> articles = new ArrayList<>();
        for (String part : parts) {
            Matcher m = ARTICLE.matcher(part);
            if (!m.matches()) {
                return b.startsWith(text("inforequest.letter.articlePrefix")) ? law + b : b;
            }
            articles.add(text("inforequest.letter.article", chineseNumber(Integer.parseInt(m.group(1))))
                    + (m.group(2) == null ? "" : text("inforequest.letter.item", m.group(2))));
        }
        return law + String.join(text("inforequest.letter.and"), articles);
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 36 → 三十六 (up to 99; beyond, the digits). */
    String chineseNumber(int n) {
        String digits = text("inforequest.letter.digits");
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10));
        return tens + digits.charAt(10) + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    private static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String format(@Nullable LocalDate date) {
        if (date == null) {
            return "—";
        }
        return date.format(DateTimeFormatter.ofPattern(messages.chinese("date.pattern"), Messages.CHINESE));
    }

    private String text(String key, Object... params) {
        return messages.chinese(key, params);
    }

    /** The words most paragraphs share: you (你 / 你单位), the receipt date, what was asked, the Regulations. */
    private final class Words {
        final InfoRequest r;
        final String you;
        final String received;
        final String asked;
        final String law;

        Words(InfoRequest r) {
            this.r = r;
            this.you = text("inforequest.letter.you." + r.getApplicantKind().name());
            this.received = format(r.getReceivedOn() != null ? r.getReceivedOn() : r.getArrivedOn());
            this.asked = r.getDocNumber() == null || r.getDocNumber().isBlank() ? text("inforequest.letter.asked", r.getDescription())
                    : text("inforequest.letter.askedWithNumber", r.getDescription(), r.getDocNumber());
            this.law = text("inforequest.letter.regulations");
        }
    }
}
