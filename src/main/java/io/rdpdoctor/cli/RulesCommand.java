package io.rdpdoctor.cli;

import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import io.rdpdoctor.knowledge.Templates;
import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.FixStep;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The catalogue: every diagnosis the rules know (id, kind, layer, title, sources).",
        subcommands = {RulesCommand.Show.class})
final class RulesCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @picocli.CommandLine.Option(names = "--markdown", description = "The whole catalogue as Markdown (docs/rules.md is made this way).")
    boolean markdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleBase rb;
        try {
            rb = rules.load();
        } catch (RuleException e) {
            return DiagnoseCommand.reportRuleError(spec.commandLine().getErr(), e);
        }
        if (markdown) {
            out.print(io.rdpdoctor.knowledge.CatalogueMarkdown.render(rb.catalogue()));
            out.flush();
            return ExitCodes.NO_DIAGNOSIS;
        }
        out.printf("%-24s %-8s %-14s %s%n", "ID", "KIND", "LAYER", "TITLE");
        for (DiagnosisDef d : rb.catalogue().diagnoses()) {
            out.printf("%-24s %-8s %-14s %s%n", d.id(), d.kind().name().toLowerCase(java.util.Locale.ROOT), d.layer(), Templates.generic(d.title()));
        }
        out.flush();
        return ExitCodes.NO_DIAGNOSIS;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One diagnosis: explanation, fix, warnings, verification, sources.")
    static final class Show implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "A diagnosis id, e.g. RDP-DISABLED-BY-GPO.")
        String id;

        @CommandLine.ParentCommand
        RulesCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleBase rb;
            try {
                rb = parent.rules.load();
            } catch (RuleException e) {
                return DiagnoseCommand.reportRuleError(spec.commandLine().getErr(), e);
            }
            Optional<DiagnosisDef> found = rb.catalogue().diagnosis(id.toUpperCase(java.util.Locale.ROOT));
            if (found.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no diagnosis '" + id + "'; 'rdp-doctor rules' lists them");
            }
            DiagnosisDef d = found.get();
            out.println(d.id() + "  " + Templates.generic(d.title()));
            out.println("kind: " + d.kind().name().toLowerCase(java.util.Locale.ROOT) + ", layer: " + d.layer() + ", severity: " + d.severity()
                    + ", troubleshooting order: " + d.order() + "   [" + rb.catalogue().fileOf(d.id()) + "]");
            if (!d.explains().isEmpty()) out.println("explains: " + String.join(", ", d.explains()));
            out.println();
            out.println(Templates.generic(d.explanation()).strip());
            if (!d.fix().isEmpty()) {
                out.println();
                out.println("fix ({placeholders} are filled from the host's evidence):");
                int n = 1;
                for (FixStep s : d.fix()) {
                    out.println("  " + n++ + ". " + Templates.generic(s.step()));
                    line(out, "backup first", s.backup());
                    line(out, "PowerShell", s.powershell());
                    line(out, "cmd", s.cmd());
                    line(out, "run", s.command());
                    line(out, "! warning", Templates.generic(s.warning()));
                    line(out, "undo", s.undo());
                }
            }
            if (d.verify() != null) {
                out.println();
                out.println("verify:");
                line(out, "PowerShell", d.verify().powershell());
                line(out, "cmd", d.verify().cmd());
                line(out, "run", d.verify().command());
                line(out, "healthy", Templates.generic(d.verify().expect()));
            }
            out.println();
            out.println("sources:");
            d.sources().forEach(s -> out.println("  - " + s));
            out.flush();
            return ExitCodes.NO_DIAGNOSIS;
        }

        private static void line(PrintWriter out, String label, String text) {
            if (text != null) out.println("     " + label + ": " + text);
        }
    }
}
