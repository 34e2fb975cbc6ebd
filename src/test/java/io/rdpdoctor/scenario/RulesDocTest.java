package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.knowledge.CatalogueMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalogue and must not go stale. */
class RulesDocTest {

    @Test
    void docsRulesMdIsTheGeneratedCatalogue() throws IOException {
        String generated = CatalogueMarkdown.render(TestRules.bundled().catalogue());
        String onDisk = Files.readString(Path.of("docs/rules.md"));
        assertThat(onDisk).startsWith(CatalogueMarkdown.HEADER);
        assertThat(onDisk)
                .as("docs/rules.md is stale: run ./rdp-doctor rules --markdown > docs/rules.md")
                .isEqualTo(generated);
    }
}
