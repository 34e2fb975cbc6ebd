package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One step of a fix. Commands may hold placeholders such as {port} that the finding's values fill.
 *
 * @param command  a command for another shell or tool (gcloud, az, aws, mstsc) when neither
 *                 PowerShell nor cmd is where the step is done
 * @param requires the step is shown only when the finding has these values
 * @param backup   a command to run before a step that is hard to undo
 * @param undo     how to take the step back
 */
public record FixStep(
        @JsonProperty(required = true) String step,
        String powershell,
        String cmd,
        String command,
        String warning,
        String backup,
        String undo,
        List<String> requires) implements java.io.Serializable {

    public FixStep {
        requires = requires == null ? List.of() : List.copyOf(requires);
    }
}
