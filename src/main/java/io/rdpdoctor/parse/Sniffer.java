package io.rdpdoctor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the parser for a capture: from its content (each parser's {@link CommandParser#recognises}),
 * then from the command typed at its prompt, then from a conventional file name (the parser id:
 * {@code netstat-ano.txt}, also {@code SRV01_netstat-ano.txt}), and says plainly when none fits.
 */
public final class Sniffer {

    /** The parser chosen (empty when none), and how it was chosen or why none was. */
    public record Sniffed(Optional<CommandParser> parser, String how) {
    }

    private final List<CommandParser> parsers;
    /** Per parser (same index), the leading words of each documented command line, up to its first placeholder. */
    private final List<List<List<String>>> documented;

    public Sniffer() {
        this(Parsers.all());
    }

    public Sniffer(List<CommandParser> parsers) {
        this.parsers = List.copyOf(parsers);
        List<List<List<String>>> docs = new ArrayList<>();
        for (CommandParser p : this.parsers) {
            List<List<String>> forParser = new ArrayList<>();
            for (String c : p.commands()) {
                List<String> doc = new ArrayList<>();
                for (String w : words(c)) {
                    if (w.startsWith("<") || w.startsWith("[") || w.equals("|") || w.contains("<")) break;
                    doc.add(w);
                }
                forParser.add(List.copyOf(doc));
            }
            docs.add(List.copyOf(forParser));
        }
        this.documented = List.copyOf(docs);
    }

    public Sniffed sniff(Capture capture, String fileName) {
        List<CommandParser> byContent = new ArrayList<>();
        for (CommandParser p : parsers) {
            boolean yes;
            try {
                yes = p.recognises(capture);
            } catch (RuntimeException e) {
                yes = false; // a recogniser must not throw; a faulty one only loses its vote
            }
            if (yes) {
                byContent.add(p);
            }
        }
        Optional<CommandParser> byCommand = byCommand(capture.command());
        Optional<CommandParser> byName = byFileName(fileName);
        if (byContent.size() == 1) {
            return new Sniffed(Optional.of(byContent.get(0)), "recognised from its content as " + byContent.get(0).id());
        }
        if (byContent.size() > 1) {
            for (Optional<CommandParser> hint : List.of(byCommand, byName)) {
                if (hint.isPresent() && byContent.contains(hint.get())) {
                    return new Sniffed(hint, "recognised from its content and " + (hint == byCommand ? "command" : "file name")
                            + " as " + hint.get().id());
                }
            }
            return new Sniffed(Optional.of(byContent.get(0)), "recognised from its content as " + byContent.get(0).id()
                    + " (also looked like " + byContent.subList(1, byContent.size()).stream().map(CommandParser::id).toList() + ")");
        }
        if (byCommand.isPresent()) {
            return new Sniffed(byCommand, "taken by its command line '" + capture.command() + "' as " + byCommand.get().id()
                    + " (its content was not recognised)");
        }
        if (byName.isPresent()) {
            return new Sniffed(byName, "taken by its file name as " + byName.get().id() + " (its content was not recognised)");
        }
        String first = capture.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (first.length() > 60) {
            first = first.substring(0, 57) + "...";
        }
        return new Sniffed(Optional.empty(), "not recognised: "
                + (capture.command() == null ? "" : "no parser reads the command '" + capture.command() + "' and ")
                + "no parser knows output starting '" + first + "'");
    }

    /** The parser whose documented command line the typed command starts like ("sc query TermService" → sc-query). */
    public Optional<CommandParser> byCommand(String command) {
        if (command == null || command.isBlank()) {
            return Optional.empty();
        }
        List<String> typed = words(command);
        CommandParser best = null;
        int bestLen = 0;
        for (int i = 0; i < parsers.size(); i++) {
            for (List<String> doc : documented.get(i)) {
                if (!doc.isEmpty() && typed.size() >= doc.size() && typed.subList(0, doc.size()).equals(doc) && doc.size() > bestLen) {
                    best = parsers.get(i);
                    bestLen = doc.size();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The parser whose id is the file's name without extension (or ends it after '_' or '-'). */
    public Optional<CommandParser> byFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        for (CommandParser p : parsers) {
            String id = p.id().toLowerCase(Locale.ROOT);
            if (stem.equals(id) || stem.endsWith("_" + id) || stem.endsWith("-" + id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        for (String w : command.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (out.isEmpty()) {
                w = w.replaceFirst("^.*[\\\\/]", "").replaceFirst("\\.exe$", "");
            }
            out.add(w);
        }
        return out;
    }
}
