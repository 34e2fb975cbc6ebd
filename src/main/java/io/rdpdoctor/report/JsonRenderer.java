package io.rdpdoctor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.rdpdoctor.diagnosis.Report;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The report as JSON (docs/report.schema.json), for batch, scripts and other tools. Enum values
 * are lower case; absent values are left out; control characters are written as backslash-u escapes
 * ({@link Visible#JSON_ESCAPES}).
 */
public final class JsonRenderer implements Renderer {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                    .addSerializer(Enum.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<Enum>(Enum.class) {
                        @Override
                        public void serialize(Enum value, com.fasterxml.jackson.core.JsonGenerator gen,
                                              com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
                            gen.writeString(value.name().toLowerCase(java.util.Locale.ROOT));
                        }
                    }))
            .build().writer().with(Visible.JSON_ESCAPES);

    /** A part of a report (its recognised list), written as the report writes it: for the serve page's list of what was read. */
    public static String json(Object part) {
        try {
            return WRITER.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void render(Report report, PrintWriter out) {
        try {
            out.println(WRITER.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
