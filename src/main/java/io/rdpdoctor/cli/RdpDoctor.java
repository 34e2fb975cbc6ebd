package io.rdpdoctor.cli;

import io.rdpdoctor.engine.RulePreloader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The rdp-doctor command line. Only {@link #main} calls System.exit. */
@Command(name = "rdp-doctor",
        mixinStandardHelpOptions = true,
        versionProvider = RdpDoctor.Version.class,
        description = "Tells why Remote Desktop to a Windows Server fails and what to do about it.",
        subcommands = {DiagnoseCommand.class, RulesCommand.class, TestRulesCommand.class, EvalCommand.class,
                ParseCommand.class, io.rdpdoctor.batch.BatchCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no diagnosis found",
                "1:internal error, or standard output could not be written",
                "2:usage error",
                "3:an input could not be read, or nothing in it was understood (the report says what to collect)",
                "4:diagnoses found",
                "5:the rules could not be loaded",
                "6:test-rules: a scenario or a contract check failed, or no scenario was found"})
public final class RdpDoctor implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed, e.g. diagnose FILE");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RdpDoctor());
        cl.setCaseInsensitiveEnumValuesAllowed(true); // parse --sources full as FULL
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("rdp-doctor: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        return cl;
    }

    /** The launcher's main class: the bundled rules start loading on the other core first. */
    public static void main(String[] args) {
        RulePreloader.preloadFor(args);
        System.exit(execute(commandLine(), args));
    }

    /**
     * Runs the command line, then makes sure what it wrote reached standard output: a full disk
     * ({@code > /dev/full}) or a closed pipe is an error, not an empty report with a "healthy" exit
     * code (adversarial review F18). PrintWriter and PrintStream swallow write errors, so both the
     * command line's writer and System.out are asked.
     */
    public static int execute(CommandLine cl, String... args) {
        String unrepresentable = unrepresentable(args);
        if (unrepresentable != null) {
            cl.getErr().println(unrepresentable);
            cl.getErr().flush();
            return ExitCodes.USAGE;
        }
        int code = cl.execute(args);
        cl.getOut().flush();
        System.out.flush();
        if (cl.getOut().checkError() || System.out.checkError()) {
            cl.getErr().println("rdp-doctor: cannot write standard output (disk full, or the reading end of the pipe closed); the output is incomplete");
            cl.getErr().flush();
            return ExitCodes.INTERNAL_ERROR == code ? code : ExitCodes.OUTPUT_ERROR;
        }
        return code;
    }

    /**
     * Says plainly when an argument arrived with characters the JVM could not decode (U+FFFD): the
     * locale is C or POSIX (cron, systemd, containers) and cannot represent a path such as
     * {@code hôst 1.yaml} (adversarial review F30). The launchers run the JVM in C.UTF-8 where the
     * system has it; this is what is left when it has not. Null when every argument is whole.
     */
    static String unrepresentable(String... args) {
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                String encoding = System.getProperty("sun.jnu.encoding");
                String start = "rdp-doctor: the argument '" + io.rdpdoctor.report.Visible.text(a) + "' holds characters that this locale's "
                        + "encoding (" + encoding + ") could not decode, so it is not what you typed (a path in it names no file): ";
                return start + (encoding != null && java.nio.charset.Charset.isSupported(encoding) && java.nio.charset.Charset.forName(encoding)
                        .equals(java.nio.charset.StandardCharsets.UTF_8)
                        ? "the name is not UTF-8; rename the file, or give its folder instead"
                        : "this locale cannot represent it; run rdp-doctor with a UTF-8 locale (LC_ALL=C.UTF-8 or LC_ALL=en_US.UTF-8)");
            }
        }
        return null;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = RdpDoctor.class.getResourceAsStream("/rdp-doctor-version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"rdp-doctor " + p.getProperty("version", "unknown")
                    + " (Drools " + p.getProperty("drools", "?") + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
