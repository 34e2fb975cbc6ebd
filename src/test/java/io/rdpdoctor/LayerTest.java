package io.rdpdoctor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages keep the layer order of docs/architecture.md ("The layers in the code"): a package
 * uses only the layers below it, and no packages form a cycle. The production classes only: a test
 * may reach across layers.
 */
class LayerTest {

    /** Bottom first. Each layer may use the layers listed before it, never one after it. */
    private static final Map<String, String[]> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("facts", new String[] {"io.rdpdoctor.facts.."});
        LAYERS.put("parse", new String[] {"io.rdpdoctor.factfile..", "io.rdpdoctor.parse.."});
        LAYERS.put("knowledge", new String[] {"io.rdpdoctor.knowledge.."});
        LAYERS.put("infer", new String[] {"io.rdpdoctor.derived.."});
        LAYERS.put("engine", new String[] {"io.rdpdoctor.engine.."});
        LAYERS.put("diagnose and rank", new String[] {"io.rdpdoctor.diagnosis.."});
        LAYERS.put("report", new String[] {"io.rdpdoctor.report.."});
        LAYERS.put("applications", new String[] {"io.rdpdoctor.batch..", "io.rdpdoctor.serve..",
                "io.rdpdoctor.scenario..", "io.rdpdoctor.eval.."});
        LAYERS.put("command line", new String[] {"io.rdpdoctor.cli.."});
    }

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.rdpdoctor");
    }

    @Test
    void eachLayerIsUsedOnlyByTheLayersAboveIt() {
        layers().check(production);
    }

    /** Sub-packages count on their own: {@code parse.windows} may use {@code parse}, not the other way as well. */
    @Test
    void packagesFormNoCycle() {
        slices().matching("io.rdpdoctor.(**)").should().beFreeOfCycles().check(production);
    }

    /** A new package must be given a layer here (and in docs/architecture.md) before it is checked. */
    @Test
    void everyPackageHasALayer() {
        classes().should().resideInAnyPackage(LAYERS.values().stream().flatMap(Arrays::stream).toArray(String[]::new))
                .check(production);
    }

    private static ArchRule layers() {
        List<String> names = List.copyOf(LAYERS.keySet());
        LayeredArchitecture arch = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : names) {
            arch = arch.layer(name).definedBy(LAYERS.get(name));
        }
        for (int i = 0; i < names.size() - 1; i++) {
            arch = arch.whereLayer(names.get(i)).mayOnlyBeAccessedByLayers(
                    names.subList(i + 1, names.size()).toArray(String[]::new));
        }
        return arch.whereLayer(names.get(names.size() - 1)).mayNotBeAccessedByAnyLayer();
    }
}
