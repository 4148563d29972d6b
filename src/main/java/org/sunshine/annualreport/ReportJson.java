package org.sunshine.annualreport;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A report's content as the JSON frozen in its edition (and served as open data): the {@link ReportContent} record
 * with its {@link TableTwo}, dates as ISO text.
 */
@Singleton
@SerdeImport(ReportContent.class)
@SerdeImport(TableTwo.class)
public class ReportJson {

    private final ObjectMapper json;

    ReportJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(ReportContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReportContent read(String text) {
        try {
            return json.readValue(text, ReportContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
