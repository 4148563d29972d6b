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
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese first, English second, and nothing user-visible outside the bundle. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A string literal that looks like a key: words joined by dots. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    /** Literals that look like keys but name files. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(png|jpg|pdf|csv|xlsx|json|jasper|jrxml|properties|yml|html|css|js|sql)");
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
        Set<String> families = zh.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Path source : javaSources()) {
            Matcher m = KEY_LITERAL.matcher(Files.readString(source));
            while (m.find()) {
                String key = m.group(1);
                if (!families.contains(key.substring(0, key.indexOf('.') + 1)) || FILE_NAME.matcher(key).matches()) {
                    continue; // not a message key (a property name, a file name ...)
                }
                boolean prefix = key.endsWith(".") || zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                if (!zh.containsKey(key) && !prefix) {
                    missing.add(source.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every state machine of the platform: each state and action is labelled as {@code <machine>.state.<NAME>}. */
    static final List<org.sunshine.workflow.Workflow<?, ?>> MACHINES = List.of(
            org.sunshine.complaint.ComplaintWorkflow.TABLE, org.sunshine.finding.FindingWorkflow.TABLE,
            org.sunshine.rectification.RectificationWorkflow.TABLE, org.sunshine.bulletin.BulletinWorkflow.TABLE,
            org.sunshine.supervision.ReviewWorkflow.TABLE, org.sunshine.supervision.SupervisorWorkflow.TABLE,
            org.sunshine.assessment.PeriodWorkflow.TABLE, org.sunshine.assessment.AnnualWorkflow.TABLE,
            org.sunshine.annualreport.ReportWorkflow.TABLE);

    /** Enums shown by their names: every value has a label in the bundle. */
    @Test
    void everyLabelledValueHasALabel() throws IOException {
        Properties zh = load("i18n/messages.properties");
        Map<String, Class<? extends Enum<?>>> labelled = new java.util.LinkedHashMap<>();
        labelled.put("audit.action.", org.sunshine.audit.AuditAction.class);
        labelled.put("complaint.state.", org.sunshine.complaint.ComplaintState.class);
        labelled.put("complaint.type.", org.sunshine.complaint.ComplaintType.class);
        labelled.put("complaint.channel.", org.sunshine.complaint.Channel.class);
        labelled.put("workflow.actor.", org.sunshine.workflow.Actor.class);
        labelled.put("complaint.rating.", org.sunshine.complaint.Rating.class);
        labelled.put("calendar.kind.", org.sunshine.calendar.DayKind.class);
        labelled.put("supervisor.background.", org.sunshine.supervision.Background.class);
        labelled.put("finding.issue.", org.sunshine.finding.IssueType.class);
        labelled.put("finding.severity.", org.sunshine.finding.Severity.class);
        labelled.put("finding.source.", org.sunshine.finding.FindingSource.class);
        labelled.put("finding.state.", org.sunshine.finding.FindingStage.class);
        labelled.put("rectification.verdict.", org.sunshine.rectification.Report.Verdict.class);
        labelled.put("assessment.kind.", org.sunshine.assessment.IndicatorKind.class);
        labelled.put("assessment.metric.", org.sunshine.assessment.Metric.class);
        labelled.put("assessment.grade.", org.sunshine.assessment.Grade.class);
        labelled.put("assessment.basis.", org.sunshine.assessment.DepartmentScore.Basis.class);
        labelled.put("assessment.system.state.", org.sunshine.assessment.IndicatorSystem.State.class);
        labelled.put("assessment.period.kind.", org.sunshine.assessment.PeriodKind.class);
        labelled.put("assessment.objection.outcome.", org.sunshine.assessment.ObjectionOutcome.class);
        labelled.put("assessment.period.numberOf.", org.sunshine.assessment.PeriodKind.class);
        labelled.put("bulletin.kind.", org.sunshine.bulletin.BulletinKind.class);
        labelled.put("bulletin.role.", org.sunshine.bulletin.DepartmentRole.class);
        labelled.put("bulletin.problem.source.", org.sunshine.bulletin.ProblemSource.class);
        labelled.put("bulletin.commendBy.", org.sunshine.bulletin.DraftForm.CommendBy.class);
        labelled.put("bulletin.criticizeBy.", org.sunshine.bulletin.DraftForm.CriticizeBy.class);
        labelled.put("proactive.category.", org.sunshine.proactive.RecordCategory.class);
        labelled.put("proactive.channel.", org.sunshine.proactive.Channel.class);
        labelled.put("proactive.link.", org.sunshine.proactive.LinkState.class);
        for (org.sunshine.workflow.Workflow<?, ?> machine : MACHINES) {
            labelled.put(machine.name() + ".state.", machine.states());
            labelled.put(machine.name() + ".action.", machine.actions());
        }
        List<String> missing = new ArrayList<>();
        labelled.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!zh.containsKey(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
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
                .isEqualTo("由于从您所在的网络地址连续 5 次密码错误，此账号已暂停在该地址登录，请于 10:15（约 15 分钟后）再试，或联系系统管理员解锁。");
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
