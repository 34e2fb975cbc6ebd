package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import java.util.stream.Stream;

/**
 * Every parser names the command lines it reads ({@link CommandParser#commands()}), and each one, typed
 * at a prompt with its placeholders filled, is taken as that parser's ({@link Sniffer#byCommand}): the
 * names are what a transcript's prompt is matched against. Left out: the lines that are no command
 * (the client's message) and those that name the file the command writes (gpresult /x, /h, secedit),
 * which match no typed command (docs/testing.md).
 */
class DocumentedCommandsTest {

    private static final Set<String> NOT_TYPED = Set.of("client-error", "gpresult-x", "gpresult-h", "secedit-export");

    @TestFactory
    Stream<DynamicTest> eachDocumentedCommandIsTakenAsItsParsers() {
        Sniffer sniffer = new Sniffer();
        return Parsers.all().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            assertThat(p.commands()).as(p.id()).isNotEmpty().allMatch(c -> !c.isBlank());
            if (NOT_TYPED.contains(p.id())) return;
            for (String c : p.commands()) {
                String typed = c.replaceAll("<[^>]*>", "x").replaceAll("\\[[^]]*]", "").strip();
                if (typed.startsWith("...")) continue; // a method piped after the command above
                assertThat(sniffer.byCommand(typed)).as(p.id() + ": " + typed).contains(p);
            }
        }));
    }
}
