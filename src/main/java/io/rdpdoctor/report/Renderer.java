package io.rdpdoctor.report;

import io.rdpdoctor.diagnosis.Report;
import java.io.PrintWriter;

/** One output format of the report. Every format renders the same {@link Report}. */
public interface Renderer {

    void render(Report report, PrintWriter out);

    static Renderer forFormat(String format) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            case "markdown", "md" -> new MarkdownRenderer();
            case "html" -> new HtmlRenderer();
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; expected text, json, markdown or html");
        };
    }
}
