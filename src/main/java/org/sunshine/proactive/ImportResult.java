package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What an import did: every row written, or none.
 *
 * @param imported     the file was imported; false: refused, nothing written
 * @param rows         the records written
 * @param late         how many of them were published after their deadline
 * @param batch        the id stamped on them ({@code import_batch})
 * @param problems     the problems found, at most {@link RecordImport#MAX_LISTED}, in the file's order
 * @param problemCount all the problems found
 */
public record ImportResult(boolean imported, int rows, int late, @Nullable String batch, List<ImportProblem> problems,
                           int problemCount) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    static ImportResult done(int rows, int late, String batch) {
        return new ImportResult(true, rows, late, batch, List.of(), 0);
    }

    static ImportResult refused(List<ImportProblem> problems, int problemCount) {
        return new ImportResult(false, 0, 0, null, problems, problemCount);
    }

    static ImportResult refused(ImportProblem problem) {
        return refused(List.of(problem), 1);
    }
}
