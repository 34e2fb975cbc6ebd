package io.rdpdoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputFinderTest {

    @Test
    void scenarioFilesBesideFactFilesAreNotInputs() {
        assertThat(InputFinder.isFactFileName("web-01.yaml")).isTrue();
        assertThat(InputFinder.isFactFileName("web-01.JSON")).isTrue();
        assertThat(InputFinder.isFactFileName("captures.scenarios.yaml")).isFalse();
        assertThat(InputFinder.isFactFileName("README.md")).isFalse();
    }

    @Test
    void theBundledSamplesAreFactFilesAndCaptureFoldersOnly() {
        List<BatchInput> found = InputFinder.find(List.of(Path.of("facts-samples")));
        assertThat(found).noneMatch(i -> i.type() == BatchInput.Type.UNUSABLE);
        assertThat(found).noneMatch(i -> i.path().getFileName().toString().endsWith(".scenarios.yaml"));
        assertThat(found).anyMatch(i -> i.type() == BatchInput.Type.CAPTURE_FOLDER
                && i.path().endsWith(Path.of("captures", "de-port-held-by-java")));
    }
}
