package io.rdpdoctor.engine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Where rdp-doctor is installed, and so where its bundled rules are: the one place that decides it
 * (the command line, the batch and the preloading thread ask here).
 *
 * <p>The installation is the folder above the one that holds rdp-doctor's jar: {@code lib/} of an
 * unpacked distribution, {@code target/} of a clone. So {@code java -jar /opt/rdp-doctor/lib/rdp-doctor.jar}
 * finds {@code /opt/rdp-doctor/rules} from any working directory, as the launchers (which also set
 * {@value #HOME}) do.
 */
public final class Installation {

    /** System property: the installation folder (the launchers set it). */
    public static final String HOME = "rdpdoctor.home";
    /** System property: the bundled rules directory itself, overriding the installation's. */
    public static final String RULES = "rdpdoctor.rules";

    private Installation() {
    }

    /**
     * The bundled rules: {@value #RULES}, else {@code rules/} under {@value #HOME}, else {@code rules/}
     * of the installation the jar is in, else {@code ./rules} (classes run from a build folder, as in the
     * tests). {@code --rules DIR} adds directories after this one.
     */
    public static Path bundledRules() {
        String rules = System.getProperty(RULES);
        if (rules != null && !rules.isBlank()) {
            return Path.of(rules);
        }
        return home().resolve("rules");
    }

    /** The installation folder: {@value #HOME}, else the folder above the jar when it holds rules/, else ".". */
    public static Path home() {
        String home = System.getProperty(HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        Path fromJar = jarHome();
        return fromJar != null ? fromJar : Path.of(".");
    }

    private static Path jarHome() {
        try {
            CodeSource cs = Installation.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return null;
            }
            Path jar = Path.of(cs.getLocation().toURI());
            if (!Files.isRegularFile(jar) || jar.getParent() == null || jar.getParent().getParent() == null) {
                return null;
            }
            Path home = jar.getParent().getParent();
            return Files.isDirectory(home.resolve("rules")) ? home : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
