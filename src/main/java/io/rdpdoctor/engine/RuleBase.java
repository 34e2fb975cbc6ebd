package io.rdpdoctor.engine;

import io.rdpdoctor.facts.AsOf;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.knowledge.Catalogue;
import io.rdpdoctor.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The knowledge base of one process: the DRL of every rules directory compiled into one KieBase,
 * and the catalogue beside it. Built once per process and shared; each diagnosis runs in its own
 * session.
 */
public final class RuleBase {

    /** Metadata key on a DRL rule naming the diagnosis it concludes. */
    public static final String CONCLUDES = "concludes";

    private final KieBase kieBase;
    private final Catalogue catalogue;
    private final List<Path> directories;
    /** Which matches may fire: all, except in the rule mutation harness. */
    private final AgendaFilter admits;

    private RuleBase(KieBase kieBase, Catalogue catalogue, List<Path> directories, AgendaFilter admits) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.directories = List.copyOf(directories);
        this.admits = admits;
    }

    /** Loads every *.drl and catalogue *.yaml below the directories (in this order). */
    public static RuleBase load(List<Path> directories) throws RuleException {
        List<Path> drl = new ArrayList<>();
        List<Path> yaml = new ArrayList<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                throw new RuleException(dir.toString(), 0, Files.exists(dir) ? "is not a directory; expected a rules directory"
                        : "no such rules directory");
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> {
                    String n = f.getFileName().toString();
                    if (n.endsWith(".drl")) {
                        drl.add(f);
                    } else if (Catalogue.isCatalogueFile(f)) {
                        yaml.add(f);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                throw new RuleException(dir.toString(), 0, "cannot be read: " + e.getMessage());
            }
        }
        Catalogue catalogue = readCatalogue(yaml);
        KieBase kieBase = RuleCompiler.compile(drl, RuleBase::display);
        checkConclusions(kieBase, catalogue);
        return new RuleBase(kieBase, catalogue, directories, match -> true);
    }

    /**
     * The same compiled rules, of which only the matches the filter accepts fire: the rule mutation
     * harness (docs/testing.md) deletes one rule at a time this way, without compiling the rules again.
     */
    public RuleBase admitting(AgendaFilter filter) {
        return new RuleBase(kieBase, catalogue, directories, filter);
    }

    /** The catalogue, from the cache when one is configured and holds it for exactly these files. */
    private static Catalogue readCatalogue(List<Path> yaml) throws RuleException {
        RulePackageCache cache = RulePackageCache.configured();
        String key = null;
        if (cache != null) {
            List<RulePackageCache.Source> sources = new ArrayList<>();
            for (Path f : yaml) {
                try {
                    sources.add(new RulePackageCache.Source(display(f), f, Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new RuleException(display(f), 0, "cannot be read: " + e.getMessage());
                }
            }
            key = RulePackageCache.catalogueKey(sources);
            Catalogue cached = cache.readCatalogue(key);
            if (cached != null) {
                return cached;
            }
        }
        Catalogue catalogue;
        try {
            catalogue = Catalogue.read(yaml, RuleBase::display);
        } catch (KnowledgeException e) {
            throw new RuleException(e.problems());
        }
        if (cache != null) {
            cache.writeCatalogue(key, catalogue);
        }
        return catalogue;
    }

    /** The same catalogue and directories with another KieBase of the same rules (the rule model's tests). */
    RuleBase withKieBase(KieBase other) throws RuleException {
        checkConclusions(other, catalogue);
        return new RuleBase(other, catalogue, directories, admits);
    }

    /** Every DRL rule that declares @concludes must name a diagnosis of the catalogue. */
    private static void checkConclusions(KieBase kieBase, Catalogue catalogue) throws RuleException {
        List<RuleException.Problem> problems = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object id = r.getMetaData().get(CONCLUDES);
                if (id != null && catalogue.diagnosis(String.valueOf(id)).isEmpty()) {
                    problems.add(new RuleException.Problem(r.getPackageName() + "." + r.getName(), 0,
                            "@concludes(\"" + id + "\") names no diagnosis of the catalogue"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
    }

    static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /**
     * Runs the rules over one host's facts, judged as of the given day, and returns what
     * {@code conclusions} reads from the session after firing (the engine does not know what the
     * rules conclude; {@code diagnosis.Conclusions::of} does).
     */
    public <T> T infer(FactSet facts, AsOf asOf, Function<KieSession, T> conclusions) {
        return infer(facts, asOf, kieBase.newKieSession(), RuleBudget.DEFAULT, conclusions);
    }

    /** Runs the rules over one host's facts within a budget ({@link RuleBudget.Exceeded} when it is spent). */
    public <T> T infer(FactSet facts, AsOf asOf, RuleBudget budget, Function<KieSession, T> conclusions) {
        return infer(facts, asOf, kieBase.newKieSession(), budget, conclusions);
    }

    /**
     * Runs the rules over one host's facts in the given session of this rule base (a new one, or
     * one from a {@code KieSessionsPool}), within the budget, reads the conclusions, and disposes
     * of it (a pooled session goes back, reset).
     */
    public <T> T infer(FactSet facts, AsOf asOf, KieSession session, RuleBudget budget, Function<KieSession, T> conclusions) {
        try {
            facts.facts().forEach(session::insert);
            session.insert(asOf);
            // The client messages are knowledge the rules match against, so they go in as a fact.
            session.insert(catalogue.clientMessages());
            // and so is what explains what (catalogue explains, a message's causes, triggers)
            session.insert(catalogue.explanations());
            budget.fire(session, admits);
            return conclusions.apply(session);
        } finally {
            session.dispose();
        }
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<Path> directories() {
        return directories;
    }
}
