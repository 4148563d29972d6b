package org.sunshine.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English sentences say everything in English, and every stored code the screens show has a label in both
 * languages. Chinese stays in English only where it is the thing itself: the text of an official document printed in
 * Chinese whatever the reader's language, a marker or an example the user types in Chinese, the language switch.
 */
class EnglishBundleTest {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\u3000-\\u303f\\uff01-\\uff5e]");
    /** Keys whose English value is Chinese on purpose (prefixes end with a dot). */
    private static final List<String> CHINESE_ON_PURPOSE = List.of(
            "language.zh",
            // the bulletin is a Chinese official document (GB/T 9704): its texts, markers, number and date
            "bulletin.text.", "bulletin.marker.", "bulletin.number", "bulletin.paper.datePattern",
            // the markers the inspector types into the body, named in the help
            "bulletin.blocker.commendedMarker", "bulletin.blocker.criticizedMarker", "bulletin.blocker.problemsMarker",
            "bulletin.editText.help", "bulletin.body.help",
            // the rows of table 三 of the annual report, in the State Council's words, and the organs' document numbers
            "inforequest.row.", "inforequest.document.number", "inforequest.organ.cityPrefix",
            // examples of what is typed in Chinese
            "complaint.identity.help", "apply.docNumber.help", "inforequest.error.abbreviation",
            "guide.abbreviation.help");
    /** A label family used with a stored code: {@code "prefix." + x.name()} or a {@code labelKey()}. */
    private static final Pattern FAMILY = Pattern.compile(
            "\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.)\"\\s*\\+\\s*(?:[a-zA-Z0-9_.()]+\\.)?name\\(\\)");
    /**
     * Families that name only some constants on purpose: the messages of the steps a user takes in a dialog (its help,
     * its confirmation, what is said when it is done) exist for those steps only; the annual report downloads as PDF
     * and DOCX, not as every format the engine knows; the annual reports' filter offers the red and yellow marks only.
     */
    private static final Set<String> PARTIAL = Set.of("annualreport.download.", "annualreport.mark.");
    private static final Pattern STEP_MESSAGES = Pattern.compile(".*\\.(done|help|confirm|step)\\.");

    @Test
    void englishSentencesHaveNoChineseButWhereChineseIsTheThingItself() throws IOException {
        Properties en = load("i18n/messages_en.properties");
        List<String> offenders = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            boolean allowed = CHINESE_ON_PURPOSE.stream().anyMatch(p -> p.endsWith(".") ? key.startsWith(p) : key.equals(p));
            if (!allowed && CJK.matcher(en.getProperty(key)).find()) {
                offenders.add(key + "=" + en.getProperty(key));
            }
        }
        assertThat(offenders).as("English texts with Chinese in them").isEmpty();
    }

    @Test
    void everyStoredCodeTheCodeLabelsHasALabelForEachOfItsValues() throws Exception {
        Properties zh = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        List<Class<?>> enums = enums();
        Set<String> families = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = FAMILY.matcher(Files.readString(source));
                while (m.find()) {
                    families.add(m.group(1));
                }
            }
        }
        assertThat(families).as("the code labels stored codes").contains("complaint.channel.", "assessment.grade.");
        List<String> missing = new ArrayList<>();
        for (String family : families) {
            if (PARTIAL.contains(family) || STEP_MESSAGES.matcher(family).matches()) {
                continue;
            }
            Set<String> labelled = zh.stringPropertyNames().stream().filter(k -> k.startsWith(family))
                    .map(k -> k.substring(family.length())).filter(k -> k.matches("[A-Z][A-Z0-9_]*"))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (labelled.isEmpty()) {
                missing.add(family + "* (no label at all)");
                continue;
            }
            // the enum it labels: the smallest one whose values include every value labelled
            enums.stream().map(EnglishBundleTest::names).filter(values -> values.containsAll(labelled))
                    .min(Comparator.comparingInt(Set::size)).ifPresent(values -> values.stream()
                            .filter(v -> !zh.containsKey(family + v) || !en.containsKey(family + v))
                            .forEach(v -> missing.add(family + v)));
        }
        assertThat(missing).as("values shown without a label").isEmpty();
    }

    private static Set<String> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet());
    }

    private static List<Class<?>> enums() throws IOException {
        List<Class<?>> found = new ArrayList<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/sunshine"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, EnglishBundleTest.class.getClassLoader());
                    if (type.isEnum()) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError ignored) {
                    // not loadable on its own
                }
            }
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EnglishBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
