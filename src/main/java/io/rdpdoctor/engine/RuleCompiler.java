package io.rdpdoctor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL files into a KieBase, turning every compiler error into a file-and-line problem.
 * The compiled packages are kept in the {@link RulePackageCache} (when one is configured) and reused
 * while no rule file changed.
 */
final class RuleCompiler {

    /**
     * System property: compile even when the cache holds the rules, store the result, and load it back
     * once. Used by the launcher's one-off training run; the diagnoses are the same either way.
     */
    static final String REFRESH = "rdpdoctor.cache.refresh";

    private RuleCompiler() {
    }

    static KieBase compile(List<Path> drlFiles, Function<Path, String> display) throws RuleException {
        return compile(drlFiles, display, RulePackageCache.configured());
    }

    /** As {@link #compile(List, Function)}, with this cache (null: none). */
    static KieBase compile(List<Path> drlFiles, Function<Path, String> display, RulePackageCache cache)
            throws RuleException {
        List<RulePackageCache.Source> sources = new ArrayList<>(drlFiles.size());
        for (Path f : drlFiles) {
            try {
                sources.add(new RulePackageCache.Source(display.apply(f), f, Files.readAllBytes(f)));
            } catch (IOException e) {
                throw new RuleException(display.apply(f), 0, "cannot be read: " + e.getMessage());
            }
        }
        String key = null;
        boolean refresh = Boolean.getBoolean(REFRESH);
        String modelKey = RuleModel.key(sources);
        if (!refresh) {
            KieBase preloaded = RulePreloader.take(modelKey);
            if (preloaded != null) {
                return preloaded;
            }
            KieBase model = RuleModel.kieBase(modelKey, RuleCompiler.class.getClassLoader());
            if (model != null) {
                return model;
            }
        }
        if (cache != null) {
            key = RulePackageCache.key(sources);
            Collection<KiePackage> cached = refresh ? null : cache.read(key);
            if (cached != null) {
                KieBase kieBase = newKieBase(cached);
                if (kieBase != null) {
                    return kieBase;
                }
            }
        }
        Collection<KiePackage> packages = build(sources);
        // Serialized before they go into a KieBase (RulePackageCache.serialize).
        byte[] serialized = cache == null ? null : RulePackageCache.serialize(packages);
        if (serialized != null) {
            cache.write(key, serialized);
            if (refresh) {
                // The launcher's training run records the classes of every path into the class-data-
                // sharing archive: it reads the new entry back, as the next process will, and runs its
                // diagnosis on the rule model when there is one, as later runs do.
                Collection<KiePackage> check = cache.read(key);
                KieBase readBack = check == null ? null : newKieBase(check);
                KieBase model = RuleModel.kieBase(modelKey, RuleCompiler.class.getClassLoader());
                if (model != null) {
                    return model;
                }
                if (readBack != null) {
                    return readBack;
                }
            }
        }
        InternalKnowledgeBase kieBase = emptyKieBase();
        kieBase.addPackages(packages);
        return kieBase;
    }

    /** A KieBase of cached packages, or null if they do not make one (then the DRL is compiled). */
    static KieBase newKieBase(Collection<KiePackage> packages) {
        try {
            InternalKnowledgeBase kieBase = emptyKieBase();
            kieBase.addPackages(packages);
            return kieBase;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static final AtomicInteger KIE_BASES = new AtomicInteger();

    /**
     * A new, empty KieBase with an id of its own. Drools names an anonymous KieBase by a random UUID,
     * and the first UUID of a process sets up SecureRandom (about 10 ms of every cold start).
     */
    private static InternalKnowledgeBase emptyKieBase() {
        return KnowledgeBaseFactory.newKnowledgeBase("rdp-doctor-" + KIE_BASES.incrementAndGet(), kieBaseConfiguration());
    }

    /** How every KieBase of rdp-doctor is configured, whether from DRL, cached packages or the model. */
    static org.kie.api.KieBaseConfiguration kieBaseConfiguration() {
        return RuleBaseFactory.newKnowledgeBaseConfiguration(null, MissCachingClassLoader.INSTANCE);
    }

    /**
     * How rules are compiled. Facts are immutable and rule actions only insert, so no rule ever reacts
     * to a modified property: without property reactivity the network build skips computing a property
     * mask for every constraint (about a tenth of the build at start).
     */
    static org.kie.internal.builder.KnowledgeBuilderConfiguration builderConfiguration() {
        org.kie.internal.builder.KnowledgeBuilderConfiguration conf =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, MissCachingClassLoader.INSTANCE);
        conf.setOption(org.kie.internal.builder.conf.PropertySpecificOption.ALLOWED);
        return conf;
    }

    private static Collection<KiePackage> build(List<RulePackageCache.Source> sources) throws RuleException {
        // The batch KnowledgeBuilder is the quickest route for DRL read at run time.
        org.kie.internal.builder.KnowledgeBuilderConfiguration conf = builderConfiguration();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (RulePackageCache.Source s : sources) {
            builder.add(ResourceFactory.newByteArrayResource(s.bytes()).setSourcePath(s.displayPath()), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            List<RuleException.Problem> problems = new ArrayList<>();
            for (KnowledgeBuilderError e : builder.getErrors()) {
                String file = e.getResource() == null ? "rules" : e.getResource().getSourcePath();
                int line = e.getLines() != null && e.getLines().length > 0 ? e.getLines()[0] : 0;
                problems.add(new RuleException.Problem(file, line, e.getMessage().strip().replaceAll("\\s+", " ")));
            }
            throw new RuleException(problems);
        }
        return builder.getKnowledgePackages();
    }
}
