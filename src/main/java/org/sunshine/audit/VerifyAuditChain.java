package org.sunshine.audit;

import org.sunshine.base.i18n.Messages;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The command that checks the audit log's hash chain, for a scheduled job or an auditor:
 * {@code java -cp sunshine.jar org.sunshine.audit.VerifyAuditChain}, with the database in the application's own
 * variables ({@code DATASOURCES_DEFAULT_URL}, {@code _USERNAME}, {@code _PASSWORD}). Prints the result in the
 * system's language (Chinese unless it is English) and exits 0 if the chain is intact, 1 naming the first broken
 * entry, 2 if the database could not be read. A read-only account is enough.
 */
public final class VerifyAuditChain {

    private VerifyAuditChain() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, so that the Chinese text survives a terminal without a locale
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(System.getenv(), Locale.getDefault(), out, err));
    }

    static int run(Map<String, String> env, Locale locale, PrintStream out, PrintStream err) {
        Messages messages = new Messages();
        String url = env.get("DATASOURCES_DEFAULT_URL");
        if (url == null || url.isBlank()) {
            err.println(messages.getTranslation("audit.chain.command.noUrl", locale));
            return 2;
        }
        try (Connection connection = DriverManager.getConnection(url, env.getOrDefault("DATASOURCES_DEFAULT_USERNAME", "root"),
                env.getOrDefault("DATASOURCES_DEFAULT_PASSWORD", ""))) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            ChainCheck check = ChainVerifier.verify(connection);
            connection.rollback();
            if (check.isIntact()) {
                out.println(messages.getTranslation("audit.chain.intact", locale, check.entries()));
                return 0;
            }
            out.println(describe(messages, locale, check));
            return 1;
        } catch (SQLException e) {
            err.println(messages.getTranslation("audit.chain.command.failed", locale, e.getMessage()));
            return 2;
        }
    }

    /** The broken chain in words: which entry, how, and how many entries before it are intact. */
    public static String describe(Messages messages, Locale locale, ChainCheck check) {
        String entry = check.entryId() == null ? "-" : check.entryId().toString();
        return messages.getTranslation("audit.chain.broken", locale, entry,
                messages.getTranslation("audit.chain.problem." + check.problem().name(), locale, entry), check.entries());
    }
}
