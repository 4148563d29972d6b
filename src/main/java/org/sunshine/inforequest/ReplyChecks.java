package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;
import org.sunshine.base.text.TextRules;

/**
 * The rules of a reply, each refusal on its field: a result the organ may give (not 逾期未补正/未缴费, which are the
 * platform's, nor 其他, which a withdrawal gives); the legal basis; reasons for anything not disclosed in full; what is
 * withheld for 部分公开; the right organ for 非本机关; how the information is provided, or where it was published.
 */
final class ReplyChecks {

    private ReplyChecks() {
    }

    record Checked(ReplyResult result, String basis, @Nullable String reason, @Nullable String withheld,
                   @Nullable String otherOrgan, @Nullable String otherOrganContact, @Nullable String provision) {

        void applyTo(InfoRequest r) {
            r.setResult(result);
            r.setResultBasis(basis);
            r.setResultReason(reason);
            r.setWithheld(withheld);
            r.setOtherOrgan(otherOrgan);
            r.setOtherOrganContact(otherOrganContact);
            r.setProvision(provision);
        }
    }

    static Checked check(ReplyForm f) {
        ReplyResult result = f.result();
        if (result == null || !result.byReply()) {
            throw DomainException.on("result", "inforequest.error.result");
        }
        String basis = TextRules.line("basis", "inforequest.field.basis", f.basis(), 200);
        if (basis.isEmpty()) {
            throw DomainException.on("basis", "inforequest.error.basis");
        }
        String reason = TextRules.lines("reason", "inforequest.field.reason", f.reason(), RequestHandling.MAX_REASON);
        boolean full = result == ReplyResult.DISCLOSED || result == ReplyResult.ALREADY_PUBLIC;
        if (!full && reason.isEmpty()) {
            throw DomainException.on("reason", "inforequest.error.reason");
        }
        String withheld = TextRules.lines("withheld", "inforequest.field.withheld", f.withheld(),
                RequestHandling.MAX_REASON);
        if (result == ReplyResult.PARTIAL && withheld.isEmpty()) {
            throw DomainException.on("withheld", "inforequest.error.withheld");
        }
        String otherOrgan = TextRules.line("otherOrgan", "inforequest.field.otherOrgan", f.otherOrgan(), 200);
        String contact = TextRules.line("otherOrganContact", "inforequest.field.otherOrganContact",
                f.otherOrganContact(), 200);
        if (result == ReplyResult.NOT_THIS_ORGAN && otherOrgan.isEmpty()) {
            throw DomainException.on("otherOrgan", "inforequest.error.otherOrgan");
        }
        String provision = TextRules.lines("provision", "inforequest.field.provision", f.provision(), 1000);
        if ((result.provides() || result == ReplyResult.ALREADY_PUBLIC) && provision.isEmpty()) {
            throw DomainException.on("provision", result == ReplyResult.ALREADY_PUBLIC
                    ? "inforequest.error.publishedWhere" : "inforequest.error.provision");
        }
        return new Checked(result, basis, blank(reason), result == ReplyResult.PARTIAL ? withheld : blank(withheld),
                result == ReplyResult.NOT_THIS_ORGAN ? otherOrgan : blank(otherOrgan), blank(contact),
                blank(provision));
    }

    @Nullable
    private static String blank(String text) {
        return text.isEmpty() ? null : text;
    }
}
