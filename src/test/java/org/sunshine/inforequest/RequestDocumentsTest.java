package org.sunshine.inforequest;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.MutableClock;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documents of real applications driven through the services, read back with PDFBox: each kind says what the law
 * wants it to say (the applicant, the dates, the reasons, the remedies and their bodies), the numbers run without gaps
 * per organ and year across applications, the Chinese fonts are embedded, and a tampered stored file is refused.
 * The PDFs are also written to {@code target/request-documents/} to look at. Each test is rolled back.
 */
@MicronautTest(startApplication = false)
class RequestDocumentsTest {

    private static final Pattern NUMBER = Pattern.compile("盘民公开〔2026〕第(\\d+)号");

    private final MutableClock clock = MutableClock.shanghai("2026-03-02T02:00:00Z"); // Monday 2 March, 10:00

    @Inject
    RequestIntake intake;
    @Inject
    RequestHandling handling;
    @Inject
    RequestPauses pauses;
    @Inject
    RequestTracking tracking;
    @Inject
    RequestDocuments documents;
    @Inject
    RequestDocumentRepository stored;
    @Inject
    RequestRepository requests;
    @Inject
    RequestLetters letters;
    @Inject
    RequestReceiptReport receiptReport;
    @Inject
    Organs organs;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    WorkingDayCalendar calendar;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @AfterEach
    void forgetRolledBackCalendarChanges() {
        calendar.reload();
    }

    @Test
    void anApplicationsDocumentsSayWhatTheLawWantsNumberedWithoutGaps() throws IOException {
        SignedInUser handler = staff("handler");
        RequestReceipt receipt = intake.file(form(department("MZJ"), "李小明",
                "2025年本市最低生活保障资金发放明细", "盘民发〔2025〕8号"), RequestOrigin.online("10.1.1.1"));
        assertThat(documents.of(receipt.id())).as("an online application waits for its confirmation").isEmpty();

        handling.register(receipt.id(), handler);
        String receiptText = text(last(receipt.id(), DocumentKind.RECEIPT));
        assertThat(receiptText).contains("盘锦市民政局", "政府信息公开申请收件回执", "李小明：", receipt.requestNo(),
                "收到申请日期：2026年3月2日", "2025年本市最低生活保障资金发放明细", "盘民发〔2025〕8号", "网上申请",
                "答复期限：2026年3月30日前", "20个工作日");

        handling.requestCorrection(receipt.id(), "请写明所需资金明细的具体月份\n请写明所涉及的街道或者社区", handler);
        InfoRequest afterCorrection = load(receipt.id());
        String correction = text(last(receipt.id(), DocumentKind.CORRECTION_NOTICE));
        assertThat(correction).contains("政府信息公开申请补正告知书", "李小明：", "第三十条",
                "（一）请写明所需资金明细的具体月份", "（二）请写明所涉及的街道或者社区",
                format(afterCorrection.getCorrectionDue()) + "前作出补正", "视为放弃申请", "重新计算",
                "申请编号和查询码");

        advanceTo("2026-03-05");
        tracking.correct(receipt.requestNo(), receipt.queryCode(), "2025年1月至12月兴隆台区最低生活保障资金发放明细",
                "盘民发〔2025〕8号", List.of());
        assertThat(load(receipt.id()).getReplyDue()).as("20 working days from the correction")
                .isEqualTo(LocalDate.of(2026, 4, 2));

        advanceTo("2026-03-06");
        long letterId = pauses.consult(receipt.id(), ConsultationKind.THIRD_PARTY, "盘锦康宁养老服务有限公司",
                "明细中含有贵公司收取的服务费金额，是否同意公开？", handler);
        String consultation = text(last(receipt.id(), DocumentKind.CONSULTATION_LETTER));
        assertThat(consultation).contains("政府信息公开第三方意见征询函", "盘锦康宁养老服务有限公司：", "第三十二条",
                "是否同意公开？", "15个工作日内（2026年3月27日前）", "由本机关依照");
        advanceTo("2026-03-10");
        pauses.answer(receipt.id(), letterId, LocalDate.of(2026, 3, 10), "同意公开", handler);

        makeHead(handler);
        pauses.requestExtension(receipt.id(), ExtensionBasis.ART33, 10, "需要调取 12 个月的发放档案逐笔核对。", handler);
        pauses.decideExtension(receipt.id(), true, "", handler);
        InfoRequest extended = load(receipt.id());
        String extension = text(last(receipt.id(), DocumentKind.EXTENSION_NOTICE));
        assertThat(extension).contains("政府信息公开申请延期答复告知书", "李小明：", "延期理由：需要调取 12 个月的发放档案逐笔核对。",
                "政府信息公开工作机构负责人同意", "第三十三条第二款", "延长10个工作日",
                "将于" + format(extended.getReplyDue()) + "前作出答复");

        advanceTo("2026-03-12");
        handling.reply(receipt.id(), new ReplyForm(ReplyResult.PARTIAL, "37", "明细中的身份证号码属于个人隐私。",
                "各户的身份证号码、银行账号：公开会损害第三方合法权益。", null, null,
                "电子文档已发送至申请人的电子邮箱。", List.of()), handler);
        String reply = text(last(receipt.id(), DocumentKind.REPLY));
        assertThat(reply).contains("政府信息公开申请答复告知书", "李小明：", "本机关决定部分公开",
                "能够作区分处理", "根据《中华人民共和国政府信息公开条例》第三十七条的规定",
                "理由：明细中的身份证号码属于个人隐私。", "不予公开的部分及理由：各户的身份证号码、银行账号",
                "以“电子邮件”形式、通过“电子邮件”方式", "提供方式：电子文档已发送至申请人的电子邮箱。",
                "自收到本告知书之日起60日内向盘锦市人民政府申请行政复议",
                "自收到本告知书之日起6个月内向盘锦市中级人民法院提起行政诉讼", "2026年3月12日");

        // a second application to the same organ, received in person: its 收件回执 at filing, numbers running on
        RequestReceipt second = intake.file(organization(department("MZJ")),
                RequestOrigin.staff(RequestChannel.IN_PERSON, handler, null));
        String secondReceipt = text(last(second.id(), DocumentKind.RECEIPT));
        assertThat(secondReceipt).contains("盘锦市兴业商贸有限公司：", "你单位", "当面提交", "收到申请日期：2026年3月12日");
        handling.reply(second.id(), new ReplyForm(ReplyResult.NOT_THIS_ORGAN, "36(五)", "不动产登记资料由登记机构保存。",
                null, "盘锦市自然资源局", "0427-2822000", null, List.of()), handler);
        assertThat(text(last(second.id(), DocumentKind.REPLY))).contains("不属于本机关负责公开",
                "《中华人民共和国政府信息公开条例》第三十六条第（五）项", "由盘锦市自然资源局负责公开",
                "0427-2822000", "60日内向盘锦市人民政府申请行政复议", "6个月内向盘锦市中级人民法院提起行政诉讼");

        List<RequestDocument.Info> all = new ArrayList<>(documents.of(receipt.id()));
        all.addAll(documents.of(second.id()));
        List<Integer> numbers = new ArrayList<>();
        for (RequestDocument.Info d : all) {
            String pdfText = text(d);
            Matcher m = NUMBER.matcher(pdfText);
            assertThat(m.find()).as(d.kind() + " prints its number").isTrue();
            assertThat(d.docNumber()).isEqualTo(m.group());
            numbers.add(Integer.parseInt(m.group(1)));
            assertThat(pdfText).as("signed by the organ").containsPattern("盘锦市民政局\\s*2026年3月\\d+日");
            assertFontsEmbedded(documents.file(d.requestId(), d.id()).content());
            save(d.kind() + (d.requestId() == second.id() ? "-second" : ""), documents.file(d.requestId(), d.id()).content());
        }
        assertThat(all).extracting(RequestDocument.Info::kind).containsExactly(DocumentKind.RECEIPT,
                DocumentKind.CORRECTION_NOTICE, DocumentKind.CONSULTATION_LETTER, DocumentKind.EXTENSION_NOTICE,
                DocumentKind.REPLY, DocumentKind.RECEIPT, DocumentKind.REPLY);
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("gapless across the organ's documents").isEqualTo(numbers.get(0) + i);
        }
    }

    @Test
    void theCityGovernmentsReplyNamesTheProvinceForReview() throws IOException {
        Organs.Organ government = organs.government().orElseThrow();
        // a handler of the office that handles the city government's applications (the demo's MZJ handler, moved)
        SignedInUser mzj = staff("handler");
        SignedInUser handler = new SignedInUser(mzj.id(), mzj.username(), mzj.displayName(), mzj.role(),
                government.departmentId());
        RequestReceipt receipt = intake.file(form(Organs.GOVERNMENT, "王芳", "2025年市政府常务会议纪要目录", null),
                RequestOrigin.staff(RequestChannel.POST, handler, LocalDate.of(2026, 2, 27)));
        assertThat(text(last(receipt.id(), DocumentKind.RECEIPT))).contains("盘锦市人民政府", "盘政公开〔2026〕第",
                "收到申请日期：2026年2月27日", "信函");
        handling.reply(receipt.id(), new ReplyForm(ReplyResult.ALREADY_PUBLIC, "36(一)", null, null, null, null,
                "盘锦市人民政府门户网站“政府信息公开—会议信息”栏目。", List.of()), handler);
        String reply = text(last(receipt.id(), DocumentKind.REPLY));
        assertThat(reply).contains("王芳：", "已经主动公开", "第三十六条第（一）项", "获取途径：盘锦市人民政府门户网站",
                "60日内向辽宁省人民政府申请行政复议", "6个月内向盘锦市中级人民法院提起行政诉讼");
        save("REPLY-government", documents.file(receipt.id(), last(receipt.id(), DocumentKind.REPLY).id()).content());
    }

    @Test
    void aFeeNoticeSaysTheAmountTheDeadlineAndWhatNonPaymentMeans() throws IOException {
        RequestReceipt receipt = intake.file(form(department("MZJ"), "赵强", "各区县养老机构名单", null),
                RequestOrigin.staff(RequestChannel.IN_PERSON, staff("handler"), null));
        InfoRequest r = load(receipt.id());
        r.setFeeMode(FeeMode.PER_QUANTITY);
        r.setFeeQuantity(40);
        r.setFeeAmount(new BigDecimal("100"));
        r.setFeeStart(LocalDate.of(2026, 3, 2));
        r.setFeeDue(LocalDate.of(2026, 3, 30));
        byte[] pdf = letters.render(DocumentKind.FEE_NOTICE, r, null, "盘民公开〔2026〕第99号", LocalDate.of(2026, 3, 2));
        String text = text(pdf);
        assertThat(text).contains("政府信息公开信息处理费收费通知书", "赵强：", "第四十二条", "国办函〔2020〕109号",
                "按量计收", "计费数量：40页", "应缴金额：人民币100.00元", "2026年3月30日前缴纳", "视为放弃申请",
                "不再处理");
        assertFontsEmbedded(pdf);
        save("FEE_NOTICE", pdf);
    }

    @Test
    void aTamperedStoredDocumentIsRefusedOnDownload() {
        RequestReceipt receipt = intake.file(form(department("MZJ"), "李小明", "本局2025年部门预算", null),
                RequestOrigin.staff(RequestChannel.FAX, staff("handler"), null));
        RequestDocument.Info info = last(receipt.id(), DocumentKind.RECEIPT);
        byte[] original = documents.file(receipt.id(), info.id()).content();
        RequestDocument d = stored.findById(info.id()).orElseThrow();
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 1;
        stored.update(new RequestDocument(d.id(), d.requestId(), d.kind(), d.docNumber(), d.counterKey(), d.yearNo(),
                d.seq(), d.issuedAt(), d.fileName(), d.sizeBytes(), d.sha256(), changed));
        assertThatThrownBy(() -> documents.file(receipt.id(), info.id())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("inforequest.error.integrity"));
        assertThatThrownBy(() -> documents.file(receipt.id() + 1_000_000, info.id()))
                .as("only through its own application").isInstanceOf(DomainException.class);
    }

    @Test
    void theFilingReceiptShowsTheNumberAndTheQueryCodeOnce() throws IOException {
        RequestReceipt receipt = intake.file(form(department("MZJ"), "李小明", "2025年本市临时救助资金使用情况", null),
                RequestOrigin.online("10.1.1.2"));
        byte[] pdf = receiptReport.pdf(receipt, Messages.CHINESE);
        assertThat(text(pdf)).contains("政府信息公开申请提交回执", receipt.requestNo(), receipt.queryCode(), "盘锦市民政局",
                "2025年本市临时救助资金使用情况", "确认登记期限", format(receipt.registerDue()), "查询码只显示这一次");
        assertFontsEmbedded(pdf);
        save("filing-receipt", pdf);
        String english = text(receiptReport.pdf(receipt, Messages.ENGLISH));
        assertThat(english).contains("Query code", receipt.queryCode(), "To be confirmed by");
        assertThat(receiptReport.fileName(receipt, Messages.CHINESE)).endsWith(receipt.requestNo() + ".pdf");
        assertThat(load(receipt.id()).getQueryCodeHash()).doesNotContain(receipt.queryCode());
    }

    @Test
    void aBasisInShortFormIsWrittenOutAsTheRegulationsArticles() {
        RequestLetterText words = new RequestLetterText(new Messages(), null, null, null, null);
        assertThat(words.basis("36(二)")).isEqualTo("《中华人民共和国政府信息公开条例》第三十六条第（二）项");
        assertThat(words.basis("15, 32")).isEqualTo("《中华人民共和国政府信息公开条例》第十五条、第三十二条");
        assertThat(words.basis("第十四条")).isEqualTo("《中华人民共和国政府信息公开条例》第十四条");
        assertThat(words.basis("《中华人民共和国保守国家秘密法》第二条")).isEqualTo("《中华人民共和国保守国家秘密法》第二条");
        assertThat(words.chineseNumber(10)).isEqualTo("十");
        assertThat(words.chineseNumber(42)).isEqualTo("四十二");
    }

    // --- helpers

    private RequestForm form(Object organ, String name, String description, String docNumber) {
        return new RequestForm(String.valueOf(organ), ApplicantKind.PERSON, name, IdType.RESIDENT_ID,
                IdentityNumbers.withResidentCheck("21110219850312001"), null, null, null, "13812345678", "lixm@example.cn",
                "盘锦市兴隆台区石油大街 88 号", "124010", description, docNumber, FormWanted.EMAIL, Delivery.EMAIL,
                List.of());
    }

    private RequestForm organization(long department) {
        return new RequestForm(String.valueOf(department), ApplicantKind.ORGANIZATION, "盘锦市兴业商贸有限公司", null,
                null, OrgType.BUSINESS, IdentityNumbers.withCreditCheck("91211100MA0Y8K3P2"), "周明", "0427-2811111", null,
                "盘锦市双台子区建设街 5 号", "124000", "兴隆台区惠宾街某地块的不动产登记资料", null, FormWanted.PAPER,
                Delivery.PICKUP, List.of());
    }



    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }

    private void makeHead(SignedInUser user) {
        var u = users.findById(user.id()).orElseThrow();
        u.setDisclosureHead(true);
        users.update(u);
    }

    private long department(String code) {
        return departments.search(new DepartmentFilter(code, null, true)).stream().filter(d -> d.code().equals(code))
                .mapToLong(DepartmentRow::id).findFirst().orElseThrow();
    }

    private InfoRequest load(long id) {
        return requests.findById(id).orElseThrow();
    }

    private RequestDocument.Info last(long requestId, DocumentKind kind) {
        List<RequestDocument.Info> of = documents.of(requestId).stream().filter(d -> d.kind() == kind).toList();
        assertThat(of).as(kind + " issued").isNotEmpty();
        return of.get(of.size() - 1);
    }

    private String text(RequestDocument.Info d) throws IOException {
        return text(documents.file(d.requestId(), d.id()).content());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the lines of a paragraph joined, so that a phrase split by a line break still reads whole
            return new PDFTextStripper().getText(document).replaceAll("\\r?\\n", "");
        }
    }

    private static void assertFontsEmbedded(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    private static String format(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private void advanceTo(String date) {
        LocalDate target = LocalDate.parse(date);
        while (LocalDate.now(clock).isBefore(target)) {
            clock.advance(Duration.ofDays(1));
        }
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "request-documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
    }
}
