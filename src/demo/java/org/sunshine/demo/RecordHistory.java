package org.sunshine.demo;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.Cadence;
import org.sunshine.proactive.Channel;
import org.sunshine.proactive.RecordCategory;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import static org.sunshine.demo.HistoryRandom.mix;

/**
 * The demo city's disclosure records (主动公开, issue 16), written by the bulk path like the other history: for every
 * department, what its duties make it publish — 行政许可 decisions by the approval office and the licensing departments,
 * 行政处罚 and 行政强制 by the enforcement departments, 行政事业性收费 by the departments that charge them, the city
 * government's 规章 and everyone's 行政规范性文件 (some in force from earlier years, some repealed), budgets, final
 * accounts and the rest — and, for each responsibility item, a record by each lead department in every window of the
 * item's cadence. About one record in twenty-five is published after its deadline. The windows a {@code missed}
 * predicate names are left without a record, so the monitor has overdue items to show.
 */
@Singleton
public class RecordHistory {

    private static final Logger LOG = LoggerFactory.getLogger(RecordHistory.class);

    /**
     * What to generate.
     *
     * @param scale  records per department and year are multiplied by this (1 = the demo city's volume)
     * @param missed which (department code, item seq_no, window start) get no record
     */
    public record Spec(LocalDate from, LocalDate to, double scale, long seed, Predicate<Miss> missed) {
    }

    /** A cadence window of an item for a lead department. */
    public record Miss(String departmentCode, int itemSeqNo, LocalDate windowStart) {
    }

    public record Summary(int records, int late, Duration took) {
    }

    private record Dept(long id, String code, String shortName) {
    }

    private record Lead(long itemId, int seqNo, String title, RecordCategory category, int clockDays,
                        Cadence cadence, long departmentId) {
    }

    /** A yearly volume of a category for the departments with these codes (null: every department). */
    private record Volume(RecordCategory category, int perYear, List<String> codes) {
    }

    private static final List<Volume> VOLUMES = List.of(
            new Volume(RecordCategory.LICENSING, 1600, List.of("SPB")),
            new Volume(RecordCategory.LICENSING, 160, List.of("ZJW", "JTJ", "WJW", "HBJ", "GTJ", "SCJ", "SLJ", "NW")),
            new Volume(RecordCategory.PENALTY, 420, List.of("SCJ")),
            new Volume(RecordCategory.PENALTY, 300, List.of("GAJ")),
            new Volume(RecordCategory.PENALTY, 90, List.of("HBJ", "AJJ", "JTJ", "WJW", "ZJW", "GTJ")),
            new Volume(RecordCategory.ENFORCEMENT, 24, List.of("SCJ", "HBJ", "GAJ", "AJJ")),
            new Volume(RecordCategory.FEE, 4, List.of("GTJ", "ZJW", "GAJ", "SCJ", "JTJ", "SPB")),
            new Volume(RecordCategory.RULE, 3, List.of("SZFB")),
            new Volume(RecordCategory.NORMATIVE, 12, List.of("SZFB")),
            new Volume(RecordCategory.NORMATIVE, 2, null),
            new Volume(RecordCategory.ORGANIZATION, 1, null),
            new Volume(RecordCategory.PLANS, 3, null),
            new Volume(RecordCategory.STATISTICS, 12, List.of("FGW", "GXW", "NW", "RSJ", "CZJ")),
            new Volume(RecordCategory.BUDGET, 2, null),
            new Volume(RecordCategory.PROCUREMENT, 6, null),
            new Volume(RecordCategory.PROJECTS, 10, List.of("FGW", "ZJW", "JTJ", "SLJ")),
            new Volume(RecordCategory.LIVELIHOOD, 8, List.of("MZJ", "JYJ", "WJW", "RSJ", "FPB", "CL")),
            new Volume(RecordCategory.EMERGENCY, 6, List.of("YJB", "AJJ", "QXJ", "DZJ", "SLJ")),
            new Volume(RecordCategory.INSPECTION, 10, List.of("HBJ", "WJW", "AJJ", "SCJ")),
            new Volume(RecordCategory.RECRUITMENT, 2, List.of("RSJ")),
            new Volume(RecordCategory.OTHER, 12, null));

    private static final String[] COMPANIES = {"盘锦辽河石化有限公司", "盘锦宏达建筑工程有限公司", "盘锦市兴隆台区鑫源超市",
        "盘锦海鲜大酒店有限公司", "辽宁双台子物流有限公司", "盘锦北方沥青股份有限公司", "盘锦红海滩旅游开发有限公司",
        "盘锦市大洼区康宁药店", "盘锦市新城家政服务有限公司", "盘锦润泽农业科技有限公司", "盘锦市双台子区惠民餐馆",
        "盘锦众诚汽车维修有限公司", "盘锦市盘山县绿源米业有限公司", "盘锦华信医疗器械有限公司"};
    private static final String[] MATTERS = {"建筑工程施工许可", "食品经营许可", "道路运输经营许可", "取水许可",
        "排污许可", "药品零售许可", "建设用地规划许可", "医疗机构执业许可", "公共场所卫生许可", "城市建筑垃圾处置核准"};
    private static final String[] PENALTIES = {"销售不符合食品安全标准的食品", "未按规定明码标价", "违法排放大气污染物",
        "未取得许可擅自从事经营活动", "超限超载运输", "未按规定开展安全生产教育培训", "违规占用道路", "发布虚假广告"};

    private final DataSource dataSource;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    RecordHistory(DataSource dataSource, WorkingDayCalendar calendar, java.time.Clock clock) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.zone = clock.getZone();
    }

    public Summary generate(Spec spec) {
        long started = System.nanoTime();
        int[] counts = new int[2];
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Bulk out = new Bulk(c, "disclosure_record", "department_id", "title", "doc_number", "category",
                    "item_id", "formed_on", "published_on", "clock_days", "due_on", "late", "channel", "channel_note",
                    "url", "issued_on", "repealed_on", "fee_amount", "created_at", "updated_at", "version")) {
                Writer w = new Writer(out, spec, counts);
                List<Dept> departments = departments(c);
                for (Dept d : departments) {
                    w.department(d);
                }
                for (Lead lead : leads(c)) {
                    Dept d = departments.stream().filter(x -> x.id() == lead.departmentId()).findFirst().orElseThrow();
                    w.item(d, lead);
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            c.commit();
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the disclosure records failed: " + e.getMessage(), e);
        }
        Summary summary = new Summary(counts[0], counts[1], Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Generated {} disclosure records from {} to {} ({} late) in {} ms", counts[0], spec.from(), spec.to(),
                counts[1], summary.took().toMillis());
        return summary;
    }

    private final class Writer {
        private final Bulk out;
        private final Spec spec;
        private final int[] counts;
        private int serial;

        Writer(Bulk out, Spec spec, int[] counts) {
            this.out = out;
            this.spec = spec;
            this.counts = counts;
        }

        void department(Dept d) throws SQLException {
            SplittableRandom r = new SplittableRandom(mix(spec.seed(), 16, d.id()));
            long days = ChronoUnit.DAYS.between(spec.from(), spec.to()) + 1;
            for (Volume v : VOLUMES) {
                if (v.codes() != null && !v.codes().contains(d.code())) {
                    continue;
                }
                int n = (int) Math.round(v.perYear() * spec.scale() * days / 365.0);
                for (int i = 0; i < n; i++) {
                    LocalDate formed = spec.from().plusDays(r.nextLong(days));
                    write(d, v.category(), null, formed, v.category().clockDays(), r);
                }
            }
            if (d.code().equals("SZFB")) {
                // rules and normative documents from earlier years: in force, some repealed in the years shown
                for (int i = 0; i < 24; i++) {
                    RecordCategory category = i % 4 == 0 ? RecordCategory.RULE : RecordCategory.NORMATIVE;
                    LocalDate formed = spec.from().minusYears(1 + r.nextInt(5)).withDayOfYear(1 + r.nextInt(360));
                    write(d, category, null, formed, category.clockDays(), r);
                }
            }
        }

        void item(Dept d, Lead lead) throws SQLException {
            SplittableRandom r = new SplittableRandom(mix(spec.seed(), 17, lead.itemId() * 1000 + d.id()));
            Cadence cadence = lead.cadence() == null || lead.cadence() == Cadence.ON_CHANGE ? Cadence.QUARTERLY
                    : lead.cadence();
            for (LocalDate start = cadence.windowStart(spec.from()); !start.isAfter(spec.to());
                 start = cadence.windowEnd(start).plusDays(1)) {
                LocalDate end = cadence.windowEnd(start);
                if (spec.missed().test(new Miss(d.code(), lead.seqNo(), start))) {
                    continue;
                }
                long span = ChronoUnit.DAYS.between(start, end.isAfter(spec.to()) ? spec.to() : end) + 1;
                if (end.isAfter(spec.to()) && r.nextInt(3) > 0) {
                    continue; // the current window: most not published yet
                }
                LocalDate formed = start.plusDays(r.nextLong(Math.max(1, span - 12)));
                RecordCategory category = itemCategory(lead);
                write(d, category, lead, formed, Math.min(category.clockDays(), lead.clockDays()), r);
            }
        }

        private void write(Dept d, RecordCategory category, Lead lead, LocalDate formed, int clockDays,
                           SplittableRandom r) throws SQLException {
            LocalDate due = calendar.plus(formed, clockDays);
            boolean late = r.nextInt(25) == 0;
            LocalDate published = late ? calendar.plus(due, 1 + r.nextInt(6))
                    : calendar.plus(formed, Math.max(1, r.nextInt(Math.max(1, clockDays - 1)) + 1));
            if (published.isAfter(spec.to())) {
                if (formed.isAfter(spec.to().minusDays(3))) {
                    return; // not published yet
                }
                published = spec.to();
            }
            late = published.isAfter(due);
            int year = formed.getYear();
            int n = ++serial;
            String title = title(d, category, lead, formed, r);
            String docNumber = docNumber(d, category, year, n, r);
            Channel channel = category == RecordCategory.RULE ? Channel.GAZETTE
                    : r.nextInt(10) == 0 ? Channel.NEW_MEDIA : Channel.WEBSITE;
            String url = "http://www.panjin.gov.cn/" + d.code().toLowerCase() + "/xxgk/" + year
                    + String.format("%02d", formed.getMonthValue()) + "/t" + published.toString().replace("-", "")
                    + "_" + (100000 + n) + ".html";
            LocalDate issued = category.hasValidity() ? formed : null;
            LocalDate repealed = null;
            if (category.hasValidity() && formed.isBefore(spec.from()) && r.nextInt(4) == 0) {
                repealed = spec.from().plusDays(r.nextLong(Math.max(1,
                        ChronoUnit.DAYS.between(spec.from(), spec.to()))));
            }
            BigDecimal fee = category == RecordCategory.FEE
                    ? BigDecimal.valueOf(20_000 + r.nextInt(1_800_000), 0).setScale(2, RoundingMode.UNNECESSARY)
                    : null;
            Instant at = published.atTime(9 + r.nextInt(8), r.nextInt(60)).atZone(zone).toInstant();
            out.add(d.id(), title, docNumber, category, lead == null ? null : lead.itemId(), formed, published,
                    clockDays, due, late, channel, "", url, issued, repealed, fee, at, at, 0);
            counts[0]++;
            if (late) {
                counts[1]++;
            }
        }
    }

    private static RecordCategory itemCategory(Lead lead) {
        return switch (lead.category()) {
            case LICENSING -> RecordCategory.LICENSING;
            case PENALTY -> RecordCategory.PENALTY;
            default -> switch (lead.seqNo()) {
                case 3, 4 -> RecordCategory.BUDGET;
                case 8 -> RecordCategory.PROJECTS;
                case 13, 14, 15 -> RecordCategory.INSPECTION;
                case 9, 10, 11, 12 -> RecordCategory.LIVELIHOOD;
                default -> RecordCategory.OTHER;
            };
        };
    }

    private static String title(Dept d, RecordCategory category, Lead lead, LocalDate formed, SplittableRandom r) {
        String company = COMPANIES[r.nextInt(COMPANIES.length)];
        String period = formed.getYear() + "年" + formed.getMonthValue() + "月";
        if (lead != null && category != RecordCategory.LICENSING && category != RecordCategory.PENALTY) {
            return d.shortName() + period + lead.title().replace("信息公开", "") + "情况";
        }
        return switch (category) {
            case LICENSING -> "关于准予" + company + MATTERS[r.nextInt(MATTERS.length)] + "的决定";
            case PENALTY -> company + PENALTIES[r.nextInt(PENALTIES.length)] + "行政处罚决定书";
            case ENFORCEMENT -> "对" + company + "查封扣押财物的决定";
            case FEE -> d.shortName() + formed.getYear() + "年第" + ((formed.getMonthValue() - 1) / 3 + 1)
                    + "季度行政事业性收费情况";
            case RULE -> "盘锦市" + pick(r, "城市供热管理办法", "物业管理办法", "养犬管理规定", "政府信息公开规定",
                    "城市绿化管理办法", "住宅专项维修资金管理办法");
            case NORMATIVE -> "关于印发" + d.shortName().replaceFirst("^市", "盘锦市")
                    + pick(r, "实施细则", "管理办法", "工作规程", "资金管理办法", "补贴发放办法") + "的通知";
            case ORGANIZATION -> d.shortName() + "机构职能及领导信息（" + formed.getYear() + "年更新）";
            case PLANS -> d.shortName() + formed.getYear() + "年工作要点";
            case STATISTICS -> d.shortName() + period + "统计数据";
            case PROCUREMENT -> d.shortName() + pick(r, "办公设备", "信息系统运维服务", "物业服务", "印刷服务") + "采购结果公告";
            case PROJECTS -> pick(r, "辽河大桥改造工程", "城市污水处理厂扩建工程", "中小学校舍改造项目", "双台子河堤防加固工程")
                    + "批准和实施情况";
            case LIVELIHOOD -> d.shortName() + period + pick(r, "惠民政策落实情况", "补贴发放情况", "就业服务信息");
            case EMERGENCY -> d.shortName() + pick(r, "突发事件应急预案", "预警信息发布", "汛期应对情况");
            case INSPECTION -> d.shortName() + period + pick(r, "监督检查结果", "抽查情况通报");
            case RECRUITMENT -> "盘锦市" + formed.getYear() + "年考试录用公务员职位表及录用结果";
            case BUDGET -> d.shortName() + formed.getYear() + "年" + pick(r, "部门预算", "部门决算");
            default -> d.shortName() + pick(r, "工作动态", "政策解读", "在线访谈实录") + "（" + formed + "）";
        };
    }

    private static String docNumber(Dept d, RecordCategory category, int year, int n, SplittableRandom r) {
        String abbreviation = d.shortName().replaceFirst("^市", "");
        abbreviation = "盘" + abbreviation.substring(0, Math.min(2, abbreviation.length()));
        return switch (category) {
            case LICENSING -> abbreviation + "许字〔" + year + "〕" + (n % 9000 + 1) + "号";
            case PENALTY -> abbreviation + "罚字〔" + year + "〕" + (n % 9000 + 1) + "号";
            case ENFORCEMENT -> abbreviation + "强字〔" + year + "〕" + (n % 900 + 1) + "号";
            case RULE -> "盘锦市人民政府令第" + (60 + n % 90) + "号";
            case NORMATIVE -> abbreviation + "发〔" + year + "〕" + (1 + r.nextInt(40)) + "号";
            default -> "";
        };
    }

    private static String pick(SplittableRandom r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static List<Dept> departments(Connection c) throws SQLException {
        List<Dept> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, code, short_name FROM department WHERE active ORDER BY sort_order, id")) {
            while (rs.next()) {
                out.add(new Dept(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    private static List<Lead> leads(Connection c) throws SQLException {
        List<Lead> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT i.id, i.seq_no, i.title, i.category, i.clock_days, i.cadence, d.department_id "
                        + "FROM responsibility_item i JOIN responsibility_department d ON d.item_id = i.id "
                        + "WHERE i.active AND d.duty = 'LEAD' ORDER BY i.seq_no, d.department_id")) {
            while (rs.next()) {
                String cadence = rs.getString(6);
                out.add(new Lead(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        RecordCategory.valueOf(categoryOf(rs.getString(4))), rs.getInt(5),
                        cadence == null ? null : Cadence.valueOf(cadence), rs.getLong(7)));
            }
        }
        return out;
    }

    /** The item's DisclosureCategory (GENERAL, LICENSING, PENALTY) as a record category for the clock. */
    private static String categoryOf(String itemCategory) {
        return switch (itemCategory) {
            case "LICENSING" -> "LICENSING";
            case "PENALTY" -> "PENALTY";
            default -> "OTHER";
        };
    }

}
