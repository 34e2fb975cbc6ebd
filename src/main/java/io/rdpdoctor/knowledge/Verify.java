package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How to check that the fix worked, and what healthy output looks like. */
public record Verify(String powershell, String cmd, String command, @JsonProperty(required = true) String expect) implements java.io.Serializable {
}
