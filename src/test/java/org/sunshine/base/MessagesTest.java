package org.sunshine.base;

import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese first, English second, and nothing user-visible outside the bundle. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:common|nav|error|public|landing|login|role|workbench|duty|department|keyArea|responsibility|disclosure|user|password|audit|report|shell|app|language)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties zh = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
    }

    @Test
    void apostrophesAreEscapedForMessageFormat() throws IOException {
        for (String file : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key).replace("''", "")).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties zh = load("i18n/messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path source : javaSources()) {
            Matcher m = KEY_LITERAL.matcher(Files.readString(source));
            while (m.find()) {
                String key = m.group(1);
                boolean prefix = key.endsWith(".") || zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                if (!zh.containsKey(key) && !prefix) {
                    missing.add(source.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void javaCodeHasNoChineseTextOutsideCommentsAndDemoData() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : javaSources()) {
            if (source.toString().contains("/demo/")) {
                continue;
            }
            String code = stripComments(Files.readString(source));
            Matcher m = CJK.matcher(code);
            if (m.find()) {
                int line = code.substring(0, m.start()).split("\n", -1).length;
                offenders.add(source + ":" + line);
            }
        }
        assertThat(offenders).as("user-visible text belongs in i18n/messages*.properties").isEmpty();
    }

    @Test
    void formatsWithArgumentsInEachLanguage() {
        Messages messages = new Messages();
        assertThat(messages.getTranslation("login.error.locked.text", Messages.CHINESE, 5, 15L, "10:15"))
                .isEqualTo("由于连续 5 次密码错误，账号已被锁定 15 分钟，请于 10:15 后再试，或联系系统管理员解锁。");
        assertThat(messages.getTranslation("landing.intro", Messages.ENGLISH, "Office", "City")).contains("department's");
        assertThat(messages.getTranslation("landing.service.rankings.text", Messages.ENGLISH)).contains("department's");
        assertThat(messages.getTranslation("no.such.key", Messages.CHINESE)).isEqualTo("!no.such.key!");
        assertThat(Messages.supported(java.util.Locale.US)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.supported(java.util.Locale.FRENCH)).isEqualTo(Messages.CHINESE);
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static String stripComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
