package org.sunshine.base.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme's style sheet is whole: every block it opens it closes. Each issue appends its own block, and a merge
 * that drops one closing brace puts every rule after it inside the open block, where the browser ignores them.
 */
class ThemeStylesTest {

    @Test
    void everyBlockIsClosed() throws Exception {
        // comments and strings left out, their lines kept so that the line numbers stay right
        String css = Pattern.compile("(?s)/\\*.*?\\*/").matcher(Files.readString(Path.of("frontend/themes/sunshine/styles.css")))
                .replaceAll(m -> m.group().replaceAll("[^\\n]", ""))
                .replaceAll("\"[^\"\\n]*\"|'[^'\\n]*'", "\"\"");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a closing brace without its block, near line %d", line).isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
