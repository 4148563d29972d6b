package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.sunshine.base.export.TableExport;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * The 导出 CSV / 导出 Excel buttons of a list: each download takes the rows as filtered on screen at the moment of the
 * click, with the columns' headers in the user's language.
 */
public final class ExportLinks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExportLinks() {
    }

    /**
     * @param idPrefix the buttons get the ids {@code <idPrefix>-csv} and {@code <idPrefix>-xlsx}
     * @param title    the sheet's name and the start of the file name (the date is added)
     * @param rows     the filtered rows; called outside the UI's lock, so it must read only thread-safe state
     */
    public static <T> List<Anchor> of(Component owner, String idPrefix, Supplier<String> title, Supplier<List<T>> rows,
                                      Supplier<List<TableExport.Column<T>>> columns) {
        return List.of(link(owner, "csv", idPrefix, VaadinIcon.FILE_TEXT_O, title, rows, columns),
                link(owner, "xlsx", idPrefix, VaadinIcon.FILE_TABLE, title, rows, columns));
    }

    private static <T> Anchor link(Component owner, String format, String idPrefix, VaadinIcon icon, Supplier<String> title,
                                   Supplier<List<T>> rows, Supplier<List<TableExport.Column<T>>> columns) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            TableExport<T> table = new TableExport<>(columns.get());
            String name = title.get();
            byte[] bytes = "csv".equals(format) ? table.csv(rows.get()) : table.xlsx(name, rows.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + "." + format,
                    "csv".equals(format) ? "text/csv" : XLSX, bytes.length);
        }), "");
        anchor.setId(idPrefix + "-" + format);
        anchor.setDownload(true);
        Button button = new Button(owner.getTranslation("export." + format), icon.create());
        button.setTabIndex(-1);
        anchor.add(button);
        return anchor;
    }
}
