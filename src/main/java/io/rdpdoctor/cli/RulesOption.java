package io.rdpdoctor.cli;

import io.rdpdoctor.engine.Installation;
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

    /** The bundled rules of this installation ({@link Installation#bundledRules}). */
    static Path bundled() {
        return Installation.bundledRules();
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
