package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.inject.Singleton;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.ScoreTableReport;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.report.ui.ReportLink;
import org.sunshine.bulletin.Bulletin;
import org.sunshine.bulletin.BulletinFiles;
import org.sunshine.bulletin.BulletinPage;
import org.sunshine.report.ReportFormat;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

/**
 * A bulletin's files: the PDF (frozen at issue, a marked preview before) and the DOCX, and for staff the score table
 * of the period it was drafted from.
 */
class BulletinDownloads extends HorizontalLayout {

    private final long id;
    private final BulletinFiles files;
    private final SignedInUser viewer;

    /** Makes the downloads for a page. */
    @Singleton
    record Factory(BulletinFiles files, ScoreTableReport scoreTable, PeriodResults results) {

        BulletinDownloads create(BulletinPage.Detail d, SignedInUser viewer) {
            return new BulletinDownloads(d, files, scoreTable, results, viewer);
        }
    }

    private BulletinDownloads(BulletinPage.Detail d, BulletinFiles files, ScoreTableReport scoreTable,
                              PeriodResults results, SignedInUser viewer) {
        Bulletin b = d.bulletin();
        HorizontalLayout downloads = this;
        this.id = d.bulletin().getId();
        this.files = files;
        this.viewer = viewer;
        downloads.setId("bulletin-downloads");
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
        downloads.add(file("pdf", b.issued() ? "bulletin.download.pdf" : "bulletin.download.preview", VaadinIcon.FILE_TEXT_O));
        downloads.add(file("docx", "bulletin.download.docx", VaadinIcon.FILE_O));
        if (!viewer.is(Role.HANDLER)) {
            ResultTable table = results.locked(d.period(), b.getRevisionNo());
            downloads.add(ReportLink.of(ReportFormat.XLSX, "bulletin-score-table",
                    locale -> scoreTable.render(table, ReportFormat.XLSX, locale),
                    locale -> scoreTable.fileName(table, ReportFormat.XLSX, locale)));
        }
    }

    private Anchor file(String format, String labelKey, VaadinIcon icon) {
        Anchor link = DetailParts.download(getTranslation(labelKey), () -> files.file(id, format, viewer));
        link.setId("bulletin-" + format);
        link.removeAll();
        Button button = new Button(getTranslation(labelKey), icon.create());
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }

}
