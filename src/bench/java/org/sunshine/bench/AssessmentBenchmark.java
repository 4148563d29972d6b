package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.sunshine.assessment.CategoryForm;
import org.sunshine.assessment.DepartmentScore;
import org.sunshine.assessment.Grade;
import org.sunshine.assessment.IndicatorForm;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.assessment.Metric;
import org.sunshine.assessment.MetricQueries;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodForm;
import org.sunshine.assessment.PeriodKind;
import org.sunshine.assessment.PeriodRepository;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.PeriodAssignments;
import org.sunshine.assessment.PeriodLocking;
import org.sunshine.assessment.PeriodPublication;
import org.sunshine.assessment.PeriodSetup;
import org.sunshine.assessment.ResultRevision;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.ScoreRepository;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.sunshine.bench.Timings.load;
import static org.sunshine.bench.Timings.max;
import static org.sunshine.bench.Timings.median;
import static org.sunshine.bench.Timings.times;

/**
 * How long scoring and ranking a whole period takes: 200 departments, an indicator system of 30 level-2 indicators
 * in 6 categories (21 MANUAL, 5 AUTO measured in the data, a counted and a scored DEDUCTION, a BONUS and a VETO),
 * 5 inspectors who all score every department (1,000 submitted sheets, 24,000 values), some spreads ruled on by the
 * lead inspector, and a quarter of complaint data for the measured indicators (50,000 complaints, 3,000 findings
 * with their rectification reports, reviews of about a tenth of the replies) on top of an earlier quarter's.
 * <p>
 * The data is written with multi-row JDBC inserts (the indicator system, the periods and the assignments through the
 * services); that is not timed. Then, after a warm-up, it times {@link PeriodResults#live} (everything: the tree, the
 * sheets, the rulings, the metric queries, scoring and ranking) over {@code bench.runs} runs (target: under 1 s),
 * {@link PeriodLocking#lock} once (the snapshot write, after a lock of the earlier quarter as a warm-up), and
 * {@link PeriodResults#locked} reading the locked revision back, which must give the same totals and ranks.
 * <p>
 * Uses {@code DATASOURCES_DEFAULT_URL} if set (give it an EMPTY database of its own), else an embedded MariaDB.
 * Run: {@code mvn -Pbench test-compile exec:exec@assessment} (docs/performance.md has the figures).
 */
public final class AssessmentBenchmark {

    static final int DEPARTMENTS = Integer.getInteger("bench.departments", 200);
    static final int INSPECTORS = 5;
    static final int SUPERVISORS = 20;
    static final int COMPLAINTS = Integer.getInteger("bench.complaints", 50_000);
    static final int FINDINGS = Integer.getInteger("bench.findings", 3_000);
    static final int RUNS = Integer.getInteger("bench.runs", 10);
    static final String CONTENT = "本社区今年的低保对象名单没有按规定在公示栏和政府网站公示，申请低保的程序、标准和结果也没有公开。"
            + "请督促民政部门依法公开低保对象名单、救助标准和资金发放情况。";
    static final String REPLY = "经核查，低保对象名单已于本月在社区公示栏和区政府网站公示，救助标准和资金发放情况同步公开。";

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final ZoneId zone;
    private final LocalDate today;
    private final Instant now;
    private final Random random = new Random(20261201L);

    private final List<Long> departments = new ArrayList<>();
    private final double[] quality;
    private final double[] cumulativeLoad;
    private final List<Long> inspectors = new ArrayList<>();
    private final List<Long> supervisors = new ArrayList<>();
    /** The level-2 indicators, in the order of the system. */
    private final List<Spec> indicators = new ArrayList<>();
    private int trackingNo;

    private AssessmentBenchmark(ApplicationContext context) {
        this.context = context;
        // the pool itself, not the bean that joins the caller's transaction
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        Clock clock = context.getBean(Clock.class);
        this.zone = clock.getZone();
        this.today = LocalDate.now(clock);
        this.now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        this.quality = new double[DEPARTMENTS];
        this.cumulativeLoad = new double[DEPARTMENTS];
    }

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    static void run() throws Exception {
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("bench")
                .properties(Map.of(
                        "micronaut.server.port", -1,
                        "sunshine.demo-data", false,
                        "sunshine.embedded-db.temporary", true,
                        // nothing may change the data behind the benchmark's back
                        "sunshine.complaints.auto-close", false))
                .start()) {
            new AssessmentBenchmark(context).measure();
        }
    }

    private void measure() throws Exception {
        System.out.println("Database: " + IntakeBenchmark.describe(dataSource));
        System.out.println("Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB" + load());
        requireEmpty();

        // the last complete quarter is measured; the one before is data too, and the warm-up of the lock
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        int year = quarter == 1 ? today.getYear() - 1 : today.getYear();
        int measured = quarter == 1 ? 4 : quarter - 1;
        int earlierYear = measured == 1 ? year - 1 : year;
        int earlier = measured == 1 ? 4 : measured - 1;

        long setup = System.nanoTime();
        directory();
        long systemId = indicatorSystem();
        SignedInUser lead = new SignedInUser(inspectors.get(0), "bench.insp1", "督查一", Role.INSPECTOR, null);
        long warmId = period(lead, systemId, earlierYear, earlier);
        long periodId = period(lead, systemId, year, measured);
        PeriodPublication publication = context.getBean(PeriodPublication.class);
        PeriodLocking locking = context.getBean(PeriodLocking.class);
        activity(PeriodKind.QUARTER.start(earlierYear, earlier), PeriodKind.QUARTER.end(earlierYear, earlier),
                COMPLAINTS / 2, FINDINGS / 2);
        Counts counts = activity(PeriodKind.QUARTER.start(year, measured), PeriodKind.QUARTER.end(year, measured),
                COMPLAINTS, FINDINGS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("complaint", "finding", "rectification_report", "review_task", "score_sheet",
                    "score")) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
        System.out.printf(Locale.ROOT, "Setup: %d departments, %d indicators (%s), %d inspectors each scoring every "
                        + "department, %d submitted sheets, %d values, %d rulings; in the quarter measured (%s – %s): "
                        + "%d complaints, %d findings, %d rectification reports, %d reviews; half as much in the "
                        + "quarter before (%.1f s, not timed)%n",
                DEPARTMENTS, indicators.size(), kinds(), INSPECTORS, counts.sheets, counts.values, counts.rulings,
                PeriodKind.QUARTER.start(year, measured), PeriodKind.QUARTER.end(year, measured), counts.complaints,
                counts.findings, counts.reports, counts.reviews, (System.nanoTime() - setup) / 1e9);

        PeriodRepository periodRows = context.getBean(PeriodRepository.class);
        PeriodResults results = context.getBean(PeriodResults.class);
        MetricQueries metrics = context.getBean(MetricQueries.class);
        ScoreRepository scores = context.getBean(ScoreRepository.class);
        Period period = periodRows.findById(periodId).orElseThrow();
        Period warm = periodRows.findById(warmId).orElseThrow();

        // warm-up: JIT, connection pool, statement caches, InnoDB buffer pool
        for (int i = 0; i < Math.max(5, RUNS / 2); i++) {
            results.live(warm);
            results.live(period);
        }
        ResultTable live = results.live(period);
        summary(live);

        long[] liveTimes = times(RUNS, () -> results.live(period));
        long[] metricTimes = times(RUNS, () -> metrics.measure(period.getStartsOn(), period.getEndsOn(),
                period.rules().basicWeight()));
        long[] sheetTimes = times(RUNS, () -> scores.findSubmitted(periodId));
        double median = median(liveTimes);
        double max = max(liveTimes);
        System.out.printf(Locale.ROOT, "score+rank %d depts x %d indicators x %d inspectors: median %.0f ms, "
                        + "max %.0f ms (target < 1000 ms: %s)%n", DEPARTMENTS, indicators.size(), INSPECTORS,
                median, max, max < 1000 ? "met" : median < 1000 ? "met at the median, NOT at the max" : "NOT met");
        System.out.printf(Locale.ROOT, "  of which the metric queries (MetricQueries.measure): median %.0f ms, "
                + "max %.0f ms%n", median(metricTimes), max(metricTimes));
        System.out.printf(Locale.ROOT, "  of which reading the submitted values (ScoreRepository.findSubmitted, "
                + "%d rows): median %.0f ms, max %.0f ms%n", counts.values, median(sheetTimes),
                max(sheetTimes));

        // publish (checks there is nothing open), every department accepts, lock
        publication.publish(warmId, lead);
        publication.publish(periodId, lead);
        acceptAll(warmId);
        acceptAll(periodId);
        long start = System.nanoTime();
        locking.lock(warmId, lead);
        double warmLock = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        locking.lock(periodId, lead);
        double lock = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "PeriodLocking.lock (computes the results, checks, writes %d results, %d "
                + "categories, %d lines): %.0f ms (the lock of the quarter before, as a warm-up: %.0f ms)%n",
                live.rows().size(), live.rows().size() * live.tree().categories().size(),
                live.rows().size() * indicators.size(), lock, warmLock);

        // the write alone, apart from the checks and the two computations: more revisions that the period never uses
        int[] spare = {90};
        long[] writeTimes = times(3, () -> {
            results.write(new ResultRevision(null, periodId, spare[0]++, "benchmark", null, null, null, null,
                    "benchmark", now), live);
            return null;
        });
        System.out.printf(Locale.ROOT, "  of which the snapshot write (PeriodResults.write, %d rows, one transaction; "
                        + "measured apart): median %.0f ms, max %.0f ms%n",
                live.rows().size() * (1 + live.tree().categories().size() + indicators.size()), median(writeTimes),
                max(writeTimes));

        Period locked = periodRows.findById(periodId).orElseThrow();
        Period warmLocked = periodRows.findById(warmId).orElseThrow();
        for (int i = 0; i < Math.max(5, RUNS / 2); i++) {
            results.locked(warmLocked, 1);
        }
        long[] lockedTimes = times(RUNS, () -> results.locked(locked, 1));
        System.out.printf(Locale.ROOT, "PeriodResults.locked(period, 1) (reading the locked revision): median %.0f ms, "
                + "max %.0f ms%n", median(lockedTimes), max(lockedTimes));
        same(live, results.locked(locked, 1));
        BulletinBenchmark.measure(context, periodId, lead, RUNS);
        System.out.println("At the end" + load());
    }


    // --- the data ---------------------------------------------------------------------------------------------------

    private void requireEmpty() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM department) + (SELECT COUNT(*) FROM complaint) "
                     + "+ (SELECT COUNT(*) FROM assessment_period)")) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IllegalStateException("The database is not empty: give the benchmark one of its own");
            }
        }
    }

    /** Departments, inspectors, supervisors (with their accounts). */
    private void directory() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Bulk d = new Bulk(c, "department", "code", "name", "short_name", "type", "sort_order", "active",
                    "created_at", "updated_at")) {
                for (int i = 1; i <= DEPARTMENTS; i++) {
                    d.add(String.format(Locale.ROOT, "D%03d", i), String.format(Locale.ROOT, "基准测试部门%03d", i),
                            String.format(Locale.ROOT, "部门%03d", i), "GOVERNMENT_DEPARTMENT", i, true, now, now);
                }
            }
            try (Bulk u = new Bulk(c, "app_user", "username", "display_name", "role", "password_hash", "enabled",
                    "password_changed_at", "created_at", "updated_at")) {
                String[] numbers = {"一", "二", "三", "四", "五"};
                for (int i = 1; i <= INSPECTORS; i++) {
                    u.add("bench.insp" + i, "督查" + numbers[i - 1], "INSPECTOR", "-", true, now, now, now);
                }
                for (int i = 1; i <= SUPERVISORS; i++) {
                    u.add("bench.sup" + i, "监督员" + i, "SUPERVISOR", "-", true, now, now, now);
                }
            }
            ids(c, "SELECT id FROM department ORDER BY code", departments);
            ids(c, "SELECT id FROM app_user WHERE role = 'INSPECTOR' ORDER BY username", inspectors);
            inspectors.sort(null);
            List<Long> users = new ArrayList<>();
            ids(c, "SELECT id FROM app_user WHERE role = 'SUPERVISOR' ORDER BY id", users);
            String[] backgrounds = {"NPC_DEPUTY", "CPPCC_MEMBER", "EXPERT", "MEDIA", "CITIZEN"};
            try (Bulk s = new Bulk(c, "supervisor", "user_id", "name", "background", "term_start", "term_end",
                    "created_at", "updated_at")) {
                for (int i = 0; i < users.size(); i++) {
                    s.add(users.get(i), "监督员" + (i + 1), backgrounds[i % backgrounds.length],
                            today.minusYears(2).withDayOfYear(1), today.plusYears(3), now, now);
                }
            }
            ids(c, "SELECT id FROM supervisor ORDER BY id", supervisors);
            c.commit();
        }
        // how good each department is, and how much of the city's complaints it gets (a long tail)
        double sum = 0;
        for (int i = 0; i < DEPARTMENTS; i++) {
            quality[i] = 0.55 + 0.45 * random.nextDouble();
            sum += 1.0 / (i + 10);
            cumulativeLoad[i] = sum;
        }
        for (int i = 0; i < DEPARTMENTS; i++) {
            cumulativeLoad[i] /= sum;
        }
    }

    /** The indicator system, written and published through the editor's service. */
    private long indicatorSystem() {
        IndicatorSystemService systems = context.getBean(IndicatorSystemService.class);
        SignedInUser admin = SignedInUser.SYSTEM;
        long id = systems.create("基准测试考核体系", "30项二级指标", admin);
        Object[][] categories = {
                {"政务公开", 20, new Object[][]{m("主动公开目录"), m("政策文件公开"), m("财政预决算公开"), m("重大项目公开"), m("公开平台建设")}},
                {"依申请公开", 20, new Object[][]{m("受理登记"), m("答复规范"), m("答复质量"),
                        {"按期办理率", IndicatorKind.AUTO, "10", null, Metric.ON_TIME_HANDLING},
                        {"逾期未办结", IndicatorKind.DEDUCTION, "5", "0.5", Metric.OVERDUE_COMPLAINTS}}},
                {"群众诉求办理", 15, new Object[][]{m("办理流程"), m("回复质量"), m("回访整改"),
                        {"群众满意率", IndicatorKind.AUTO, "10", null, Metric.SATISFACTION},
                        {"重办率", IndicatorKind.AUTO, "5", null, Metric.REOPEN}}},
                {"监督整改", 15, new Object[][]{m("整改方案"), m("整改成效"), m("举一反三"),
                        {"整改按期完成率", IndicatorKind.AUTO, "10", null, Metric.ON_TIME_RECTIFICATION},
                        {"公开不及时", IndicatorKind.DEDUCTION, "5", "1", null}}},
                {"社会评价", 15, new Object[][]{m("媒体评价"), m("代表委员意见"), m("公众参与"),
                        {"社会监督员评议", IndicatorKind.AUTO, "10", null, Metric.REVIEW_AVERAGE},
                        {"创新做法", IndicatorKind.BONUS, "2", "1", null}}},
                {"基础工作", 15, new Object[][]{m("组织领导"), m("制度建设"), m("培训宣传"), m("档案管理"),
                        {"严重违规", IndicatorKind.VETO, null, null, null}}},
        };
        for (Object[] category : categories) {
            long categoryId = systems.saveCategory(id, new CategoryForm(null, (String) category[0],
                    BigDecimal.valueOf((Integer) category[1])), admin);
            for (Object[] i : (Object[][]) category[2]) {
                IndicatorKind kind = (IndicatorKind) i[1];
                BigDecimal max = i[2] == null ? null : new BigDecimal((String) i[2]);
                BigDecimal per = i[3] == null ? null : new BigDecimal((String) i[3]);
                Metric metric = (Metric) i[4];
                long indicatorId = systems.saveIndicator(id, new IndicatorForm(null, categoryId, (String) i[0], kind,
                        max, per, metric, "按评分细则逐项核查"), admin);
                indicators.add(new Spec(indicatorId, kind, max == null ? 0 : max.doubleValue(), metric));
            }
        }
        systems.publish(id, admin);
        return id;
    }

    private static Object[] m(String name) {
        return new Object[]{name, IndicatorKind.MANUAL, "10", null, null};
    }

    /** A period through the service, every inspector assigned to every department, every sheet submitted. */
    private long period(SignedInUser lead, long systemId, int year, int quarter) throws Exception {
        long periodId = context.getBean(PeriodSetup.class).create(new PeriodForm(null, PeriodKind.QUARTER, year, quarter, systemId, lead.id(),
                new LinkedHashSet<>(departments), null), lead);
        context.getBean(PeriodAssignments.class).assignAll(periodId, new LinkedHashSet<>(inspectors), lead);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Instant submitted = PeriodKind.QUARTER.end(year, quarter).plusDays(3).atTime(LocalTime.of(16, 0))
                    .atZone(zone).toInstant();
            try (Bulk s = new Bulk(c, "score_sheet", "period_id", "department_id", "inspector_id", "submitted_at",
                    "updated_at")) {
                for (long d : departments) {
                    for (long i : inspectors) {
                        s.add(periodId, d, i, submitted, submitted);
                    }
                }
            }
            Map<Long, Map<Long, Long>> sheets = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, department_id, inspector_id FROM score_sheet WHERE period_id = ?")) {
                q.setLong(1, periodId);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        sheets.computeIfAbsent(r.getLong(2), k -> new HashMap<>()).put(r.getLong(3), r.getLong(1));
                    }
                }
            }
            try (Bulk v = new Bulk(c, "score", "sheet_id", "indicator_id", "value", "reason", "evidence_url");
                 Bulk ruling = new Bulk(c, "score_resolution", "period_id", "department_id", "indicator_id", "value",
                         "reason", "resolved_by_name", "resolved_at")) {
                for (int d = 0; d < DEPARTMENTS; d++) {
                    long departmentId = departments.get(d);
                    // one department in ten: two inspectors far apart on one indicator, and the lead inspector's ruling
                    int spreadAt = d % 10 == 3 ? random.nextInt(5) : -1;
                    int manual = 0;
                    for (Spec spec : indicators) {
                        if (spec.kind == IndicatorKind.AUTO || spec.metric != null) {
                            continue; // measured, not on the sheets
                        }
                        double[] values = new double[INSPECTORS];
                        switch (spec.kind) {
                            case MANUAL -> {
                                // within ±10 % of full marks of the department's level: no spread (30 %)
                                double level = spec.max
                                        * Math.max(0, Math.min(1, quality[d] + 0.1 * random.nextGaussian()));
                                for (int i = 0; i < INSPECTORS; i++) {
                                    double off = spec.max * 0.1 * (2 * random.nextDouble() - 1);
                                    values[i] = halves(Math.max(0, Math.min(spec.max, level + off)));
                                }
                                if (manual++ == spreadAt) {
                                    values[0] = halves(Math.min(spec.max, level + spec.max * 0.25));
                                    values[1] = halves(Math.max(0, level - spec.max * 0.25));
                                    ruling.add(periodId, departmentId, spec.id, decimal(halves(level)),
                                            "两位督查人员分歧较大，经复核按清单逐项计分。", "督查一", submitted.plusSeconds(86_400));
                                }
                            }
                            // inspectors who count differently make a spread; here they agree
                            case DEDUCTION -> Arrays.fill(values,
                                    random.nextDouble() < 0.3 ? 1 + random.nextInt(3) : 0);
                            case BONUS -> Arrays.fill(values, random.nextDouble() < 0.2 ? 1 + random.nextInt(2) : 0);
                            case VETO -> Arrays.fill(values, d % 97 == 50 ? 1 : 0);
                            default -> throw new IllegalStateException();
                        }
                        for (int i = 0; i < INSPECTORS; i++) {
                            boolean full = spec.kind == IndicatorKind.MANUAL ? values[i] >= spec.max : values[i] == 0;
                            v.add(sheets.get(departmentId).get(inspectors.get(i)), spec.id, decimal(values[i]),
                                    full ? "" : "对照评分细则核查，部分事项未按要求落实，相应扣分。",
                                    full || random.nextInt(4) > 0 ? null
                                            : "https://www.example.gov.cn/xxgk/" + departmentId + "/" + spec.id);
                        }
                    }
                }
            }
            c.commit();
        }
        return periodId;
    }

    /** A quarter's complaints, findings with their reports, and reviews. */
    private Counts activity(LocalDate start, LocalDate end, int complaintCount, int findingCount) throws Exception {
        Counts counts = new Counts();
        int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long firstComplaint = maxId(c, "complaint");
            try (Bulk b = new Bulk(c, "complaint", "tracking_code", "query_code_hash", "query_code_salt", "type",
                    "channel", "state", "department_id", "subject", "content", "consent_disclose", "submitted_at",
                    "accept_start", "accept_due", "handle_start", "handle_due", "reopened", "reply_text", "replied_at",
                    "rating_start", "rating_due", "rating", "closed_at", "client_ip", "updated_at")) {
                String[] types = {"COMPLAINT", "COMPLAINT", "REPORT", "SUGGESTION", "INQUIRY"};
                String[] channels = {"WEB", "WEB", "API", "PHONE", "LETTER"};
                for (int n = 0; n < complaintCount; n++) {
                    int d = department();
                    double q = quality[d];
                    LocalDate submittedOn = start.minusDays(14).plusDays(random.nextInt(days));
                    Instant submittedAt = at(submittedOn);
                    LocalDate handleStart = submittedOn.plusDays(1);
                    LocalDate handleDue = handleStart.plusDays(14);
                    double roll = random.nextDouble();
                    String state;
                    Instant replied = null;
                    LocalDate ratingStart = null;
                    LocalDate ratingDue = null;
                    String rating = null;
                    Instant closed = null;
                    boolean reopened = false;
                    if (roll < 0.04) {
                        state = "WITHDRAWN";
                        closed = at(handleStart.plusDays(2));
                    } else if (roll < 0.04 + 0.15 * (1 - q)) {
                        state = "IN_PROGRESS"; // still not replied, long overdue
                    } else {
                        boolean late = random.nextDouble() > q;
                        LocalDate repliedOn = handleStart.plusDays(late ? 15 + random.nextInt(10)
                                : 1 + random.nextInt(14));
                        replied = at(repliedOn);
                        ratingStart = repliedOn;
                        ratingDue = repliedOn.plusDays(7);
                        reopened = random.nextDouble() < 0.06 * (1.5 - q);
                        if (!ratingDue.isBefore(today)) {
                            state = "REPLIED";
                        } else {
                            state = "CLOSED";
                            double r = random.nextDouble();
                            rating = r < 0.12 ? "NOT_RATED" : r < 0.12 + 0.7 * q ? "SATISFIED"
                                    : r < 0.12 + 0.7 * q + 0.15 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
                            closed = at(rating.equals("NOT_RATED") ? ratingDue.plusDays(1)
                                    : repliedOn.plusDays(1 + random.nextInt(6)));
                        }
                    }
                    b.add(String.format(Locale.ROOT, "B%08d", ++trackingNo), "0".repeat(64), "1".repeat(32),
                            types[n % types.length], channels[n % channels.length], state, departments.get(d),
                            "政府信息公开诉求 " + trackingNo, CONTENT, n % 3 == 0, submittedAt, submittedOn,
                            submittedOn.plusDays(2), handleStart, handleDue, reopened, replied == null ? null : REPLY,
                            replied, ratingStart, ratingDue, rating, closed, "127.0.0.1",
                            closed != null ? closed : replied != null ? replied : submittedAt);
                    counts.complaints++;
                }
            }

            // reviews of about a tenth of the replies given in the quarter
            List<long[]> replies = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, department_id, rating_start FROM complaint "
                    + "WHERE id > ? AND replied_at IS NOT NULL")) {
                q.setLong(1, firstComplaint);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        replies.add(new long[]{r.getLong(1), r.getLong(2),
                                r.getObject(3, LocalDate.class).toEpochDay()});
                    }
                }
            }
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < departments.size(); i++) {
                index.put(departments.get(i), i);
            }
            try (Bulk t = new Bulk(c, "review_task", "complaint_id", "supervisor_id", "state", "assigned_on", "due_on",
                    "timeliness", "quality", "attitude", "comment", "reviewed_at", "created_at", "updated_at")) {
                for (long[] reply : replies) {
                    if (random.nextInt(10) > 0) {
                        continue;
                    }
                    double q = quality[index.get(reply[1])];
                    LocalDate assigned = LocalDate.ofEpochDay(reply[2]);
                    LocalDate reviewedOn = assigned.plusDays(1 + random.nextInt(10));
                    boolean done = reviewedOn.isBefore(today);
                    boolean unverifiable = done && random.nextInt(20) == 0;
                    Integer[] points = done && !unverifiable ? new Integer[]{score(q), score(q), score(q)}
                            : new Integer[3];
                    t.add(reply[0], supervisors.get(random.nextInt(supervisors.size())),
                            !done ? "PENDING" : unverifiable ? "UNVERIFIABLE" : "REVIEWED", assigned,
                            assigned.plusDays(14),
                            points[0], points[1], points[2], unverifiable ? "多次联系未接通" : "",
                            done ? at(reviewedOn) : null, at(assigned), done ? at(reviewedOn) : at(assigned));
                    if (done && !unverifiable && !reviewedOn.isBefore(start) && !reviewedOn.isAfter(end)) {
                        counts.reviews++;
                    }
                }
            }

            // findings confirmed before or in the quarter, their rectifications' deadlines mostly in it
            BenchFindings.Written written = new BenchFindings(random, zone, departments, quality, this::department,
                    inspectors, List.of()).write(c, start, days, findingCount,
                    BenchFindings.plain("栏目内容长期未更新，政策解读缺失。", "已完成整改，栏目内容已更新并补充政策解读。"));
            counts.findings += written.findings();
            counts.reports += written.reports();
            c.commit();
        }
        counts.sheets = DEPARTMENTS * INSPECTORS;
        counts.values = counts.sheets
                * (int) indicators.stream().filter(s -> s.kind != IndicatorKind.AUTO && s.metric == null).count();
        counts.rulings = (int) java.util.stream.IntStream.range(0, DEPARTMENTS).filter(d -> d % 10 == 3).count();
        return counts;
    }

    private void acceptAll(long periodId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE period_department SET accepted_at = ?, "
                     + "accepted_by_name = '部门联络员' WHERE period_id = ?")) {
            u.setTimestamp(1, Timestamp.from(now));
            u.setLong(2, periodId);
            u.executeUpdate();
        }
    }

    /** A department, the busy ones more often. */
    private int department() {
        int at = Arrays.binarySearch(cumulativeLoad, random.nextDouble());
        return Math.min(DEPARTMENTS - 1, at < 0 ? -at - 1 : at);
    }

    private int score(double quality) {
        return Math.max(1, Math.min(5, (int) Math.round(1 + 4 * quality + random.nextGaussian() * 0.8)));
    }

    /** A time of a working day's office hours. */
    private Instant at(LocalDate date) {
        return date.atTime(8 + random.nextInt(9), random.nextInt(60), random.nextInt(60)).atZone(zone).toInstant();
    }

    private static double halves(double value) {
        return Math.round(value * 2) / 2.0;
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static long maxId(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void ids(Connection c, String sql, List<Long> into) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                into.add(r.getLong(1));
            }
        }
    }

    private String kinds() {
        Map<IndicatorKind, Integer> byKind = new EnumMap<>(IndicatorKind.class);
        indicators.forEach(s -> byKind.merge(s.kind, 1, Integer::sum));
        return byKind.toString();
    }

    // --- checks and figures ---------------------------------------------------------------------------------------

    /** What the results look like, so that a run that scored nothing cannot pass for a fast one. */
    private void summary(ResultTable table) {
        Map<Grade, Integer> grades = new TreeMap<>();
        Map<DepartmentScore.Basis, Integer> bases = new TreeMap<>();
        for (ResultTable.Row row : table.rows()) {
            grades.merge(row.grade(), 1, Integer::sum);
            row.score().indicators().forEach(i -> bases.merge(i.basis(), 1, Integer::sum));
        }
        if (table.rows().size() != DEPARTMENTS || bases.getOrDefault(DepartmentScore.Basis.MEASURED, 0) == 0
                || bases.containsKey(DepartmentScore.Basis.MISSING)) {
            throw new IllegalStateException("Unexpected results: " + table.rows().size() + " rows, " + bases);
        }
        ResultTable.Row first = table.rows().get(0);
        ResultTable.Row last = table.rows().get(table.rows().size() - 1);
        System.out.printf(Locale.ROOT, "Results: %d departments, totals %.2f (rank %d) to %.2f (rank %d); grades %s; "
                + "indicator values by basis %s%n", table.rows().size(), first.score().total(), first.rank(),
                last.score().total(), last.rank(), grades, bases);
    }

    /** The locked revision gives every department the total, rank and grade computed before the lock. */
    private static void same(ResultTable live, ResultTable locked) {
        Map<Long, ResultTable.Row> byDepartment = new HashMap<>();
        locked.rows().forEach(r -> byDepartment.put(r.departmentId(), r));
        for (ResultTable.Row row : live.rows()) {
            ResultTable.Row other = byDepartment.get(row.departmentId());
            if (other == null || other.rank() != row.rank() || other.grade() != row.grade()
                    || Math.abs(other.score().total() - row.score().total()) > 0.005) {
                throw new IllegalStateException("The locked revision differs for department " + row.departmentId());
            }
        }
        System.out.println("Locked revision checked: the same totals, ranks and grades as computed before the lock");
    }



    record Spec(long id, IndicatorKind kind, double max, Metric metric) {
    }

    static final class Counts {
        int complaints;
        int findings;
        int reports;
        int reviews;
        int sheets;
        int values;
        int rulings;
    }
}
