package io.rdpdoctor.cli;

import io.rdpdoctor.batch.PooledDiagnoser;
import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import io.rdpdoctor.serve.Server;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a page where an engineer pastes command output (or drops capture files, or the collector's zip) "
                + "and reads the diagnosis as it types; and its JSON API, POST /api/diagnose (docs/serve.md).",
                "Loopback only unless --bind says otherwise. Nothing is stored; stop it with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8470",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). "
                    + "An address of this machine, or 0.0.0.0 for all, shares the page with the network: anyone who reaches it can use it.")
    String bind;

    @Option(names = "--host-name", paramLabel = "NAME",
            description = "Another name the page is opened by (a DNS alias of this machine), beside localhost, "
                    + "the bound address and the machine's own name; requests naming any other host are refused (repeatable).")
    java.util.List<String> hostNames = new java.util.ArrayList<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Requests diagnosed at once; the others wait (default: one per core, ${DEFAULT-VALUE}).")
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());

    @Option(names = "--as-of", paramLabel = "DATE", description = ReferenceDay.OPTION_HELP)
    java.time.LocalDate asOf;

    @Mixin
    RulesOption rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + ": expected 0 to 65535");
        }
        if (threads < 1 || threads > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads " + threads + ": expected 1 to 256");
        }
        for (String h : hostNames) {
            if (!h.matches("(?i)[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--host-name " + h + ": expected a DNS name such as rdp-doctor.corp.example");
            }
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + bind + ": expected an address of this machine (127.0.0.1, 0.0.0.0, ...)");
        }
        RuleBase ruleBase;
        try {
            ruleBase = rules.load();
        } catch (RuleException e) {
            return DiagnoseCommand.reportRuleError(err, e);
        }
        Server server;
        try {
            server = new Server(address, port, new PooledDiagnoser(ruleBase, threads, ReferenceDay.of(asOf)), threads, hostNames);
        } catch (java.net.BindException e) {
            err.println("rdp-doctor: cannot listen on " + bind + ":" + port + ": " + e.getMessage() + " (another program has the port? try --port)");
            err.flush();
            return ExitCodes.USAGE;
        }
        out.println("rdp-doctor serve: open " + server.url() + " in a browser (Ctrl+C stops it)");
        if (!address.isLoopbackAddress()) {
            out.println("rdp-doctor serve: shared on " + bind + ": anyone who reaches this address can use the page; nothing is stored");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.NO_DIAGNOSIS;
    }
}
