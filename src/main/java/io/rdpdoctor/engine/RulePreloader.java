package io.rdpdoctor.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Started first by the launcher's main ({@code io.rdpdoctor.cli.RdpDoctor.main}, which runs the
 * command line after it; the engine does not know the command line): loads the bundled rules on a
 * background thread, from their executable model ({@link RuleModel}) or else the
 * {@link RulePackageCache}. The JVM has two cores to use at start: while
 * the main thread parses the command line and reads the catalogue, the other one builds the KieBase.
 *
 * <p>It changes nothing that is loaded: {@link RuleCompiler} takes the preloaded KieBase only when
 * it was built for exactly the files, in the order and with the bytes, that the command line asked
 * for (the same key); otherwise it is dropped and the rules are loaded as usual. When neither the
 * model nor the cache (when one is configured) holds the bundled rules, the thread just ends.
 */
public final class RulePreloader {

    /** A KieBase built from the cache entry under key. */
    private record Loaded(String key, KieBase kieBase) {
    }

    private static CompletableFuture<Loaded> pending;
    /** The key the preloading thread is working on, once it knows it. */
    private static volatile String preloadKey;

    private RulePreloader() {
    }

    /**
     * Called first by the launcher's main class ({@code io.rdpdoctor.cli.RdpDoctor}): starts
     * preloading unless the command line never loads rules.
     */
    public static void preloadFor(String[] args) {
        if (loadsRules(args)) {
            start();
        }
    }

    /**
     * False for the command lines that never load the rules (no command, --version, --help, parse):
     * there the preloading thread would only take the second core from the main thread.
     */
    static boolean loadsRules(String[] args) {
        return args.length > 0 && !List.of("--version", "-V", "--help", "-h", "help", "parse").contains(args[0]);
    }

    /** Starts preloading the bundled rules (from the rule model, else the package cache if one is configured). */
    static synchronized void start() {
        RulePackageCache cache = RulePackageCache.configured();
        if (pending != null) {
            return;
        }
        CompletableFuture<Loaded> future = new CompletableFuture<>();
        pending = future;
        Thread t = new Thread(() -> {
            Loaded loaded = null;
            try {
                loaded = load(cache, Installation.bundledRules());
            } catch (Exception | LinkageError e) {
                // the main thread loads the rules itself
            } finally {
                future.complete(loaded);
            }
        }, "rdp-doctor-preload");
        t.setDaemon(true);
        t.start();
    }


    private static Loaded load(RulePackageCache cache, Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        List<RulePackageCache.Source> sources = new ArrayList<>();
        // The same files in the same order as RuleBase.load.
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (f.getFileName().toString().endsWith(".drl")) {
                    sources.add(new RulePackageCache.Source(f.toString(), f, Files.readAllBytes(f)));
                }
            }
        }
        // Loaded is known by the model's key, which RuleCompiler asks for first (one key per set of rules).
        String key = RuleModel.key(sources);
        preloadKey = key;
        KieBase model = RuleModel.kieBase(key, RulePreloader.class.getClassLoader());
        if (model != null) {
            return new Loaded(key, model);
        }
        if (cache == null) {
            return null;
        }
        Collection<KiePackage> packages = cache.read(RulePackageCache.key(sources));
        if (packages == null) {
            return null;
        }
        KieBase kieBase = RuleCompiler.newKieBase(packages);
        return kieBase == null ? null : new Loaded(key, kieBase);
    }

    /**
     * The preloaded KieBase if it was built for this key (waiting for it if need be), else null.
     * It is handed out once; a later load in the same process builds its own.
     */
    static KieBase take(String key) {
        CompletableFuture<Loaded> future;
        synchronized (RulePreloader.class) {
            future = pending;
            pending = null;
        }
        if (future == null) {
            return null;
        }
        String working = preloadKey;
        if (!future.isDone() && working != null && !working.equals(key)) {
            return null; // other rules (e.g. --rules): do not wait for it
        }
        Loaded loaded = future.join();
        return loaded != null && loaded.key().equals(key) ? loaded.kieBase() : null;
    }
}
