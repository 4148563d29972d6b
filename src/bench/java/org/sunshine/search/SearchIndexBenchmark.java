package org.sunshine.search;

import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The full-text index at city scale (docs/performance.md, "Full-text search"), without a database: 1,000,000 synthetic
 * complaints in the shape of the real ones (a subject, two to five sentences of content, a reply for most; 200
 * departments, 20 key areas, the states and deadlines), indexed as a rebuild indexes them, then the lists' searches —
 * common, rare and two-word, alone and with a state, a department and a warning filter — each the count and the first
 * page, median and max of 10. Run: {@code mvn -Pbench test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sunshine.search.SearchIndexBenchmark [-Dexec.args=1000000]}.
 */
public final class SearchIndexBenchmark {

    private static final String[] OBJECTS = {"低保对象名单", "养老服务补贴", "最低生活保障资金", "临时救助标准", "残疾人两项补贴",
            "征地补偿方案", "拆迁安置名单", "学校招生简章", "医保报销目录", "公交线路调整", "路灯维修", "井盖", "垃圾清运",
            "行政处罚决定", "行政许可结果", "财政预算", "政府采购公告", "办事指南", "权责清单", "重大建设项目批准"};
    private static final String[] PROBLEMS = {"没有公开", "没有公示", "公开不及时", "公开不完整", "网上查不到", "链接打不开",
            "更新不及时", "与实际不符", "迟迟没有答复", "标准不清楚"};
    private static final String[] OPENINGS = {"我所在的", "本人住在", "我们", "我家附近的", "反映一下", "请问"};
    private static final String[] ASKS = {"请督促有关部门依法及时公开。", "希望尽快处理并答复。", "请说明原因。", "群众意见很大。",
            "多次反映没有结果。", "请民政局公开。"};
    private static final String[] REPLIES = {"已在部门网站“政府信息公开”栏目公开", "已责成街道重新公示", "已安排专人维修",
            "已将相关情况书面答复", "经核实已补充公开"};
    private static final String PLACE_CHARS = "东西南北城乡华兴隆安康泰和平新阳光明珠金银湖海河山林桥港湾园苑里巷坊村镇街"
            + "道路社区花木桂兰梅竹松柏杨柳桃李杏梨枫榆槐鹤燕雁鹭鹊凤龙虎狮象云霞星月晨晖春夏秋冬锦绣翠碧青红紫";

    private SearchIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean keep = args.length > 1;
        Path folder = keep ? Path.of(args[1]) : Files.createTempDirectory("search-bench-");
        boolean reuse = keep && Files.exists(folder.resolve("index-1"));
        LuceneTextSearch search = new LuceneTextSearch(new SearchSettings("", false, java.time.Duration.ofSeconds(2),
                java.time.Duration.ofMinutes(5), 1000, java.time.Duration.ofSeconds(10), false, 256,
                Integer.getInteger("rankLimit", 10_000), false));
        IndexGeneration index = IndexGeneration.open(folder.resolve("index-1"), search.text(), 256);
        SplittableRandom random = new SplittableRandom(18);
        LocalDate start = LocalDate.of(2026, 1, 1);
        String rareSample = null;
        long analysed = 0;
        long t0 = System.nanoTime();
        List<IndexDoc> batch = new ArrayList<>();
        for (int id = 1; id <= (reuse ? 0 : size); id++) {
            String place = place(random);
            String object = OBJECTS[random.nextInt(OBJECTS.length)];
            String subject = place + object + PROBLEMS[random.nextInt(PROBLEMS.length)];
            StringBuilder content = new StringBuilder(OPENINGS[random.nextInt(OPENINGS.length)]).append(place);
            for (int s = 2 + random.nextInt(4); s > 0; s--) {
                content.append("的").append(OBJECTS[random.nextInt(OBJECTS.length)])
                        .append(PROBLEMS[random.nextInt(PROBLEMS.length)]).append("，").append(place(random)).append("也是这样。");
            }
            content.append(ASKS[random.nextInt(ASKS.length)]);
            String reply = random.nextInt(10) < 6 ? REPLIES[random.nextInt(REPLIES.length)] + object + "。" : null;
            if (id == size / 2) {
                rareSample = place;
            }
            String state = random.nextInt(10) < 7 ? "CLOSED" : random.nextBoolean() ? "IN_PROGRESS" : "SUBMITTED";
            LocalDate submitted = start.plusDays(random.nextInt(340));
            batch.add(new IndexDoc("complaint", id).text(IndexDoc.Weight.TITLE, subject)
                    .text(IndexDoc.Weight.BODY, content.toString()).text(IndexDoc.Weight.EXTRA, reply)
                    .keyword("state", state).keyword("department", 1 + random.nextInt(200))
                    .keyword("area", 1 + random.nextInt(20)).date("acceptDue", submitted.plusDays(2))
                    .date("handleDue", state.equals("SUBMITTED") ? null : submitted.plusDays(14)));
            analysed += subject.length() + content.length() + (reply == null ? 0 : reply.length());
            if (batch.size() == 1000) {
                index.put(batch);
                batch.clear();
            }
        }
        index.put(batch);
        if (reuse) {
            rareSample = System.getProperty("rare", "梨北红");
        }
        index.commit(java.util.Map.of("complete", "true"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("indexed %,d complaints (%,d characters) in %.1f s (%,.0f/s); on disk %,d MB%n", size, analysed,
                seconds, size / seconds, folderSize(folder) / 1_000_000);
        index.refresh();
        search.swap(index);

        Condition open = Condition.in("state", List.of("SUBMITTED", "IN_PROGRESS"));
        Condition department = Condition.is("department", 17);
        Condition red = Condition.any(Condition.all(Condition.is("state", "SUBMITTED"),
                        Condition.between("acceptDue", null, LocalDate.of(2026, 6, 1).toEpochDay())),
                Condition.all(Condition.is("state", "IN_PROGRESS"),
                        Condition.between("handleDue", null, LocalDate.of(2026, 6, 1).toEpochDay())));
        time(search, "common word 公开", "公开", null);
        time(search, "common word 低保", "低保", null);
        time(search, "rare word (a place) " + rareSample, rareSample, null);
        time(search, "two words 低保 公示", "低保 公示", null);
        time(search, "phrase 最低生活保障", "最低生活保障", null);
        time(search, "公开, open states", "公开", open);
        time(search, "公开, one department", "公开", department);
        time(search, "公开, red", "公开", red);
        time(search, "低保 公示, open, one department", "低保 公示", Condition.all(open, department));
        time(search, "公开, page 500 (offset 10,000)", "公开", null, 500);
        if (Boolean.getBoolean("variants")) {
            variants(search, index, "公开", null);
            variants(search, index, rareSample, null);
            variants(search, index, "公开", department);
        }
        IndexSearcher searcher = index.acquire();
        System.out.printf("segments: %d, heap used %,d MB%n", searcher.getIndexReader().leaves().size(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000);
        index.release(searcher);
        index.close();
        if (!keep) {
            delete(folder);
        }
    }

    private static void time(LuceneTextSearch search, String label, String text, Condition filter) {
        time(search, label, text, filter, 0);
    }

    private static void time(LuceneTextSearch search, String label, String text, Condition filter, int page) {
        TextQuery query = new TextQuery("complaint", text, filter);
        long[] took = new long[10];
        long count = 0;
        for (int warm = 0; warm < 3; warm++) {
            search.count(query);
            search.find(query, page * 20, 20);
        }
        for (int i = 0; i < took.length; i++) {
            long t = System.nanoTime();
            count = search.count(query);
            search.find(query, page * 20, 20);
            took[i] = System.nanoTime() - t;
        }
        Arrays.sort(took);
        System.out.printf("%-40s %,9d hits  min %6.1f  median %6.1f  max %6.1f ms%n", label, count, took[0] / 1e6,
                took[4] / 1e6, took[took.length - 1] / 1e6);
    }

    /** Where the time goes: the count alone, the page alone, and the page without the newer-first tie-break. */
    private static void variants(LuceneTextSearch search, IndexGeneration index, String text, Condition filter)
            throws IOException {
        TextQuery query = new TextQuery("complaint", text, filter);
        org.apache.lucene.search.Query q = search.query(query);
        IndexSearcher searcher = index.acquire();
        try {
            long[] count = new long[10];
            long[] page = new long[10];
            long[] plain = new long[10];
            for (int i = -3; i < 10; i++) {
                long t = System.nanoTime();
                search.count(query);
                long c = System.nanoTime();
                search.find(query, 0, 20);
                long p = System.nanoTime();
                searcher.search(q, 20);
                long e = System.nanoTime();
                if (i >= 0) {
                    count[i] = c - t;
                    page[i] = p - c;
                    plain[i] = e - p;
                }
            }
            Arrays.sort(count);
            Arrays.sort(page);
            Arrays.sort(plain);
            System.out.printf("%s: count %.1f ms, page %.1f ms, page by score alone %.1f ms (medians)%n", text,
                    count[4] / 1e6, page[4] / 1e6, plain[4] / 1e6);
        } finally {
            index.release(searcher);
        }
    }

    private static String place(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            name.append(PLACE_CHARS.charAt(random.nextInt(PLACE_CHARS.length())));
        }
        return name.toString();
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
