package io.rdpdoctor.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The content of a {@code *.scenarios.yaml} file. */
record ScenarioFile(@JsonProperty(required = true) List<Scenario> scenarios) {
}
