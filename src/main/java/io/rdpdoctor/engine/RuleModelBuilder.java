package io.rdpdoctor.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a rules directory into Drools' executable model and writes it as a jar for {@link RuleModel}:
 * the generated classes, and a resource naming the key of the DRL it was made from.
 *
 * <pre>java -cp target/rdp-doctor.jar:target/model-lib/* io.rdpdoctor.engine.RuleModelBuilder RULES_DIR OUT.jar</pre>
 *
 * <p>The launcher runs it once after each build (about a minute); its class path then holds the jar. It
 * needs drools-model-codegen, which is not on the run-time class path (target/model-lib). Exit code 0:
 * written; 1: the DRL does not compile to the executable model (the problems are printed, the rules
 * still run from the DRL); 2: usage or I/O error.
 */
public final class RuleModelBuilder {

    /** The Maven coordinates Drools names the generated project model after. */
    private static final String GROUP = "io.rdpdoctor";
    private static final String ARTIFACT = "rules";
    private static final String VERSION = "1";

    private RuleModelBuilder() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RuleModelBuilder RULES_DIR OUT.jar");
            System.exit(2);
        }
        try {
            List<String> problems = build(Path.of(args[0]), Path.of(args[1]));
            if (!problems.isEmpty()) {
                problems.forEach(System.err::println);
                System.exit(1);
            }
        } catch (IOException e) {
            System.err.println("rdp-doctor: cannot build the rule model: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Builds the model of every *.drl below dir (in the order {@link RuleBase#load} reads them) into
     * out. Returns the compiler's problems ("file:line: message"); when there are any, nothing is written.
     */
    static List<String> build(Path dir, Path out) throws IOException {
        // Drools generates the rules of a package on several threads when there are many; that
        // sometimes failed to resolve the fact types here ("LogonUser cannot be resolved to a type"),
        // and one thread is as fast on two cores.
        System.setProperty("drools.parallelRulesBuildThreshold", String.valueOf(Integer.MAX_VALUE));

        List<Path> drl;
        try (Stream<Path> files = Files.walk(dir)) {
            drl = files.filter(Files::isRegularFile).sorted().filter(f -> f.getFileName().toString().endsWith(".drl")).toList();
        }
        List<RulePackageCache.Source> sources = new ArrayList<>();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId(GROUP, ARTIFACT, VERSION);
        kfs.generateAndWritePomXML(id);
        for (Path f : drl) {
            byte[] bytes = Files.readAllBytes(f);
            sources.add(new RulePackageCache.Source(RuleBase.display(f), f, bytes));
            kfs.write("src/main/resources/" + dir.relativize(f).toString().replace('\\', '/'), bytes);
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        builder.buildAll(ExecutableModelProject.class);
        List<String> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "rules" : m.getPath().replaceFirst("^src/main/resources/", dir + "/");
            problems.add(path + ":" + m.getLine() + ": " + m.getText().strip().replaceAll("\\s+", " "));
        }
        if (!problems.isEmpty()) {
            return problems;
        }

        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        String projectModel = null;
        // A name of its own: two launchers started at once after a build both make the model.
        Path tmp = out.resolveSibling(out.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(tmp))) {
            for (String name : module.getFileNames()) {
                // Only the classes: the DRL stays in rules/, and kmodule.xml and the like are not read.
                if (!name.endsWith(".class")) {
                    continue;
                }
                if (name.startsWith("org/drools/project/model/ProjectModel") && !name.contains("$")) {
                    projectModel = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                }
                jar.putNextEntry(new JarEntry(name));
                jar.write(module.getBytes(name));
                jar.closeEntry();
            }
            if (projectModel == null) {
                throw new IOException("the executable model has no project model class");
            }
            Properties p = new Properties();
            p.setProperty(RuleModel.KEY, RuleModel.key(sources));
            p.setProperty(RuleModel.PROJECT_MODEL, projectModel);
            p.setProperty("rules-directory", dir.toAbsolutePath().normalize().toString());
            p.setProperty("drl-files", String.valueOf(drl.size()));
            jar.putNextEntry(new JarEntry(RuleModel.RESOURCE));
            OutputStream o = jar;
            p.store(new java.io.OutputStreamWriter(o, StandardCharsets.ISO_8859_1), "rdp-doctor rule model: the executable model of these rules");
            jar.closeEntry();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return List.of();
    }
}
