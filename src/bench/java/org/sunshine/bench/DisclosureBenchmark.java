package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sunshine.annualreport.ReportTables;
import org.sunshine.demo.RecordHistory;
import org.sunshine.demo.RequestHistory;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DepartmentType;
import org.sunshine.inforequest.Organs;
import org.sunshine.proactive.ImportResult;
import org.sunshine.proactive.RecordImport;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserService;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.sunshine.bench.Timings.load;
import static org.sunshine.bench.Timings.max;
import static org.sunshine.bench.Timings.median;
import static org.sunshine.bench.Timings.times;

/**
 * Issue 16's targets on the demo city (28 departments and the government), for last year:
 * <ul>
 *   <li>every organ's and the government's annual-report tables (二 from the records, 三 and 四 from the applications)
 *   with 100,000 applications and 200,000 disclosure records, written by the demo's bulk paths — under 5 s in all;</li>
 *   <li>importing a 50,000-row XLSX of licensing decisions (the import's whole path: read, check every row, write
 *   in batches) — under 30 s.</li>
 * </ul>
 * One report's PDF is {@link AnnualReportBenchmark}'s. Uses {@code DATASOURCES_DEFAULT_URL} if set (an empty database
 * of its own), else an embedded MariaDB. Run: {@code mvn -Pbench test-compile exec:exec@disclosure} (figures in
 * docs/performance.md).
 */
public final class DisclosureBenchmark {

    static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
    static final double RECORD_SCALE = Double.parseDouble(System.getProperty("bench.recordScale", "38.3"));
    static final int IMPORT_ROWS = Integer.getInteger("bench.importRows", 50_000);
    static final int RUNS = Integer.getInteger("bench.runs", 5);

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final LocalDate today;
    private final Instant now;

    private DisclosureBenchmark(ApplicationContext context) {
        this.context = context;
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        Clock clock = context.getBean(Clock.class);
        this.today = LocalDate.now(clock);
        this.now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    public static void main(String[] args) {
        try {
            try (ApplicationContext context = ApplicationContext.builder()
                    .environments("bench")
                    .properties(Map.of(
                            "micronaut.server.port", -1,
                            "sunshine.demo-data", true,
                            "sunshine.embedded-db.temporary", true,
                            "sunshine.complaints.auto-close", false,
                            "sunshine.inforequests.auto-terminate", false,
                            "sunshine.statistics.scheduled-refresh", false))
                    .start()) {
                new DisclosureBenchmark(context).measure();
            }
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private void measure() throws Exception {
        System.out.println("Database: " + IntakeBenchmark.describe(dataSource));
        System.out.println("Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB" + load());
        int year = today.getYear() - 1;
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<DepartmentRow> active = context.getBean(DepartmentService.class).active();
        long office = active.stream().filter(d -> d.type() == DepartmentType.GOVERNMENT_OFFICE).findFirst()
                .orElseThrow().id();
        long start = System.nanoTime();
        RequestHistory.Summary requests = context.getBean(RequestHistory.class).generate(new RequestHistory.Spec(
                first, last, REQUESTS, active.stream().map(d -> new RequestHistory.Department(d.id(), d.code(),
                d.shortName())).toList(), office, 7L, now));
        RecordHistory.Summary records = context.getBean(RecordHistory.class).generate(new RecordHistory.Spec(
                first, last, RECORD_SCALE, 16L, m -> false));
        System.out.printf(Locale.ROOT, "Generated %d applications (%d steps) and %d disclosure records (%d late) "
                        + "for %d over %d departments (%.0f s)%n", requests.requests(), requests.events(),
                records.records(), records.late(), year, active.size(), (System.nanoTime() - start) / 1e9);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE info_request, info_request_remedy, disclosure_record");
        }

        ReportTables tables = context.getBean(ReportTables.class);
        List<Organs.Organ> organs = context.getBean(Organs.class).all();
        tables.all(year, organs);
        long[] all = times(RUNS, () -> tables.all(year, organs).size());
        System.out.printf(Locale.ROOT, "  every organ's tables (%d organs with the government): median %5.0f ms, "
                + "max %5.0f ms (target < 5000 ms: %s)%n", organs.size(), median(all), max(all),
                max(all) < 5000 ? "met" : "NOT met");
        Organs.Organ government = organs.get(0);
        long[] one = times(RUNS, () -> tables.of(government.departmentId(), true, year));
        System.out.printf(Locale.ROOT, "  the government's tables alone: median %5.0f ms, max %5.0f ms%n",
                median(one), max(one));

        long spb = active.stream().filter(d -> d.code().equals("SPB")).findFirst().orElseThrow().id();
        byte[] xlsx = licensingDecisions(IMPORT_ROWS);
        var admin = context.getBean(UserService.class).byUsername("admin").orElseThrow();
        SignedInUser user = new SignedInUser(admin.id(), admin.username(), admin.displayName(), admin.role(), null);
        RecordImport imports = context.getBean(RecordImport.class);
        long t0 = System.nanoTime();
        ImportResult result = imports.importFile("licensing.xlsx", xlsx, spb, user);
        double took = (System.nanoTime() - t0) / 1e6;
        if (!result.imported()) {
            throw new IllegalStateException("the import was refused: " + result.problems());
        }
        System.out.printf(Locale.ROOT, "  importing a %d-row XLSX (%d KB): %d imported, %d late, %.0f ms (target < "
                        + "30000 ms: %s)%n", IMPORT_ROWS, xlsx.length / 1024, result.rows(), result.late(), took,
                took < 30_000 ? "met" : "NOT met");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM disclosure_record WHERE import_batch = '"
                     + result.batch() + "'")) {
            r.next();
            System.out.println("  rows of the batch in the database: " + r.getLong(1));
        }
        System.out.println("At the end" + load());
    }

    /** The template's columns, a licensing decision a row, formed between 90 and 30 days ago. */
    private byte[] licensingDecisions(int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "sunshine-bench", "1.0")) {
            Worksheet ws = wb.newWorksheet("公开记录");
            String[] header = {"标题", "文号", "类别", "责任事项序号", "形成或变更日期", "公开日期", "公开渠道", "其他渠道名称",
                "网址", "施行日期", "废止日期", "收费金额（元）"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            LocalDate base = today.minusDays(90);
            for (int i = 1; i <= rows; i++) {
                LocalDate formed = base.plusDays(i % 60);
                ws.value(i, 0, "关于准予基准测试企业" + i + "建设工程规划许可的决定");
                ws.value(i, 1, "盘审批许字〔" + formed.getYear() + "〕B" + i + "号");
                ws.value(i, 2, "行政许可");
                ws.value(i, 4, formed.toString());
                ws.value(i, 5, formed.plusDays(i % 13 == 0 ? 14 : 2).toString());
                ws.value(i, 6, "政府网站");
                ws.value(i, 8, "http://www.panjin.gov.cn/spb/xxgk/bench/" + i + ".html");
            }
        }
        return out.toByteArray();
    }
}
