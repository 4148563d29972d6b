package org.sunshine.bench;

import io.micronaut.context.ApplicationContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.sunshine.bulletin.Bulletin;
import org.sunshine.bulletin.BulletinDocument;
import org.sunshine.bulletin.BulletinDocuments;
import org.sunshine.bulletin.BulletinDrafts;
import org.sunshine.bulletin.BulletinKind;
import org.sunshine.bulletin.BulletinReport;
import org.sunshine.bulletin.BulletinIssue;
import org.sunshine.bulletin.BulletinPage;
import org.sunshine.bulletin.BulletinSignOff;
import org.sunshine.bulletin.DraftForm;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Arrays;
import java.util.Locale;

/**
 * How long a bulletin of a whole period takes to fill and export, run by {@link AssessmentBenchmark} on its locked
 * quarter of 200 departments: a combined bulletin commending the first 20 and criticizing the last 40, each with its
 * problem list (its open findings, its overdue items, its lowest indicators), the full ranking as the attachment.
 * After a warm-up it times putting the document together from the database ({@link BulletinDocuments#document}) and
 * exporting the PDF, and the DOCX apart (target: under 2 s), then issuing it once (number, both files frozen).
 */
final class BulletinBenchmark {

    private BulletinBenchmark() {
    }

    static void measure(ApplicationContext context, long periodId, SignedInUser inspector, int runs) throws Exception {
        BulletinDrafts drafts = context.getBean(BulletinDrafts.class);
        BulletinSignOff signOff = context.getBean(BulletinSignOff.class);
        BulletinIssue issue = context.getBean(BulletinIssue.class);
        BulletinDocuments documents = context.getBean(BulletinDocuments.class);
        BulletinReport report = context.getBean(BulletinReport.class);
        BulletinPage pages = context.getBean(BulletinPage.class);

        long id = drafts.draft(new DraftForm(periodId, BulletinKind.SITUATION, DraftForm.CommendBy.TOP, 20,
                DraftForm.CriticizeBy.BOTTOM, 40, 0, true), inspector);
        Bulletin draft = pages.detail(id, inspector).bulletin();
        BulletinDocument sample = documents.document(draft);
        int commended = 0;
        int criticized = 0;
        int problems = 0;
        for (BulletinDocument.Block b : sample.body()) {
            switch (b.kind()) {
                case COMMENDED -> commended += b.departments().size();
                case CRITICIZED -> criticized += b.departments().size();
                case PROBLEMS -> problems += b.problems().size();
                default -> { }
            }
        }
        for (int i = 0; i < 5; i++) {
            report.pdf(documents.document(draft), Locale.SIMPLIFIED_CHINESE);
            report.docx(documents.document(draft), Locale.SIMPLIFIED_CHINESE);
        }
        byte[] pdf = report.pdf(sample, Locale.SIMPLIFIED_CHINESE);
        int pageCount;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pageCount = document.getNumberOfPages();
        }
        long[] pdfTimes = new long[runs];
        long[] docxTimes = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            report.pdf(documents.document(draft), Locale.SIMPLIFIED_CHINESE);
            pdfTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            report.docx(documents.document(draft), Locale.SIMPLIFIED_CHINESE);
            docxTimes[i] = System.nanoTime() - start;
        }
        Arrays.sort(pdfTimes);
        Arrays.sort(docxTimes);
        double max = pdfTimes[runs - 1] / 1e6;
        System.out.printf(Locale.ROOT, "bulletin of %d departments (%d commended, %d criticized, %d problem-list items, "
                        + "%d ranked in the attachment; %d pages, %d KB): fill + PDF median %.0f ms, max %.0f ms "
                        + "(target < 2000 ms: %s)%n", sample.ranking().size(), commended, criticized, problems,
                sample.ranking().size(), pageCount, pdf.length / 1024, pdfTimes[runs / 2] / 1e6, max, max < 2000 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "  fill + DOCX: median %.0f ms, max %.0f ms%n", docxTimes[runs / 2] / 1e6,
                docxTimes[runs - 1] / 1e6);

        SignedInUser leader = new SignedInUser(0, "bench.leader", "bench", Role.LEADER, null);
        signOff.submit(id, pages.detail(id, inspector).bulletin().getVersion(), "", inspector);
        signOff.sign(id, pages.detail(id, inspector).bulletin().getVersion(), "", leader);
        long start = System.nanoTime();
        String number = issue.issue(id, inspector);
        System.out.printf(Locale.ROOT, "BulletinIssue.issue (number, PDF and DOCX frozen with their SHA-256, %d "
                + "receipts and %d problem-list deadlines): %.0f ms, %s%n", sample.ranking().size(), problems,
                (System.nanoTime() - start) / 1e6, number);
    }
}
