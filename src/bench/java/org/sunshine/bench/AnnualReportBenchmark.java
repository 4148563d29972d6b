package org.sunshine.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.sunshine.annualreport.ReportContent;
import org.sunshine.annualreport.ReportDocument;
import org.sunshine.annualreport.TableTwo;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long one annual report takes to print (target: the PDF under 1 s once warm): a department's report with the
 * text of a real one (part 一 in four sub-parts, about 2,000 characters; 五 and 六 a paragraph each) and full tables,
 * filled from the build-time compiled {@code reports/annual-report.jrxml} and exported with the fonts embedded. The
 * first render (loading the template and the fonts) is timed apart; then, after ten warm-up rounds, 20 PDFs and 20
 * DOCX files; the PDF's time also as the CPU time of the thread (the figure on a busy shared machine). No database: the document is made from a {@link ReportContent}, as publishing does.
 * <p>
 * {@code mvn -Pbench test-compile exec:exec@annual-report}
 */
public final class AnnualReportBenchmark {

    private AnnualReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ReportDocument document = new ReportDocument(new ReportEngine(), new Messages());
        ReportContent content = content();
        long start = System.nanoTime();
        byte[] first = document.render(content, ReportFormat.PDF);
        double cold = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < 10; i++) {
            document.render(content, ReportFormat.PDF);
            document.render(content, ReportFormat.DOCX);
        }
        int runs = 20;
        long[] pdf = new long[runs];
        long[] pdfCpu = new long[runs];
        long[] docx = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            document.render(content, ReportFormat.PDF);
            pdf[i] = System.nanoTime() - start;
            pdfCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
            start = System.nanoTime();
            document.render(content, ReportFormat.DOCX);
            docx[i] = System.nanoTime() - start;
        }
        Arrays.sort(pdf);
        Arrays.sort(pdfCpu);
        Arrays.sort(docx);
        int pages;
        try (PDDocument d = Loader.loadPDF(first)) {
            pages = d.getNumberOfPages();
        }
        double max = pdf[runs - 1] / 1e6;
        System.out.printf(Locale.ROOT, "annual report (%d pages, %d KB): first render (template and fonts loaded) %.0f ms%n",
                pages, first.length / 1024, cold);
        System.out.printf(Locale.ROOT, "  fill + PDF, warm: median %.0f ms, max %.0f ms of %d (target < 1000 ms: %s)%n",
                pdf[runs / 2] / 1e6, max, runs, max < 1000 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "  fill + PDF, CPU time of the rendering thread: median %.0f ms, max %.0f ms "
                + "(what it costs whatever else the machine is doing)%n", pdfCpu[runs / 2] / 1e6, pdfCpu[runs - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  fill + DOCX, warm: median %.0f ms, max %.0f ms of %d%n", docx[runs / 2] / 1e6,
                docx[runs - 1] / 1e6, runs);
    }

    /** A department's report as long as a real one, every cell of its tables filled. */
    static ReportContent content() {
        String paragraph = "2025年，市民政局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》"
                + "和省、市关于政务公开工作的部署要求，围绕社会救助、养老服务、婚姻登记、殡葬管理等群众关注的重点领域，"
                + "持续加大政府信息公开力度，不断提升政务公开质量和实效。";
        StringBuilder one = new StringBuilder(paragraph).append('\n');
        for (String part : List.of("（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）平台建设和监督保障情况")) {
            one.append(part).append('\n').append(paragraph).append(paragraph).append('\n');
        }
        List<List<Long>> three = new ArrayList<>();
        for (int r = 0; r < 25; r++) {
            List<Long> row = new ArrayList<>();
            long sum = 0;
            for (int c = 0; c < 6; c++) {
                long n = (r * 7L + c * 3L) % 23;
                row.add(n);
                sum += n;
            }
            row.add(sum);
            three.add(row);
        }
        List<Long> four = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            four.add((long) (k % 5 == 4 ? 6 : k % 3));
        }
        return new ReportContent(2025, "盘锦市民政局", false,
                new TableTwo(2, 1, 14, 9, 3, 61, 12_480, 316, 22, new BigDecimal("36.2518")), three, four,
                one.toString(), paragraph + "\n" + paragraph, "本年度未收取信息处理费。", 1, LocalDate.of(2026, 1, 20), "");
    }
}
