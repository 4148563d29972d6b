package org.sunshine.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.sunshine.report.ReportFormat;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;

/**
 * A 打印 PDF / 导出 Excel button that renders a report when clicked, in the language of the screen it is on. The
 * report is made outside the UI's lock, so {@code render} and {@code fileName} must read only thread-safe state.
 */
public final class ReportLink {

    private ReportLink() {
    }

    public static Anchor of(ReportFormat format, String id, Function<Locale, byte[]> render, Function<Locale, String> fileName) {
        Locale locale = UI.getCurrent().getLocale();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = render.apply(locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.apply(locale), format.contentType(),
                    bytes.length);
        }), "");
        anchor.setId(id);
        Button button = new Button(anchor.getTranslation(switch (format) {
            case PDF -> "report.pdf";
            case XLSX -> "report.xlsx";
            case DOCX -> "report.docx";
        }), (format == ReportFormat.XLSX ? VaadinIcon.FILE_TABLE : VaadinIcon.FILE_TEXT_O).create());
        button.setTabIndex(-1);
        anchor.add(button);
        anchor.setDownload(true);
        return anchor;
    }
}
