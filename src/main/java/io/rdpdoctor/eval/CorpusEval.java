package io.rdpdoctor.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdpdoctor.diagnosis.Certainty;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.factfile.YamlLines;
import io.rdpdoctor.parse.InputReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores rdp-doctor on the real-case corpus: for each case, is a right diagnosis first (top-1),
 * among the first three (top-3), is the report empty, and is its first diagnosis a wrong
 * *confirmed* one (the worst answer: wrong and sure of it).
 */
public final class CorpusEval {

    private static final ObjectReader CASES = new YAMLMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readerFor(CorpusCase.class);
    static final String CASE_SUFFIX = ".case.yaml";
    static final String FACTS_SUFFIX = ".facts.yaml";

    /** The outcome of one case. */
    public record Outcome(String stem, String split, CorpusCase c, List<String> ranked, List<Certainty> certainties,
                          boolean top1, boolean top3, boolean empty, boolean wrongConfirmed) {

        /** One word for the table. */
        public String verdict() {
            if (c.expect().isEmpty()) return "no-cause-in-catalogue";
            if (top1) return "top-1";
            if (top3) return "top-3";
            if (empty) return "empty";
            return wrongConfirmed ? "WRONG-CONFIRMED" : "miss";
        }
    }

    /** Counts over a set of cases. */
    public record Score(int cases, int top1, int top3, int empty, int wrongConfirmed, int noCauseInCatalogue) {

        public static Score of(List<Outcome> outcomes) {
            int t1 = 0, t3 = 0, e = 0, w = 0, n = 0;
            for (Outcome o : outcomes) {
                if (o.top1) t1++;
                if (o.top3) t3++;
                if (o.empty) e++;
                if (o.wrongConfirmed) w++;
                if (o.c.expect().isEmpty()) n++;
            }
            return new Score(outcomes.size(), t1, t3, e, w, n);
        }

        public double top1Rate() {
            return cases == 0 ? 0 : (double) top1 / cases;
        }

        public double top3Rate() {
            return cases == 0 ? 0 : (double) top3 / cases;
        }
    }

    /** All outcomes, and the scores of each split, of each family, and overall. */
    public record Result(List<Outcome> outcomes, Map<String, Score> bySplit, Map<String, Score> byFamily, Score all,
                         List<String> problems) {
    }

    private final Diagnoser diagnoser;
    private final InputReader reader = new InputReader();
    /** Null: each case's fact file is diagnosed; else its observed words, pasted as they are, read with this. */
    private final io.rdpdoctor.parse.CaptureLoader words;

    public CorpusEval(Diagnoser diagnoser) {
        this.diagnoser = diagnoser;
        this.words = null;
    }

    /**
     * An evaluation of the ticket's own words instead of its fact file: each case's {@code observed}
     * text (the thread's words, verbatim) is read as a pasted transcript is, with the free-text reader
     * ({@link io.rdpdoctor.parse.FreeTextReader}), and diagnosed. It measures what an engineer gets
     * who pastes the ticket rather than writing its facts down.
     */
    public CorpusEval(Diagnoser diagnoser, io.rdpdoctor.parse.FreeTextReader freeText) {
        this.diagnoser = diagnoser;
        this.words = new io.rdpdoctor.parse.CaptureLoader(freeText);
    }

    /** Every case below the directory (its split is the name of the folder it is in). */
    public Result run(Path dir) throws IOException {
        List<Path> caseFiles = caseFiles(dir);
        List<Outcome> outcomes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : caseFiles) {
            try {
                outcomes.add(runCase(p));
            } catch (InputException e) {
                problems.add(e.getMessage());
            }
        }
        Map<String, List<Outcome>> bySplit = new TreeMap<>();
        Map<String, List<Outcome>> byFamily = new TreeMap<>();
        for (Outcome o : outcomes) {
            bySplit.computeIfAbsent(o.split, k -> new ArrayList<>()).add(o);
            byFamily.computeIfAbsent(o.c.family(), k -> new ArrayList<>()).add(o);
        }
        Map<String, Score> splits = new TreeMap<>();
        bySplit.forEach((k, v) -> splits.put(k, Score.of(v)));
        Map<String, Score> families = new TreeMap<>();
        byFamily.forEach((k, v) -> families.put(k, Score.of(v)));
        return new Result(outcomes, splits, families, Score.of(outcomes), problems);
    }

    /**
     * How often each cause was the confirmed answer among the cases below {@code dir} that name one
     * (a case's expected ids share its one count): the catalogue's priors from practice
     * (docs/ranking.md), counted apart for the two kinds of client, whose failures differ: Windows'
     * own client and the others (the field's tickets, mostly), and the clients with an RDP stack of
     * their own (most of the corpus's GitHub tickets). Only the case files are read; nothing is diagnosed.
     *
     * @param counts         each diagnosis id's share of the cases whose facts name no client with
     *                       an RDP stack of its own, most frequent first (ties by id)
     * @param cases          how many cases those are (naming at least one catalogue id)
     * @param ownStackCounts the same among the cases whose facts name a client with an RDP stack of
     *                       its own ({@link io.rdpdoctor.derived.ClientSwitches#ownRdpStack})
     * @param ownStackCases  how many cases those are
     */
    public record Priors(Map<String, Double> counts, int cases, Map<String, Double> ownStackCounts, int ownStackCases,
                         List<String> problems) {
        public double prior(String id) {
            return cases == 0 ? 0 : counts.getOrDefault(id, 0.0) / cases;
        }

        public double priorOwnStack(String id) {
            return ownStackCases == 0 ? 0 : ownStackCounts.getOrDefault(id, 0.0) / ownStackCases;
        }
    }

    public static Priors priors(Path dir) throws IOException {
        List<Path> caseFiles = caseFiles(dir);
        Map<String, Double> counts = new TreeMap<>();
        Map<String, Double> ownStackCounts = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        InputReader reader = new InputReader();
        int cases = 0;
        int ownStackCases = 0;
        for (Path p : caseFiles) {
            try {
                List<String> expect = readCase(p).expect();
                if (expect.isEmpty()) continue;
                if (ownRdpStack(reader.read(factsBeside(p)).facts())) {
                    ownStackCases++;
                    for (String id : expect) ownStackCounts.merge(id, 1.0 / expect.size(), Double::sum);
                } else {
                    cases++;
                    for (String id : expect) counts.merge(id, 1.0 / expect.size(), Double::sum);
                }
            } catch (InputException e) {
                problems.add(e.getMessage());
            }
        }
        return new Priors(mostFrequentFirst(counts), cases, mostFrequentFirst(ownStackCounts), ownStackCases, problems);
    }

    /** A ticket of a client with an RDP stack of its own: an attempt's app or the client's name says so. */
    private static boolean ownRdpStack(io.rdpdoctor.facts.FactSet facts) {
        return facts.all(io.rdpdoctor.facts.ConnectionAttempt.class).stream().anyMatch(a -> io.rdpdoctor.derived.ClientSwitches.ownRdpStack(a.app()))
                || facts.all(io.rdpdoctor.facts.ClientInfo.class).stream().anyMatch(c -> io.rdpdoctor.derived.ClientSwitches.ownRdpStack(c.rdpClient()));
    }

    private static Map<String, Double> mostFrequentFirst(Map<String, Double> counts) {
        Map<String, Double> ordered = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** Every case file below the directory, in name order. */
    private static List<Path> caseFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(CASE_SUFFIX))
                    .sorted().toList();
        }
    }

    private static String stem(Path caseFile) {
        String name = caseFile.getFileName().toString();
        return name.substring(0, name.length() - CASE_SUFFIX.length());
    }

    /** The fact file beside a case file, which every case has. */
    private static Path factsBeside(Path caseFile) throws InputException {
        Path facts = caseFile.resolveSibling(stem(caseFile) + FACTS_SUFFIX);
        if (!Files.isRegularFile(facts)) {
            throw new InputException(caseFile.toString(), "has no fact file beside it; expected " + facts);
        }
        return facts;
    }

    /** One case: its case file and the fact file beside it. */
    public Outcome runCase(Path caseFile) throws InputException {
        CorpusCase c = readCase(caseFile);
        String stem = stem(caseFile);
        io.rdpdoctor.facts.FactSet read = words == null ? reader.read(factsBeside(caseFile)).facts()
                : words.load(stem + ".observed.txt", c.observed().getBytes(StandardCharsets.UTF_8)).facts();
        Report report = diagnoser.diagnose(read);
        List<Report.Diagnosis> flat = new ArrayList<>();
        flatten(report.causes(), flat);
        List<String> ids = flat.stream().map(Report.Diagnosis::id).toList();
        List<Certainty> certainties = flat.stream().map(Report.Diagnosis::certainty).toList();
        boolean top1 = !ids.isEmpty() && c.expect().contains(ids.get(0));
        boolean top3 = ids.stream().limit(3).anyMatch(c.expect()::contains);
        // wrong and sure of it: a cause (not an observed symptom) ranked first as confirmed, and not the right one
        boolean wrongConfirmed = !ids.isEmpty() && !top1 && certainties.get(0) == Certainty.CONFIRMED
                && flat.get(0).kind() == io.rdpdoctor.knowledge.Kind.CAUSE;
        Path parent = caseFile.getParent();
        String split = parent == null ? "" : parent.getFileName().toString();
        return new Outcome(stem, split, c, ids, certainties, top1, top3, ids.isEmpty(), wrongConfirmed);
    }

    /** Depth first: a root cause, then what it explains, then the next root. */
    private static void flatten(List<Report.Diagnosis> ds, List<Report.Diagnosis> out) {
        for (Report.Diagnosis d : ds) {
            out.add(d);
            flatten(d.explains(), out);
        }
    }

    static CorpusCase readCase(Path file) throws InputException {
        String text = "";
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            CorpusCase c = CASES.readValue(text);
            if (c == null) throw new InputException(file.toString(), "is empty; expected a case (corpus/README.md)");
            return c;
        } catch (JsonProcessingException e) {
            String msg = e instanceof UnrecognizedPropertyException u
                    ? "unknown key '" + u.getPropertyName() + "'; expected one of: " + u.getKnownPropertyIds()
                    : e.getOriginalMessage().split("\n")[0];
            throw new InputException(file.toString(), YamlLines.lineOf(e, text), 0, msg);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }
}
