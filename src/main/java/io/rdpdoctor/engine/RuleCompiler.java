package io.rdpdoctor.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Compiles DRL files into a KieBase, turning every compiler error into a file-and-line problem. */
final class RuleCompiler {

    private RuleCompiler() {
    }

    static KieBase compile(List<Path> drlFiles, Function<Path, String> display) throws RuleException {
        // The batch KnowledgeBuilder is the quickest route for DRL read at run time.
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Path f : drlFiles) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new RuleException(display.apply(f), 0, "cannot be read: " + e.getMessage());
            }
            builder.add(ResourceFactory.newByteArrayResource(bytes).setSourcePath(display.apply(f)), ResourceType.DRL);
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
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }
}
