package org.sunshine.proactive;

import io.micronaut.context.ApplicationContext;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The demo city's people and departments as the records' tests use them, and a record's form to vary. */
final class RecordFixture {

    private final ApplicationContext context;

    RecordFixture(ApplicationContext context) {
        this.context = context;
    }

    SignedInUser user(String username) {
        var u = context.getBean(UserRepository.class).findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    long department(String code) {
        return context.getBean(DepartmentService.class).active().stream().filter(d -> d.code().equals(code))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    /** An active department other than 市民政局 (MZJ) and the government office, with its handler's login. */
    DepartmentRow otherDepartment() {
        return context.getBean(DepartmentService.class).active().stream()
                .filter(d -> !d.code().equals("MZJ") && !d.code().equals("SZFB")).findFirst().orElseThrow();
    }

    static String handlerOf(DepartmentRow d) {
        return "h." + d.code().toLowerCase();
    }

    /** A licensing decision of a department published on its website: a good form to change one thing of. */
    static Form licensing(long departmentId) {
        return new Form().department(departmentId);
    }

    /** A record's form, changed field by field. */
    static final class Form {
        Long departmentId;
        String title = "关于准予盘锦市兴隆台区阳光养老院设立许可的决定";
        String docNumber = "盘民许〔2026〕15号";
        RecordCategory category = RecordCategory.LICENSING;
        Long itemId;
        LocalDate formedOn = LocalDate.of(2026, 9, 28);
        LocalDate publishedOn = LocalDate.of(2026, 10, 9);
        Channel channel = Channel.WEBSITE;
        String channelNote = "";
        String url = "https://www.panjin.gov.cn/mzj/xzxk/15.html";
        LocalDate issuedOn;
        LocalDate repealedOn;
        BigDecimal feeAmount;

        Form department(Long id) { departmentId = id; return this; }
        Form title(String t) { title = t; return this; }
        Form docNumber(String d) { docNumber = d; return this; }
        Form category(RecordCategory c) { category = c; return this; }
        Form item(Long id) { itemId = id; return this; }
        Form formed(String d) { formedOn = d == null ? null : LocalDate.parse(d); return this; }
        Form published(String d) { publishedOn = d == null ? null : LocalDate.parse(d); return this; }
        Form channel(Channel c) { channel = c; return this; }
        Form note(String n) { channelNote = n; return this; }
        Form url(String u) { url = u; return this; }
        Form issued(String d) { issuedOn = d == null ? null : LocalDate.parse(d); return this; }
        Form repealed(String d) { repealedOn = d == null ? null : LocalDate.parse(d); return this; }
        Form fee(String amount) { feeAmount = amount == null ? null : new BigDecimal(amount); return this; }

        RecordForm form() {
            return new RecordForm(departmentId, title, docNumber, category, itemId, formedOn, publishedOn, channel,
                    channelNote, url, issuedOn, repealedOn, feeAmount);
        }
    }
}
