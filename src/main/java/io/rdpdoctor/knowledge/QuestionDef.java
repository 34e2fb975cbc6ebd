package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An open question and the command that settles it.
 *
 * @param where    where the command runs: "server", "client" or "provider" (a cloud console or CLI)
 * @param order    troubleshooting order: lower is asked first
 * @param outcomes what each answer would mean
 * @param settledBy diagnoses that, once confirmed, make the question moot (the cause is known)
 */
public record QuestionDef(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String ask,
        @JsonProperty(required = true) String where,
        @JsonProperty(required = true) Integer order,
        String powershell,
        String cmd,
        @JsonProperty(required = true) List<Outcome> outcomes,
        List<String> settledBy) implements java.io.Serializable {

    public record Outcome(@JsonProperty(required = true) String result, @JsonProperty(required = true) String means)
            implements java.io.Serializable {
    }

    public QuestionDef {
        outcomes = List.copyOf(outcomes);
        settledBy = settledBy == null ? List.of() : List.copyOf(settledBy);
    }
}
