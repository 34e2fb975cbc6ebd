package io.rdpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where the bundled rules are found. The jar's own location (an unpacked distribution run with java -jar
 * from another folder) is checked end to end by src/test/dist/dist-test.sh in mvn verify.
 */
class InstallationTest {

    private String home;
    private String rules;

    @BeforeEach
    void save() {
        home = System.getProperty(Installation.HOME);
        rules = System.getProperty(Installation.RULES);
        System.clearProperty(Installation.HOME);
        System.clearProperty(Installation.RULES);
    }

    @AfterEach
    void restore() {
        set(Installation.HOME, home);
        set(Installation.RULES, rules);
    }

    private static void set(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }

    @Test
    void theRulesPropertyWinsOverTheHome() {
        System.setProperty(Installation.HOME, "/opt/rdp-doctor");
        assertThat(Installation.bundledRules()).isEqualTo(Path.of("/opt/rdp-doctor", "rules"));
        System.setProperty(Installation.RULES, "/srv/site-rules");
        assertThat(Installation.bundledRules()).isEqualTo(Path.of("/srv/site-rules"));
    }

    @Test
    void classesOutsideAJarUseTheWorkingFolder() {
        // The tests run from target/classes, not from a jar: no installation to find.
        assertThat(Installation.home()).isEqualTo(Path.of("."));
        assertThat(Installation.bundledRules()).isEqualTo(Path.of(".", "rules"));
    }

    @Test
    void onlyCommandsThatLoadRulesStartThePreloadingThread() {
        assertThat(RulePreloader.loadsRules(new String[] {"diagnose", "x.yaml"})).isTrue();
        assertThat(RulePreloader.loadsRules(new String[] {"batch", "dir"})).isTrue();
        assertThat(RulePreloader.loadsRules(new String[] {"--version"})).isFalse();
        assertThat(RulePreloader.loadsRules(new String[] {"parse", "dir"})).isFalse();
        assertThat(RulePreloader.loadsRules(new String[0])).isFalse();
    }
}
