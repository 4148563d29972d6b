package org.sunshine.report;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles {@code reports/*.jrxml} to {@code .jasper} during the build (exec-maven-plugin, process-classes),
 * so that a broken template fails the build and the running application needs no compiler.
 */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replace(".jrxml", ".jasper");
            Path compiled = target.resolve(name);
            if (Files.exists(compiled) && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
            System.out.println("Compiled report " + template.getFileName());
        }
    }
}
