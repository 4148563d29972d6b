package org.sunshine.base;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.testing.UiTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main screens in English, as each role sees them on the demo city: no Chinese in what the screens themselves say
 * (buttons, labels, column headers, tabs, badges, the choices of every list of values) and no stored code shown raw
 * (WEB, SUBMITTED …) anywhere on the page or in the first rows of its lists. Names and texts people wrote (a
 * department, a subject) are data and may be Chinese.
 */
@MicronautTest(startApplication = false)
class EnglishScreensTest extends UiTest {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\u3000-\\u303f\\uff01-\\uff5e]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    /**
     * A period's name as people typed it (2020年第四季度): other test classes leave such periods in the database, and
     * the period pickers show them by name. Data, not a text of the screen.
     */
    private static final Pattern PERIOD_NAME = Pattern.compile("\\d{4}年第[一二三四]季度");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    /** Upper-case words that are English too (file formats, the API), and the language switch's own name. */
    private static final Set<String> WORDS = Set.of("PDF", "DOCX", "XLSX", "CSV", "API", "JSON", "HTTP", "HTTPS",
            "URL", "ID", "OK", "AM", "PM", "TLS");
    private static final Set<String> CHINESE_ALLOWED = Set.of("中文");

    /** What each role opens; {@code {first}} is the first record of the list screen before it. */
    private static final Map<String, List<String>> SCREENS = new LinkedHashMap<>();

    static {
        // the landing page is not first: the mocked session opened it already, in Chinese, before the switch
        SCREENS.put(null, List.of("calendar", "", "submit", "track", "public/bulletins", "public/scoreboard",
                "public/open-data", "disclosure/apply", "disclosure/track", "disclosure/guide",
                "disclosure/annual-reports", "login"));
        SCREENS.put("inspector", List.of("workbench", "complaints", "complaints/{first}", "findings", "findings/{first}",
                "reviews", "reviews/{first}", "bulletins", "bulletins/{first}", "supervisors", "disclosure/requests",
                "disclosure/requests/{first}", "disclosure/records", "disclosure/monitor", "disclosure/links",
                "disclosure/reports", "assessment/periods", "assessment/periods/{first}", "assessment/systems",
                "assessment/annual", "complaints/new", "findings/new"));
        SCREENS.put("leader", List.of("workbench", "dashboard"));
        SCREENS.put("handler", List.of("workbench", "complaints", "complaints/{first}", "findings",
                "disclosure/requests"));
        SCREENS.put("admin", List.of("workbench", "admin/users", "admin/calendar", "admin/audit",
                "directory/departments", "directory/areas", "directory/responsibilities"));
    }

    @Test
    void theMainScreensSayEverythingInEnglishAndShowNoRawCodes() throws IOException {
        Set<String> codes = enumConstants();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : SCREENS.entrySet()) {
            stopVaadin();
            startVaadin();
            UI.getCurrent().setLocale(Messages.ENGLISH);
            if (role.getKey() != null) {
                signInAs(role.getKey());
            }
            Object first = null;
            for (String route : role.getValue()) {
                String where = (role.getKey() == null ? "public" : role.getKey()) + " /" + route;
                if (route.contains("{first}")) {
                    if (first == null) {
                        continue;
                    }
                    route = route.replace("{first}", String.valueOf(first));
                }
                try {
                    nextRequest();
                    navigate(route);
                } catch (RuntimeException e) {
                    problems.add(where + ": could not be opened: " + e);
                    continue;
                }
                check(where, codes, problems);
                first = firstId();
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What one screen says: its own texts, and what it shows of the data. */
    private void check(String where, Set<String> codes, List<String> problems) {
        List<Component> all = new ArrayList<>();
        collect(UI.getCurrent(), all);
        Set<String> labels = new TreeSet<>();
        List<String> shown = new ArrayList<>();
        shown.add(UI.getCurrent().getElement().getTextRecursively());
        for (Component c : all) {
            if (c instanceof Button b) {
                labels.add(b.getText());
            }
            if (c instanceof Tab t) {
                labels.add(t.getLabel());
            }
            if (c instanceof HasLabel l && l.getLabel() != null) {
                labels.add(l.getLabel());
            }
            String placeholder = c.getElement().getProperty("placeholder");
            if (placeholder != null) {
                labels.add(placeholder);
            }
            if (c.getElement().getThemeList().contains("badge")) {
                labels.add(c.getElement().getTextRecursively());
            }
            if (c instanceof Select<?> s) {
                labels.addAll(enumLabels(items(() -> s.getListDataView().getItems()), s.getItemLabelGenerator()));
            }
            if (c instanceof ComboBox<?> s) {
                labels.addAll(enumLabels(items(() -> s.getListDataView().getItems()), s.getItemLabelGenerator()));
            }
            if (c instanceof MultiSelectComboBox<?> s) {
                labels.addAll(enumLabels(items(() -> s.getListDataView().getItems()), s.getItemLabelGenerator()));
            }
            if (c instanceof RadioButtonGroup<?> s) {
                labels.addAll(enumLabels(items(() -> s.getListDataView().getItems()), s.getItemLabelGenerator()));
            }
            if (c instanceof Grid<?> g) {
                g.getColumns().forEach(column -> labels.add(column.getHeaderText()));
                // the audit log's entries are a security record, kept as they were written
                int rows = g.getId().filter("audit-log"::equals).isPresent() ? 0 : Math.min(8, size(g));
                for (int i = 0; i < rows; i++) {
                    // a component cell is formatted with its attributes (@data-kind='PUBLISH'): only its text is shown
                    shown.add(String.join(" | ", GridKt._getFormattedRow(g, i)).replaceAll("@[\\w-]+='[^']*'", ""));
                }
            }
        }
        for (String label : labels) {
            // Chinese with no English around it is a text left untranslated; inside an English label it is a name
            // (Apply to 盘锦市人民政府), which the bundle's own test keeps apart from the English words
            if (label != null && CJK.matcher(label).find() && !LATIN.matcher(label).find()
                    && !CHINESE_ALLOWED.contains(label.strip()) && !PERIOD_NAME.matcher(label.strip()).matches()) {
                problems.add(where + ": Chinese in \"" + label + "\"");
            }
        }
        for (String text : shown) {
            Matcher m = CODE.matcher(text);
            while (m.find()) {
                if (codes.contains(m.group()) && !WORDS.contains(m.group())) {
                    int from = Math.max(0, m.start() - 40);
                    problems.add(where + ": raw code " + m.group() + " in \"…"
                            + text.substring(from, Math.min(text.length(), m.end() + 40)).replace('\n', ' ') + "…\"");
                }
            }
        }
    }

    private static void collect(Component c, List<Component> into) {
        into.add(c);
        c.getChildren().forEach(child -> collect(child, into));
    }

    private static Stream<?> items(java.util.function.Supplier<Stream<?>> items) {
        try {
            return items.get();
        } catch (RuntimeException e) {
            return Stream.empty(); // a lazy list: not a list of values
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> enumLabels(Stream<?> items, ItemLabelGenerator generator) {
        return items.filter(Enum.class::isInstance).map(i -> (String) generator.apply(i)).toList();
    }

    private static int size(Grid<?> grid) {
        try {
            return GridKt._size(grid);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The id of the first row of the screen's main list, for the page of one record. */
    private Object firstId() {
        for (Grid<?> grid : _find(Grid.class)) {
            if (size(grid) == 0) {
                continue;
            }
            Object row = GridKt._get(grid, 0);
            for (String accessor : List.of("id", "getId")) {
                try {
                    return row.getClass().getMethod(accessor).invoke(row);
                } catch (ReflectiveOperationException ignored) {
                    // another kind of row
                }
            }
        }
        return null;
    }

    /** The names of the constants of every enum of the application. */
    private static Set<String> enumConstants() throws IOException {
        Set<String> names = new TreeSet<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/sunshine"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, EnglishScreensTest.class.getClassLoader());
                    if (type.isEnum()) {
                        for (Object constant : type.getEnumConstants()) {
                            names.add(((Enum<?>) constant).name());
                        }
                    }
                } catch (ClassNotFoundException | LinkageError ignored) {
                    // not loadable on its own
                }
            }
        }
        return names;
    }
}
