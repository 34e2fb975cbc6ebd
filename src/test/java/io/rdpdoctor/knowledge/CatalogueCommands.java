package io.rdpdoctor.knowledge;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.knowledge.ShellQuoting.Shell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every command template of the bundled catalogue (each diagnosis's fix steps with their backup and
 * undo, its verification, each next-step question), with where it sits, and an ordinary value for
 * each placeholder: the example of its type, or a plain word. For the tests that check commands.
 */
final class CatalogueCommands {

    private CatalogueCommands() {
    }

    /** One command template of the catalogue. */
    record Template(String where, String field, String text) {
        Shell shell() {
            return Shell.of(field, text);
        }

        Set<String> names() {
            return Templates.placeholders(text);
        }
    }

    private static List<Template> templates;
    private static Map<String, String> ordinary;

    static synchronized List<Template> all() {
        if (templates == null) {
            List<Template> all = new ArrayList<>();
            Catalogue c = TestRules.bundled().catalogue();
            for (DiagnosisDef d : c.diagnoses()) {
                int n = 1;
                for (FixStep s : d.fix()) {
                    String at = d.id() + " fix " + n++;
                    add(all, at, "powershell", s.powershell());
                    add(all, at, "cmd", s.cmd());
                    add(all, at, "command", s.command());
                    add(all, at, "backup", s.backup());
                    add(all, at, "undo", s.undo());
                }
                if (d.verify() != null) {
                    add(all, d.id() + " verify", "powershell", d.verify().powershell());
                    add(all, d.id() + " verify", "cmd", d.verify().cmd());
                    add(all, d.id() + " verify", "command", d.verify().command());
                }
            }
            for (QuestionDef q : c.questions()) {
                add(all, q.id(), "powershell", q.powershell());
                add(all, q.id(), "cmd", q.cmd());
            }
            templates = List.copyOf(all);
        }
        return templates;
    }

    /** An ordinary value for every placeholder of the catalogue: its type's example, else a plain word. */
    static synchronized Map<String, String> ordinaryValues() {
        if (ordinary == null) {
            Set<String> names = new LinkedHashSet<>();
            for (Template t : all()) names.addAll(t.names());
            Map<String, String> values = new HashMap<>();
            int i = 0;
            for (String p : names) {
                String typed = ValueTypes.example(p);
                values.put(p, typed != null ? typed : "Benign" + i++ + "x");
            }
            ordinary = Map.copyOf(values);
        }
        return ordinary;
    }

    private static void add(List<Template> all, String where, String field, String text) {
        if (text != null) all.add(new Template(where, field, text));
    }
}
