package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.DomainException;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.text.TextRules;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The organs' 政府信息公开指南 and their documents' abbreviation. An organ without a guide of its own yet has the
 * default abbreviation: the city's first character, the department's short name's first (盘民公开), or 政 for the
 * city government (盘政公开), and an empty guide the public page completes with general wording.
 *
 * <p>A handler edits the guide of their own organ; a handler of the government office (政府办公室) also that of the
 * city government, whose applications the office handles. The abbreviation ({@link #ABBREVIATION}) is 3 to 10
 * Chinese characters ending in 公开, as in 盘民公开〔2026〕第12号; changing it changes the next numbers, never the
 * counter (numbers stay gapless per organ and year).
 */
@Singleton
public class Guides {

    static final int MAX_TEXT = 4000;
    /** 公开, the abbreviation's last two characters. */
    private static final String PUBLIC = "\u516c\u5f00";
    /** 1 to 8 Chinese characters, then 公开: 3 to 10 in all. */
    public static final String ABBREVIATION = "\\p{IsHan}{1,8}" + PUBLIC;

    private final DisclosureGuideRepository guides;
    private final Organs organs;
    private final OfficeSettings office;
    private final AuditLog audit;

    Guides(DisclosureGuideRepository guides, Organs organs, OfficeSettings office, AuditLog audit) {
        this.guides = guides;
        this.organs = organs;
        this.office = office;
        this.audit = audit;
    }

    /**
     * An organ's guide as shown and edited; {@code version} is -1 while the organ has written none ({@code own}
     * false: the fields are the defaults).
     */
    public record Guide(String organKey, String organName, boolean own, String abbreviation, String officeName,
                        String address, String postalCode, String officeHours, String phone, String fax,
                        String email, @Nullable String howToApply, @Nullable String notes,
                        @Nullable Instant updatedAt, int version) {
    }

    /** What the organ's handler typed; {@code version} the one they opened. */
    public record GuideForm(String abbreviation, String officeName, String address, String postalCode,
                            String officeHours, String phone, String fax, String email, String howToApply,
                            String notes, int version) {
    }

    /** The short form in the numbers of the application's organ's documents. */
    @Transactional(readOnly = true)
    public String abbreviation(InfoRequest r) {
        return guides.findByDepartmentIdAndToGovernment(r.getDepartmentId(), r.isToGovernment())
                .map(DisclosureGuide::abbreviation).orElseGet(() -> defaultAbbreviation(organs.of(r)));
    }

    String defaultAbbreviation(Organs.Organ organ) {
        String city = office.city().isEmpty() ? "" : office.city().substring(0, 1);
        String own = organ.government() ? "\u653f" : organ.shortName().isEmpty() ? "" : organ.shortName().substring(0, 1);
        return city + own + PUBLIC;
    }

    /** The guide of an organ by its key ({@link Organs.Organ#key()}); the defaults if it has written none. */
    @Transactional(readOnly = true)
    public Guide guide(String organKey) {
        Organs.Organ organ = organs.byKey(organKey);
        return guides.findByDepartmentIdAndToGovernment(organ.departmentId(), organ.government())
                .map(g -> new Guide(organ.key(), organ.name(), true, g.abbreviation(), g.officeName(), g.address(),
                        g.postalCode(), g.officeHours(), g.phone(), g.fax(), g.email(), g.howToApply(), g.notes(),
                        g.updatedAt(), g.version()))
                .orElseGet(() -> new Guide(organ.key(), organ.name(), false, defaultAbbreviation(organ), organ.name(),
                        "", "", "", "", "", "", null, null, null, -1));
    }

    /** The organs whose guide the user may edit: a handler's own, and the city government's for its office. */
    public List<Organs.Organ> editable(SignedInUser user) {
        List<Organs.Organ> editable = new ArrayList<>();
        if (!user.is(Role.HANDLER) || user.departmentId() == null) {
            return editable;
        }
        organs.government().filter(g -> g.departmentId() == user.departmentId()).ifPresent(editable::add);
        organs.all().stream().filter(o -> !o.government() && o.departmentId() == user.departmentId())
                .forEach(editable::add);
        return editable;
    }

    /** Saves an organ's guide: checked field by field, refused if someone saved it since it was opened; audited. */
    @Transactional
    public Guide save(String organKey, GuideForm form, SignedInUser user, @Nullable String clientIp) {
        Organs.Organ organ = editable(user).stream().filter(o -> o.key().equals(organKey)).findFirst()
                .orElseThrow(() -> new DomainException("error.notAllowed"));
        String abbreviation = TextRules.line("abbreviation", "inforequest.guide.abbreviation", form.abbreviation(), 10);
        if (!abbreviation.matches(ABBREVIATION)) {
            throw DomainException.on("abbreviation", "inforequest.error.abbreviation");
        }
        String officeName = TextRules.line("officeName", "inforequest.guide.officeName", form.officeName(), 100);
        if (officeName.isEmpty()) {
            throw DomainException.on("officeName", "inforequest.error.officeName");
        }
        String address = TextRules.line("address", "inforequest.guide.address", form.address(), 200);
        String postalCode = TextRules.line("postalCode", "inforequest.guide.postalCode", form.postalCode(), 10);
        if (!postalCode.isEmpty() && !postalCode.matches("\\d{6}")) {
            throw DomainException.on("postalCode", "inforequest.error.postalCode");
        }
        String hours = TextRules.line("officeHours", "inforequest.guide.officeHours", form.officeHours(), 200);
        String phone = phone("phone", "inforequest.guide.phone", form.phone());
        String fax = phone("fax", "inforequest.guide.fax", form.fax());
        String email = TextRules.line("email", "inforequest.guide.email", form.email(), 100);
        if (!email.isEmpty() && !email.matches(RequestChecks.EMAIL_PATTERN)) {
            throw DomainException.on("email", "inforequest.error.email");
        }
        String how = TextRules.lines("howToApply", "inforequest.guide.howToApply", form.howToApply(), MAX_TEXT);
        String notes = TextRules.lines("notes", "inforequest.guide.notes", form.notes(), MAX_TEXT);

        var existing = guides.findByDepartmentIdAndToGovernment(organ.departmentId(), organ.government());
        int current = existing.map(DisclosureGuide::version).orElse(-1);
        if (current != form.version()) {
            throw new DomainException("inforequest.error.guideStale");
        }
        DisclosureGuide guide = new DisclosureGuide(existing.map(DisclosureGuide::id).orElse(null),
                organ.departmentId(), organ.government(), abbreviation, officeName, address, postalCode, hours, phone,
                fax, email, how.isEmpty() ? null : how, notes.isEmpty() ? null : notes, null, user.id(),
                existing.map(DisclosureGuide::version).orElse(0));
        try {
            if (existing.isPresent()) {
                guides.update(guide);
            } else {
                guides.save(guide);
            }
        } catch (OptimisticLockException e) {
            throw new DomainException("inforequest.error.guideStale");
        }
        audit.record(user, AuditAction.DISCLOSURE_GUIDE_UPDATED, "disclosure_guide", organ.key(),
                organ.name() + " " + abbreviation, clientIp);
        return guide(organ.key());
    }

    private static String phone(String field, String labelKey, String value) {
        String text = TextRules.line(field, labelKey, value, 30);
        if (!text.isEmpty() && !text.matches(RequestChecks.PHONE_PATTERN)) {
            throw DomainException.on(field, "inforequest.error.phone");
        }
        return text;
    }
}
