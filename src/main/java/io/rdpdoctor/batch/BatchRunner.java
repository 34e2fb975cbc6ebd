package io.rdpdoctor.batch;

import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleBudget;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.parse.InputReader;
import io.rdpdoctor.facts.FactSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Runs a batch: finds the inputs, then one worker per core takes the next input, reads it, runs the
 * rules in a pooled session, ranks, and writes its line at once (results come out as they are
 * ready, not in input order). Nothing but counts and the fleet report's compact groups is kept.
 * Every input found gives exactly one result or one error record.
 */
public final class BatchRunner {

    /**
     * @param roots    the files and directories of the command line
     * @param format   the format of {@code out}, or null for no stream
     * @param out      where the stream goes (standard output), or null
     * @param outDir   the report directory ({@code --out}), or null
     * @param threads  workers (one per core by default)
     * @param progress draw the progress bar on {@code err}
     * @param readOnly only read and parse (the benchmark's baseline): no rules, no output
     * @param day      the day each host's facts are judged as of
     * @param budget   the rule firings and time one host may take; beyond, the host is an error record
     */
    public record Options(List<Path> roots, ResultFormat format, Writer out, Path outDir, int threads, boolean progress,
                          boolean readOnly, PrintStream err, ReferenceDay day, RuleBudget budget) {

        public Options(List<Path> roots, ResultFormat format, Writer out, Path outDir, int threads, boolean progress,
                       boolean readOnly, PrintStream err, ReferenceDay day) {
            this(roots, format, out, outDir, threads, progress, readOnly, err, day, RuleBudget.DEFAULT);
        }
    }

    /** What a batch did: results (ok + healthy) + errors = found; partial of the results were read in part. */
    public record Totals(int found, int ok, int healthy, int errors, int partial, double seconds) {

        public int results() {
            return ok + healthy;
        }

        /** 3 when an input failed, else 4 when a host has a diagnosis, else 0 (as diagnose). */
        public int exitCode() {
            return errors > 0 ? 3 : ok > 0 ? 4 : 0;
        }
    }

    private final Map<BatchInput.Type, InputLoader> loaders = new EnumMap<>(BatchInput.Type.class);

    /** The catalogue of the run under way, for free text in captures (set by {@link #run}). */
    private volatile io.rdpdoctor.knowledge.Catalogue catalogue;

    public BatchRunner() {
        // one for every worker: it is thread-safe
        InputReader reader = new InputReader(new io.rdpdoctor.knowledge.FreeTextQuotes(() -> catalogue));
        loaders.put(BatchInput.Type.FACT_FILE, new FactFileLoader(reader));
        loaders.put(BatchInput.Type.CAPTURE_FOLDER, new CaptureFolderLoader(reader));
        loaders.put(BatchInput.Type.CAPTURE_ZIP, loaders.get(BatchInput.Type.CAPTURE_FOLDER));
        loaders.put(BatchInput.Type.UNUSABLE, in -> {
            throw new InputException(in.display(), in.problem());
        });
    }

    /** Replaces the loader of one input type (the capture reader plugs in here). */
    public BatchRunner with(BatchInput.Type type, InputLoader loader) {
        loaders.put(type, loader);
        return this;
    }

    public Totals run(RuleBase rules, Options o) throws IOException, InterruptedException {
        catalogue = rules == null ? null : rules.catalogue(); // --read-only loads no rules
        ReportDirectory[] taken = new ReportDirectory[1];
        try {
            return run(rules, o, taken);
        } finally {
            if (taken[0] != null) taken[0].release(); // after a failure too: the directory's lock
        }
    }

    private Totals run(RuleBase rules, Options o, ReportDirectory[] taken) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String started = Instant.now().toString();
        List<BatchInput> inputs = InputFinder.find(o.roots(), o.outDir());
        int total = inputs.size();
        // no more workers (and pooled sessions) than inputs: --threads 100000 with one input made
        // 100,000 threads (adversarial review F24)
        int threads = Math.max(1, Math.min(o.threads(), total));
        String what = o.roots().stream().map(Path::toString).collect(Collectors.joining(" "));

        ReportDirectory dir = o.outDir() == null || o.readOnly() ? null : new ReportDirectory(o.outDir());
        FleetReport fleet = null;
        Writer results = null;
        Path resultsFile = null;
        if (dir != null) {
            dir.begin(what);
            taken[0] = dir;
            fleet = new FleetReport(dir.work(), rules == null ? null : rules.catalogue());
            resultsFile = dir.work().resolve(ReportDirectory.RESULTS);
            results = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(resultsFile), StandardCharsets.UTF_8), 1 << 16);
        }
        Object outLock = new Object();
        if (o.out() != null && o.format() != null && o.format().header() != null && !o.readOnly()) {
            o.out().write(o.format().header());
            o.out().write('\n');
        }

        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger healthy = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger partial = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        PooledDiagnoser diagnoser = o.readOnly() ? null : new PooledDiagnoser(rules, threads, o.day(), o.budget());

        final FleetReport fleetF = fleet;
        final Writer resultsW = results;
        final Path resultsP = resultsFile;
        boolean[] finished = new boolean[1];
        Thread hook = null;
        if (dir != null) {
            hook = new Thread(() -> {
                synchronized (finished) {
                    if (!finished[0]) {
                        synchronized (outLock) {
                            try {
                                resultsW.flush();
                            } catch (IOException | RuntimeException ignored) {
                                // going down
                            }
                        }
                        dir.abandon(resultsP);
                    }
                }
            }, "rdp-doctor-batch-interrupted");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    BatchInput in = inputs.get(i);
                    HostResult r;
                    Report report = null;
                    FactSet facts = null;
                    try {
                        InputLoader.Loaded loaded = loaders.get(in.type()).load(in);
                        facts = loaded.facts();
                        if (diagnoser == null) {
                            r = null;
                        } else if (fleetF == null) {
                            // only the lines: the ranking alone, no texts rendered that nothing prints
                            r = HostResult.of(facts, diagnoser.places(facts), loaded.skipped());
                        } else {
                            report = diagnoser.diagnose(facts).withSkipped(loaded.skipped());
                            r = HostResult.of(report);
                        }
                    } catch (InputException e) {
                        r = HostResult.error(in.display(), null, e.getMessage());
                    } catch (RuleBudget.Exceeded e) {
                        String host = facts == null ? null : facts.host().map(h -> h.name()).orElse(null);
                        r = HostResult.error(in.display(), host, e.getMessage());
                        report = null;
                    } catch (RuntimeException | StackOverflowError e) {
                        String host = facts == null ? null : facts.host().map(h -> h.name()).orElse(null);
                        r = HostResult.error(in.display(), host, (facts == null ? "could not be read: " : "could not be diagnosed: ") + e);
                        report = null;
                    }
                    if (r == null) { // read-only
                        ok.incrementAndGet();
                    } else {
                        switch (r.status()) {
                            case OK -> ok.incrementAndGet();
                            case HEALTHY -> healthy.incrementAndGet();
                            case ERROR -> errors.incrementAndGet();
                        }
                        if (r.status() != HostResult.Status.ERROR && !r.skipped().isEmpty()) {
                            partial.incrementAndGet();
                        }
                        emit(r, report, o, fleetF, resultsW, outLock);
                    }
                    done.incrementAndGet();
                }
            } catch (Throwable t) {
                synchronized (failure) {
                    if (failure[0] == null) failure[0] = t;
                }
                next.set(total); // the others stop too
            }
        };
        Thread[] workers = new Thread[threads];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(work, "rdp-doctor-batch-" + w);
            workers[w].start();
        }
        Progress progress = o.progress() ? new Progress(o.err()) : null;
        long lastFlush = System.nanoTime();
        for (Thread w : workers) {
            while (w.isAlive()) {
                w.join(200);
                if (progress != null) progress.draw(done.get(), total);
                if (System.nanoTime() - lastFlush > 1_000_000_000L && o.out() != null) {
                    synchronized (outLock) {
                        o.out().flush(); // streamed: a reader of the pipe sees results at least every second
                    }
                    lastFlush = System.nanoTime();
                }
            }
        }
        if (progress != null) {
            progress.draw(done.get(), total);
            progress.clear();
        }
        if (diagnoser != null) diagnoser.close();
        if (o.out() != null) o.out().flush();
        if (failure[0] != null) {
            if (failure[0] instanceof UncheckedIOException u) throw u.getCause();
            if (failure[0] instanceof Error e) throw e;
            throw new IllegalStateException("a batch worker failed", failure[0]);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Totals totals = new Totals(total, ok.get(), healthy.get(), errors.get(), partial.get(), seconds);
        if (dir != null) {
            synchronized (finished) {
                results.close();
                fleet.close();
                FleetReport.Run run = new FleetReport.Run(total, started, Instant.now().toString(), what, seconds);
                Path summary = dir.work().resolve(ReportDirectory.SUMMARY);
                fleet.writeMarkdown(summary, run);
                Path html = dir.work().resolve(ReportDirectory.REPORT);
                fleet.writeHtml(html, run);
                dir.publish(resultsFile, ReportDirectory.RESULTS);
                dir.publish(summary, ReportDirectory.SUMMARY);
                dir.publish(html, ReportDirectory.REPORT);
                dir.finish();
                finished[0] = true;
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        return totals;
    }

    private static void emit(HostResult r, Report report, Options o, FleetReport fleet, Writer results, Object lock) throws IOException {
        String line = o.out() != null && o.format() != null ? o.format().line(r) : null;
        String json = results != null ? (o.format() == ResultFormat.JSONL && line != null ? line : ResultFormat.JSONL.line(r)) : null;
        if (fleet != null) fleet.accept(r, report);
        synchronized (lock) {
            if (line != null) {
                o.out().write(line);
                o.out().write('\n');
            }
            if (json != null) {
                results.write(json);
                results.write('\n');
            }
        }
    }
}
