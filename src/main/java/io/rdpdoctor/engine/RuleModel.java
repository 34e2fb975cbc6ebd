package io.rdpdoctor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The bundled rules as Drools' executable model: the DRL compiled once to plain Java classes (rule
 * definitions and one small class per constraint and consequence) by {@link RuleModelBuilder}, in a
 * jar the launcher puts on the class path, so that they go into its class-data-sharing archive too.
 *
 * <p>Why: a cold start from the rule-package cache deserializes about 88,000 objects (3.4 MB), generates
 * field accessors with ASM and compiles every MVEL constraint it meets; from the model it only loads
 * classes that are already mapped from the archive. The DRL stays the source: the model carries the
 * key of the exact DRL files (bytes, paths, order) and the build it was made from ({@link
 * #key(List)}), and it is used only when the rules being loaded have that key. Any other
 * rules, or the same rules after an edit, take the ordinary path (package cache, else compile), with
 * the same diagnoses (the test {@code RuleModelTest} runs every scenario both ways).
 */
final class RuleModel {

    /** The resource, at the root of the model jar, that says which rules the model was built from. */
    static final String RESOURCE = "rdp-doctor-rule-model.properties";
    static final String KEY = "key";
    static final String PROJECT_MODEL = "project-model";
    /** System property: "off" ignores any model (the launcher sets it for RDP_DOCTOR_NO_MODEL=1). */
    static final String PROPERTY = "rdpdoctor.model";

    private RuleModel() {
    }

    /**
     * The key a model is made for and looked up by: the DRL files' bytes and names (relative to the
     * folder they have in common), in order, and the rdp-doctor build ({@link RulePackageCache#buildId}).
     * Unlike the package cache's key it names neither where the files lie nor the Java runtime: a model
     * made at build time serves the rules of an installation unpacked anywhere and run by any Java 17+
     * (its classes are plain class files; serialized packages are not).
     */
    static String key(List<RulePackageCache.Source> sources) {
        RulePackageCache.ContentKey k = new RulePackageCache.ContentKey();
        k.update("rdp-doctor rule model key v1");
        k.update(RulePackageCache.buildId());
        Path common = null;
        for (RulePackageCache.Source s : sources) {
            Path parent = s.path().toAbsolutePath().normalize().getParent();
            common = common == null ? parent : commonAncestor(common, parent);
        }
        for (RulePackageCache.Source s : sources) {
            Path abs = s.path().toAbsolutePath().normalize();
            k.update((common == null ? abs : common.relativize(abs)).toString().replace('\\', '/'));
            k.update(s.bytes());
        }
        return k.hex();
    }

    private static Path commonAncestor(Path a, Path b) {
        Path p = a;
        while (p != null && !b.startsWith(p)) {
            p = p.getParent();
        }
        return p;
    }

    /**
     * A KieBase of the executable model the class loader holds, if it was built from exactly the rules
     * of this key; else null (no model, another key, or a model that does not load: then the caller
     * takes the ordinary path).
     */
    static KieBase kieBase(String key, ClassLoader loader) {
        if ("off".equals(System.getProperty(PROPERTY))) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            p.load(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (!key.equals(p.getProperty(KEY)) || p.getProperty(PROJECT_MODEL) == null) {
            return null;
        }
        try {
            Class<?> project = Class.forName(p.getProperty(PROJECT_MODEL), true, loader);
            List<Model> models = ((CanonicalKieModuleModel) project.getDeclaredConstructor().newInstance()).getModels();
            return KieBaseBuilder.createKieBaseFromModel(models, RuleCompiler.kieBaseConfiguration(),
                    RuleCompiler.builderConfiguration());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (Boolean.getBoolean("rdpdoctor.cache.debug")) {
                System.err.println("rdp-doctor: the rule model on the class path does not load: " + e);
            }
            return null;
        }
    }
}
