package io.rdpdoctor.cli;

import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The bundled rules directory plus extra ones given with --rules. */
final class RulesOption {

    @Option(names = {"-r", "--rules"}, paramLabel = "DIR", description = "An extra rules directory, loaded beside the bundled rules (repeatable).")
    List<Path> extra = new ArrayList<>();

    /** The bundled rules: rdpdoctor.rules, else rules/ under rdpdoctor.home (set by the launcher), else ./rules. */
    static Path bundled() {
        String rules = System.getProperty("rdpdoctor.rules");
        if (rules != null) return Path.of(rules);
        return Path.of(System.getProperty("rdpdoctor.home", "."), "rules");
    }

    List<Path> directories() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(bundled());
        dirs.addAll(extra);
        return dirs;
    }

    RuleBase load() throws RuleException {
        return RuleBase.load(directories());
    }
}
