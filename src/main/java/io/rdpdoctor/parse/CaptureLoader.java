package io.rdpdoctor.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads raw command output into one host's {@link FactSet}: a capture folder (every file in it and
 * its subfolders; {@code manifest.json}/{@code manifest.yaml} gives the host name; fact files
 * {@code *.yaml}/{@code *.yml}/{@code *.json} in it are read as fact files and joined), the
 * collector's zip of such a folder (read in memory, {@link CaptureZip}), a single
 * text file (one capture or a pasted transcript of several commands), or standard input ("-").
 * Every block is given to the parser that recognises it ({@link Sniffer}); what cannot be read is
 * listed in {@link Result#skipped()} with its reason, and never hides the rest.
 */
public final class CaptureLoader {

    /**
     * A block that was read: where (its first and last line; 0 for a whole file), the command, which
     * parser, how it was chosen, how many facts, the text's encoding, and the language of the labels
     * the parser matched ({@link Parsed#language()}).
     */
    public record Block(String file, int line, String command, String parser, String how, int facts, String encoding, int lastLine,
                        Language language) {
        public Block {
            java.util.Objects.requireNonNull(language, "language");
        }

        /** A whole file read without a command parser (a fact file, the manifest): its keys are not localized. */
        public Block(String file, int line, String command, String parser, String how, int facts, String encoding) {
            this(file, line, command, parser, how, facts, encoding, line, Language.NEUTRAL);
        }

        /** Where, as reports cite it: {@code file:first-last}, {@code file:line}, or the file alone. */
        public String where() {
            return file + (line <= 0 ? "" : lastLine > line ? ":" + line + "-" + lastLine : ":" + line);
        }

        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + (command == null ? "" : " (" + command + ")") + ": " + how
                    + ", " + facts + " fact" + (facts == 1 ? "" : "s") + " [" + language.displayName() + (encoding == null ? "" : ", " + encoding) + "]";
        }
    }

    /**
     * Why an input was skipped. NO_OUTPUT is only a note: a prompt whose command printed nothing.
     * NOTHING_READ: the output was recognised and parsed, but gave neither a fact nor a collected area
     * (a damaged report), so it cannot count as read.
     */
    public enum Why { UNREADABLE, NOT_RECOGNISED, PARSE_ERROR, NO_OUTPUT, NOTHING_READ }

    public record Skipped(String file, int line, String command, Why why, String reason) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + (command == null ? "" : " (" + command + ")") + ": skipped: " + reason;
        }
    }

    /** The facts read, the blocks read, and what was skipped. */
    public record Result(FactSet facts, List<Block> blocks, List<Skipped> skipped) {
        public Result {
            blocks = List.copyOf(blocks);
            skipped = List.copyOf(skipped);
        }

        /** Something could not be read (a note about a command without output does not count). */
        public boolean incomplete() {
            return skipped.stream().anyMatch(s -> s.why() != Why.NO_OUTPUT);
        }
    }

    private static final Pattern MANIFEST = Pattern.compile("(?i)manifest\\.(json|ya?ml)");
    private static final Pattern FACT_FILE = Pattern.compile("(?i).*\\.(json|ya?ml)");
    /** A text that starts like a fact file (after comments): a known section key at column 0. */
    private static final Pattern FACT_FILE_START = Pattern.compile(
            "(?s)^(\\s*#[^\\n]*\\n)*\\s*(\\{|(schema|notes|host|registry|services|firewallRules|firewallProfiles|sockets|listeners"
                    + "|processes|sessions|portTests|connectionAttempts|nameResolution|client|complaints|updates|interfaces)\\s*:).*");

    /** A key of a fact file's sections in JSON ("schema", "host", ...): JSON with none of them is not a fact file. */
    private static final Pattern FACT_FILE_JSON_KEY = Pattern.compile(
            "\"(schema|notes|host|registry|services|firewallRules|firewallProfiles|sockets|listeners|processes|sessions|portTests"
                    + "|connectionAttempts|nameResolution|client|complaints|updates|interfaces|events|accounts|certificates)\"\\s*:");

    private final Sniffer sniffer;
    /** How a block of free text is said to be read, before what it was read as (the report shows what follows it). */
    public static final String FREE_TEXT_READ_AS = "free text, read as ";

    private final FreeTextReader freeText;
    private final FactFileReader factFiles = new FactFileReader();

    public CaptureLoader() {
        this(new Sniffer(), FreeTextReader.NONE);
    }

    /** A loader that reads, in a block no parser recognises, what the free text quotes ({@link FreeTextReader}). */
    public CaptureLoader(FreeTextReader freeText) {
        this(new Sniffer(), freeText);
    }

    public CaptureLoader(Sniffer sniffer) {
        this(sniffer, FreeTextReader.NONE);
    }

    public CaptureLoader(Sniffer sniffer, FreeTextReader freeText) {
        this.sniffer = sniffer;
        this.freeText = java.util.Objects.requireNonNull(freeText, "freeText");
    }

    /**
     * Whether an input path names a fact file (by its name: {@code .yaml}, {@code .yml}, {@code .json});
     * anything else (a folder, "-", another file) is raw command output for {@link #load(Path)}.
     * {@link InputReader.Kind#of} decides with it for {@code diagnose} and scenario files.
     */
    public static boolean isFactFile(Path p) {
        return !p.toString().equals("-") && !Files.isDirectory(p) && FACT_FILE.matcher(p.getFileName().toString()).matches();
    }

    /** A capture folder or one capture/transcript file; "-" reads standard input. */
    public Result load(Path path) {
        if (path.toString().equals("-")) {
            return load("-", System.in);
        }
        Acc acc = new Acc();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(path, 8)) {
                files = s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            } catch (IOException e) {
                acc.skip(new Skipped(path.toString(), 0, null, Why.UNREADABLE, "the folder cannot be listed: " + e.getMessage()));
                return acc.result(path.toString());
            }
            // a symbolic link out of the folder (as unzip restores them from a customer's zip) is not
            // followed, and nothing of its target is quoted (F11)
            List<Path> inside = new java.util.ArrayList<>();
            for (Path f : files) {
                if (io.rdpdoctor.factfile.InputFiles.leaves(path, f)) {
                    acc.skip(new Skipped(f.toString(), 0, null, Why.UNREADABLE,
                            "is a symbolic link to a file outside the capture folder; not followed"));
                } else {
                    inside.add(f);
                }
            }
            files = inside;
            files.stream().filter(p -> MANIFEST.matcher(p.getFileName().toString()).matches()).findFirst()
                    .ifPresent(m -> manifest(m, acc));
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (MANIFEST.matcher(name).matches()) continue;
                if (FACT_FILE.matcher(name).matches()) {
                    factFile(f, acc);
                    continue;
                }
                file(f, acc);
            }
        } else if (Files.isRegularFile(path) && CaptureZip.isZip(path)) {
            try {
                zip(path.toString(), CaptureZip.read(path), acc);
            } catch (CaptureZip.Refused e) {
                acc.skip(new Skipped(e.where(), 0, null, Why.UNREADABLE, e.reason()));
            }
        } else {
            file(path, acc);
        }
        return acc.result(path.toString());
    }

    /**
     * The entries of a collector's zip, read as the files of a capture folder. A zip of several capture
     * folders (a manifest in each) is several hosts: it is refused, never merged into one.
     */
    private void zip(String zipName, CaptureZip.Contents zip, Acc acc) {
        zip.skipped().forEach(s -> acc.skip(new Skipped(s.name(), 0, null, Why.UNREADABLE, s.reason())));
        List<CaptureZip.Entry> manifests = zip.entries().stream()
                .filter(e -> MANIFEST.matcher(fileName(e.name())).matches()).toList();
        if (manifests.size() > 1) {
            acc.skip(new Skipped(zipName, 0, null, Why.UNREADABLE, "holds " + manifests.size()
                    + " capture folders (a manifest in each: " + manifests.stream().map(CaptureZip.Entry::inner).toList()
                    + "), that is several hosts; unzip it and give the folders to 'rdp-doctor batch', which diagnoses each on its own"));
            return;
        }
        manifests.forEach(m -> manifest(m.name(), m.bytes(), acc));
        for (CaptureZip.Entry e : zip.entries()) {
            String name = fileName(e.name());
            if (MANIFEST.matcher(name).matches()) continue;
            if (FACT_FILE.matcher(name).matches()) {
                try {
                    acc.add(factFiles.read(e.name(), e.bytes()).facts());
                    acc.blocks.add(new Block(e.name(), 0, null, "fact-file", "read as a fact file", 0, null));
                } catch (InputException x) {
                    acc.skip(new Skipped(e.name(), 0, null, Why.PARSE_ERROR, x.getMessage()));
                }
                continue;
            }
            text(e.name(), e.bytes(), acc, false);
        }
        if (zip.entries().isEmpty() && zip.skipped().isEmpty()) {
            acc.skip(new Skipped(zipName, 0, null, Why.UNREADABLE, "is an empty zip"));
        }
    }

    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Reads a stream ("-"): a fact file or raw output/transcript, told apart by its content. */
    public Result load(String name, InputStream in) {
        Acc acc = new Acc();
        try {
            byte[] bytes = in.readNBytes((int) CaptureText.MAX_BYTES + 1);
            if (CaptureZip.isZip(bytes)) {
                // a zip may be larger than one capture: read on up to the zip's own limit
                byte[] rest = in.readNBytes((int) (CaptureZip.MAX_ZIP_BYTES + 1 - bytes.length));
                byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + rest.length);
                System.arraycopy(rest, 0, all, bytes.length, rest.length);
                bytes = all;
            }
            bytesIn(name, bytes, acc);
        } catch (IOException e) {
            acc.skip(new Skipped(name, 0, null, Why.UNREADABLE, "cannot be read: " + e.getMessage()));
        }
        return acc.result(name);
    }

    /** Reads content already in memory (a capture or transcript; a fact file when it looks like one). */
    public Result load(String name, byte[] bytes) {
        Acc acc = new Acc();
        bytesIn(name, bytes, acc);
        return acc.result(name);
    }

    /**
     * A capture folder whose files are already in memory (a zip's entries, files dropped on the
     * {@code serve} page): each name is a relative path, read as {@link #load(Path)} reads a folder's
     * files: the manifest first, {@code *.yaml}/{@code *.yml}/{@code *.json} as fact files, the rest
     * as captures (by their conventional names, else by content). Sorted by name, as a folder is.
     */
    public Result load(String origin, java.util.SortedMap<String, byte[]> files) {
        Acc acc = new Acc();
        files.entrySet().stream().filter(e -> MANIFEST.matcher(baseName(e.getKey())).matches()).findFirst()
                .ifPresent(m -> manifest(m.getKey(), m.getValue(), acc));
        for (java.util.Map.Entry<String, byte[]> e : files.entrySet()) {
            String name = baseName(e.getKey());
            if (MANIFEST.matcher(name).matches()) continue;
            if (e.getValue().length > CaptureText.MAX_BYTES) {
                acc.skip(new Skipped(e.getKey(), 0, null, Why.UNREADABLE,
                        "is " + e.getValue().length + " bytes; a capture may have at most " + CaptureText.MAX_BYTES + " (8 MiB)"));
            } else if (FACT_FILE.matcher(name).matches()) {
                try {
                    acc.add(factFiles.read(e.getKey(), e.getValue()).facts());
                    acc.blocks.add(new Block(e.getKey(), 0, null, "fact-file", "read as a fact file", 0, null));
                } catch (InputException x) {
                    acc.skip(new Skipped(e.getKey(), 0, null, Why.PARSE_ERROR, x.getMessage()));
                }
            } else {
                text(e.getKey(), e.getValue(), acc, false);
            }
        }
        return acc.result(origin);
    }

    private static String baseName(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }

    private void bytesIn(String name, byte[] bytes, Acc acc) {
        if (CaptureZip.isZip(bytes)) {
            try {
                zip(name, CaptureZip.read(name, bytes), acc);
            } catch (CaptureZip.Refused e) {
                acc.skip(new Skipped(e.where(), 0, null, Why.UNREADABLE, e.reason()));
            }
        } else {
            text(name, bytes, acc, true);
        }
    }

    private void file(Path f, Acc acc) {
        String name = f.toString();
        if (io.rdpdoctor.factfile.InputFiles.isSpecial(f)) {
            acc.skip(new Skipped(name, 0, null, Why.UNREADABLE, io.rdpdoctor.factfile.InputFiles.NOT_REGULAR));
            return;
        }
        byte[] bytes;
        try {
            long size = Files.size(f);
            if (size > CaptureText.MAX_BYTES) {
                acc.skip(new Skipped(name, 0, null, Why.UNREADABLE,
                        "is " + size + " bytes; a capture may have at most " + CaptureText.MAX_BYTES + " (8 MiB)"));
                return;
            }
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            acc.skip(new Skipped(name, 0, null, Why.UNREADABLE, "cannot be read: " + describe(e)));
            return;
        }
        text(name, bytes, acc, false);
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }

    private void text(String name, byte[] bytes, Acc acc, boolean mayBeFactFile) {
        CaptureText.Decoded decoded;
        try {
            decoded = CaptureText.decode(bytes);
        } catch (CaptureText.UnreadableException e) {
            acc.skip(new Skipped(name, 0, null, Why.UNREADABLE, e.getMessage()));
            return;
        }
        if (decoded.text().isBlank()) {
            acc.skip(new Skipped(name, 0, null, Why.UNREADABLE, "is empty"));
            return;
        }
        String head = decoded.text().length() > 4096 ? decoded.text().substring(0, 4096) : decoded.text();
        if (mayBeFactFile && FACT_FILE_START.matcher(head).matches()) {
            try {
                acc.add(factFiles.read(name, bytes).facts());
                acc.blocks.add(new Block(name, 0, null, "fact-file", "read as a fact file", 0, null));
                return;
            } catch (InputException e) {
                // JSON pasted from elsewhere (an API's or a flow's error object, Windows paths unescaped in
                // it) is not a fact file that failed: without the fact-file schema it is read as text
                if (!(head.stripLeading().startsWith("{") && !FACT_FILE_JSON_KEY.matcher(head).find())) {
                    acc.skip(new Skipped(name, 0, null, Why.PARSE_ERROR, e.getMessage()));
                    return;
                }
            }
        }
        String encoding = decoded.encoding() + (decoded.repairedWords() > 0 ? ", " + decoded.repairedWords() + " mis-decoded words repaired" : "");
        // a conventional file name says which command it holds; its placeholders ("sc qc <service>") are not cited
        String defaultCommand = sniffer.byFileName(name).map(p -> p.commands().isEmpty() ? null
                : p.commands().get(0).replaceFirst("\\s*[<\\[|].*$", "")).orElse(null);
        for (Capture c : Transcript.split(name, decoded.lines(), defaultCommand)) {
            capture(c, name, acc, encoding);
        }
    }

    private void capture(Capture c, String fileName, Acc acc, String encoding) {
        if (c.lines().isEmpty()) {
            acc.skip(new Skipped(c.file(), c.firstLine(), c.command(), Why.NO_OUTPUT, "the command printed nothing"));
            return;
        }
        Sniffer.Sniffed s = sniffer.sniff(c, fileName);
        Optional<CommandParser> parser = s.parser();
        if (parser.isEmpty()) {
            Capture unquoted = unquoted(c);
            Sniffer.Sniffed quotedOutput = unquoted == null ? null : sniffer.sniff(unquoted, fileName);
            if (quotedOutput != null && quotedOutput.parser().isPresent()) {
                // output quoted in an e-mail or a forum post ("> Log Name: System"): read as the output it quotes
                read(quotedOutput.parser().get(), quotedOutput, unquoted, acc, encoding);
                return;
            }
            List<Output> outputs = embeddedOutputs(c);
            if (!outputs.isEmpty()) {
                // prose with command output inside it ("sc query says:" and what it printed): each output is
                // read by its parser, the prose around them as the free text it is
                List<String> prose = new ArrayList<>(c.lines());
                for (Output o : outputs) {
                    for (int k = 0; k < o.capture().lines().size(); k++) prose.set(o.capture().firstLine() - c.firstLine() + k, "");
                    read(o.sniffed().parser().get(), o.sniffed(), o.capture(), acc, encoding);
                }
                if (prose.stream().anyMatch(l -> !l.isBlank())) {
                    freeTextOrSkip(new Capture(c.file(), c.command(), prose, c.firstLine()), s, acc, encoding, false);
                }
                return;
            }
            freeTextOrSkip(c, s, acc, encoding, true);
            return;
        }
        read(parser.get(), s, c, acc, encoding);
    }

    /** The capture as a ticket's words, or skipped as not recognised (when it must be accounted for). */
    private void freeTextOrSkip(Capture c, Sniffer.Sniffed s, Acc acc, String encoding, boolean skipWhenNothing) {
        FreeTextReader.Quoted quoted = freeText.read(c);
        if (quoted != null) {
            // a ticket's words: what they quote is read, the rest of the text is not
            acc.add(quoted.facts());
            acc.blocks.add(new Block(c.file(), c.firstLine(), c.command(), "free-text",
                    "not command output; " + FREE_TEXT_READ_AS + quoted.what(), quoted.facts().size(), encoding,
                    c.lineNumber(c.lines().size() - 1), Language.UNKNOWN));
            return;
        }
        if (skipWhenNothing) acc.skip(new Skipped(c.file(), c.firstLine(), c.command(), Why.NOT_RECOGNISED, s.how()));
    }

    /** Longest text searched for command output inside prose; a longer one is read as a whole or not at all. */
    private static final int MAX_EMBEDDED_SCAN = 3000;
    /** Lines shown to the recognisers from each candidate start (they decide on an output's first lines). */
    private static final int SNIFF_WINDOW = 80;
    /** Ends tried for one embedded output (the blank lines after its start); enough for any pasted command's output. */
    private static final int MAX_ENDS_TRIED = 60;

    /**
     * The command outputs inside a text no parser recognises from its first line: from each later line a
     * parser recognises by its content, to the blank line (or the end) after which it gives the most facts
     * (the nearest such), so the prose after it is not read as output. None when the text is not that.
     */
    private List<Output> embeddedOutputs(Capture c) {
        List<String> lines = c.lines();
        int n = lines.size();
        List<Output> out = new ArrayList<>();
        if (n < 2 || n > MAX_EMBEDDED_SCAN) return out;
        int i = 1;
        while (i < n) {
            if (lines.get(i).isBlank() || !mayStartOutput(lines.get(i - 1), lines.get(i))) {
                i++;
                continue;
            }
            // recognisers read an output's first lines: a window keeps a long ticket's scan linear
            Sniffer.Sniffed s = sniffer.sniff(part(c, i, Math.min(n, i + SNIFF_WINDOW)), null);
            if (s.parser().isEmpty() || !s.how().startsWith("recognised from its content")) {
                i++;
                continue;
            }
            int best = -1;
            int bestFacts = 0;
            int tried = 0;
            for (int j = i + 1; j <= n && tried < MAX_ENDS_TRIED; j++) {
                if (j < n && !lines.get(j).isBlank()) continue;
                tried++;
                try {
                    int facts = parse(s.parser().get(), part(c, i, j)).facts().size();
                    if (facts > bestFacts) {
                        best = j;
                        bestFacts = facts;
                    }
                } catch (ParseException e) {
                    // not output up to there
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            out.add(new Output(part(c, i, best), s));
            i = best;
        }
        return out;
    }

    /** A command's output found inside prose, with how its parser was chosen. */
    private record Output(Capture capture, Sniffer.Sniffed sniffed) {
    }

    /** Output's first lines have aligned columns, labels, paths or brackets; a sentence after a sentence does not. */
    private static final Pattern OUTPUT_LIKE = Pattern.compile("\\S {2,}\\S|\\t|:|\\\\|^\\s*[\\[{<=-]");

    /** Whether output may start at this line: after a blank line or a line that announces it, or on a line that looks like output. */
    private static boolean mayStartOutput(String previous, String line) {
        return previous.isBlank() || previous.stripTrailing().endsWith(":") || OUTPUT_LIKE.matcher(line).find();
    }

    private static Capture part(Capture c, int from, int to) {
        return new Capture(c.file(), c.command(), c.lines().subList(from, to), c.firstLine() + from);
    }

    /** One command's output, read by the parser chosen for it. */
    private void read(CommandParser parser, Sniffer.Sniffed s, Capture c, Acc acc, String encoding) {
        try {
            Parsed parsed = parse(parser, c);
            if (parsed.facts().isEmpty() && parsed.collected().isEmpty() && parser.givesFacts()) {
                acc.skip(new Skipped(c.file(), c.firstLine(), c.command(), Why.NOTHING_READ, "recognised as " + parser.id()
                        + " but nothing could be read from it: it may be damaged; collect it again"));
                return;
            }
            acc.add(parsed, new Source(c.file(), c.firstLine(), c.command()));
            acc.blocks.add(new Block(c.file(), c.firstLine(), c.command(), parser.id(), s.how(), parsed.facts().size(), encoding,
                    c.lineNumber(c.lines().size() - 1), parsed.language()));
        } catch (ParseException e) {
            String prefix = e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
            String msg = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            acc.skip(new Skipped(c.file(), e.line() > 0 ? e.line() : c.firstLine(), c.command(), Why.PARSE_ERROR,
                    "read as " + parser.id() + " (" + s.how() + ") but: expected " + msg.replaceFirst("^expected ", "")));
        }
    }

    private static final Pattern QUOTE_MARK = Pattern.compile("^>(?:[ \\t]|$)");

    /**
     * The capture without the quote marks of an e-mail or a forum post ("> " at every line's start, one
     * level), when every non-blank line has one; else null. PowerShell's continuation prompt (">> ") is
     * no quote mark.
     */
    static Capture unquoted(Capture c) {
        List<String> out = new ArrayList<>(c.lines().size());
        boolean any = false;
        for (String line : c.lines()) {
            if (line.isBlank()) {
                out.add(line);
                continue;
            }
            if (!QUOTE_MARK.matcher(line).find()) return null;
            out.add(line.length() > 1 ? line.substring(2) : "");
            any = true;
        }
        return any ? new Capture(c.file(), c.command(), out, c.firstLine()) : null;
    }

    /** Runs a parser, turning anything but a ParseException (a parser bug) into one naming the capture. */
    public static Parsed parse(CommandParser parser, Capture c) throws ParseException {
        try {
            Parsed p = parser.parse(c);
            if (p == null) {
                throw new ParseException(c.file(), c.firstLine(), "a result from parser " + parser.id());
            }
            return p;
        } catch (ParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException(c.file(), c.firstLine(), "output parser " + parser.id() + " can read (it failed: " + e + ")");
        }
    }

    private void factFile(Path f, Acc acc) {
        try {
            acc.add(factFiles.read(f).facts());
            acc.blocks.add(new Block(f.toString(), 0, null, "fact-file", "read as a fact file", 0, null));
        } catch (InputException e) {
            acc.skip(new Skipped(f.toString(), 0, null, Why.PARSE_ERROR, e.getMessage()));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    /** manifest.json / manifest.yaml: {host: NAME} or {host: {name: NAME}}, also hostName / computerName; time: the collection time. */
    private void manifest(Path m, Acc acc) {
        try {
            if (Files.size(m) > MAX_MANIFEST_BYTES) {
                acc.skip(new Skipped(m.toString(), 0, null, Why.UNREADABLE, "manifest larger than 1 MiB"));
                return;
            }
            manifest(m.toString(), Files.readAllBytes(m), acc);
        } catch (IOException e) {
            acc.skip(new Skipped(m.toString(), 0, null, Why.UNREADABLE, "manifest cannot be read: " + e.getMessage()));
        }
    }

    private static final int MAX_MANIFEST_BYTES = 1024 * 1024;

    private void manifest(String m, byte[] bytes, Acc acc) {
        try {
            if (bytes.length > MAX_MANIFEST_BYTES) {
                acc.skip(new Skipped(m, 0, null, Why.UNREADABLE, "manifest larger than 1 MiB"));
                return;
            }
            String text = CaptureText.decode(bytes).text();
            JsonNode n = (m.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML).readTree(text);
            String host = null;
            String time = null;
            if (n != null && n.isObject()) {
                // the collector writes the collection time (UTC) as "time"
                for (String k : List.of("time", "collectedAt", "collected")) {
                    if (time == null && n.hasNonNull(k) && n.get(k).isTextual()) time = n.get(k).asText();
                }
                JsonNode h = n.get("host");
                if (h != null && h.isTextual()) host = h.asText();
                else if (h != null && h.isObject() && h.hasNonNull("name")) host = h.get("name").asText();
                for (String k : List.of("hostName", "hostname", "computerName", "ComputerName")) {
                    if (host == null && n.hasNonNull(k)) host = n.get(k).asText();
                }
            }
            if (host != null && !host.isBlank()) {
                Source src = new Source(m, null, "manifest");
                acc.facts.add(new Collected(Area.HOST, src));
                acc.facts.add(new HostInfo(host.strip(), null, null, null, null, null, null, null, null, null, null, null, time, null, null, src));
            }
            acc.blocks.add(new Block(m, 0, null, "manifest", "read as the capture manifest", host == null ? 0 : 1, null));
        } catch (IOException | CaptureText.UnreadableException e) {
            acc.skip(new Skipped(m, 0, null, Why.UNREADABLE, "manifest cannot be read: " + e.getMessage()));
        }
    }

    private static final class Acc {
        final List<Fact> facts = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();

        void add(Parsed p, Source src) {
            for (Area a : p.collected()) {
                facts.add(new Collected(a, src));
            }
            facts.addAll(p.facts());
        }

        void add(List<Fact> f) {
            facts.addAll(f);
        }

        void skip(Skipped s) {
            skipped.add(s);
        }

        Result result(String origin) {
            return new Result(new FactSet(origin, FactMerger.merge(facts)), blocks, skipped);
        }
    }
}
