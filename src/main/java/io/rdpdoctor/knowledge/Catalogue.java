package io.rdpdoctor.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdpdoctor.knowledge.KnowledgeException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diagnoses and questions the rule authors described beside their DRL: titles, explanations,
 * fixes, sources. Read from every {@code *.yaml} under the rules directories that is not a
 * scenario file ({@code *.scenarios.yaml}).
 */
public final class Catalogue implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The shape of one catalogue file. */
    record CatalogueFile(List<DiagnosisDef> diagnoses, List<QuestionDef> questions, List<MessageDef> messages,
                         List<ComplaintPhrases> complaints, TopicWords topic, List<ProductNames> products,
                         ChangePhrases.Told changes, ClientComparisons comparisons) {
    }

    private static final ObjectReader READER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build().readerFor(CatalogueFile.class);

    private final Map<String, DiagnosisDef> diagnoses;
    private final Map<String, QuestionDef> questions;
    private final Map<String, MessageDef> messages;
    /** The file each diagnosis and question was read from, by id. */
    private final Map<String, String> files;
    private final Explanations explanations;
    private final ClientMessages clientMessages;
    private final List<ComplaintPhrases> complaints;
    private final List<TopicWords> topic;
    private final List<ProductNames> products;
    private final List<ChangePhrases.Told> changes;
    private final List<ClientComparisons> comparisons;

    private Catalogue(Map<String, DiagnosisDef> diagnoses, Map<String, QuestionDef> questions,
                      Map<String, MessageDef> messages, Map<String, String> files, List<ComplaintPhrases> complaints,
                      List<TopicWords> topic, List<ProductNames> products, List<ChangePhrases.Told> changes,
                      List<ClientComparisons> comparisons) {
        this.diagnoses = diagnoses;
        this.questions = questions;
        this.messages = messages;
        this.files = files;
        this.explanations = Explanations.of(diagnoses.values(), messages.values());
        this.clientMessages = new ClientMessages(List.copyOf(messages.values()));
        this.complaints = List.copyOf(complaints);
        this.topic = List.copyOf(topic);
        this.products = List.copyOf(products);
        this.changes = List.copyOf(changes);
        this.comparisons = List.copyOf(comparisons);
    }

    public static boolean isCatalogueFile(Path p) {
        String n = p.getFileName().toString();
        return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.endsWith(".scenarios.yaml") && !n.endsWith(".scenarios.yml");
    }

    public static Catalogue read(List<Path> files, java.util.function.Function<Path, String> display) throws KnowledgeException {
        Map<String, DiagnosisDef> diagnoses = new LinkedHashMap<>();
        Map<String, QuestionDef> questions = new LinkedHashMap<>();
        Map<String, MessageDef> messages = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        List<ComplaintPhrases> complaints = new ArrayList<>();
        List<TopicWords> topic = new ArrayList<>();
        List<ProductNames> products = new ArrayList<>();
        List<ChangePhrases.Told> changes = new ArrayList<>();
        List<ClientComparisons> comparisons = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = display.apply(file);
            CatalogueFile cf;
            String text = "";
            try {
                text = Files.readString(file);
                cf = READER.readValue(text);
            } catch (JsonProcessingException e) {
                int line = io.rdpdoctor.factfile.YamlLines.lineOf(e, text);
                String msg = e instanceof UnrecognizedPropertyException u
                        ? "unknown key '" + u.getPropertyName() + "'; expected one of: " + u.getKnownPropertyIds()
                        : e.getOriginalMessage().split("\n")[0];
                problems.add(new Problem(name, line, msg));
                continue;
            } catch (IOException e) {
                problems.add(new Problem(name, 0, "cannot be read: " + e.getMessage()));
                continue;
            }
            if (cf == null) {
                continue;
            }
            for (DiagnosisDef d : Optional.ofNullable(cf.diagnoses()).orElse(List.of())) {
                if (diagnoses.putIfAbsent(d.id(), d) != null) {
                    problems.add(new Problem(name, 0, "diagnosis " + d.id() + " is already defined in " + fileOf.get(d.id())));
                } else {
                    fileOf.put(d.id(), name);
                }
            }
            for (MessageDef m : Optional.ofNullable(cf.messages()).orElse(List.of())) {
                if (messages.putIfAbsent(m.id(), m) != null) {
                    problems.add(new Problem(name, 0, "message " + m.id() + " is already defined in " + fileOf.get(m.id())));
                } else {
                    fileOf.put(m.id(), name);
                }
            }
            for (ComplaintPhrases c : Optional.ofNullable(cf.complaints()).orElse(List.of())) {
                if (wordless(c.phrases())) {
                    problems.add(new Problem(name, 0, "complaint " + c.kind() + ": every phrase needs words"));
                } else {
                    complaints.add(c);
                }
            }
            if (cf.topic() != null) {
                if (wordless(cf.topic().words())) {
                    problems.add(new Problem(name, 0, "topic: every word needs letters or digits"));
                } else {
                    topic.add(cf.topic());
                }
            }
            for (ProductNames p : Optional.ofNullable(cf.products()).orElse(List.of())) {
                if (p.name().isBlank() || wordless(p.phrases())) {
                    problems.add(new Problem(name, 0, "product '" + p.name() + "': it needs a name, and every phrase needs words"));
                } else if ((p.as() == ProductNames.Role.CLOUD) != (p.cloud() != null)) {
                    problems.add(new Problem(name, 0, "product '" + p.name() + "': a cloud (as: cloud) and only a cloud names its provider (cloud:)"));
                } else {
                    products.add(p);
                }
            }
            if (cf.changes() != null) {
                if (cf.changes().kinds().stream().anyMatch(k -> wordless(k.phrases())) || wordless(cf.changes().fixes())) {
                    problems.add(new Problem(name, 0, "changes: every kind and the fixes need phrases, and every phrase needs words"));
                } else {
                    changes.add(cf.changes());
                }
            }
            if (cf.comparisons() != null) {
                if (cf.comparisons().lists().stream().anyMatch(Catalogue::wordless)) {
                    problems.add(new Problem(name, 0, "comparisons: each list needs phrases, and every phrase needs words"));
                } else {
                    comparisons.add(cf.comparisons());
                }
            }
            for (QuestionDef q : Optional.ofNullable(cf.questions()).orElse(List.of())) {
                if (questions.putIfAbsent(q.id(), q) != null) {
                    problems.add(new Problem(name, 0, "question " + q.id() + " is already defined in " + fileOf.get(q.id())));
                } else {
                    fileOf.put(q.id(), name);
                }
            }
        }
        for (DiagnosisDef d : diagnoses.values()) {
            for (String e : d.explains()) {
                if (!diagnoses.containsKey(e)) {
                    problems.add(new Problem(fileOf.get(d.id()), 0, d.id() + " explains unknown diagnosis " + e));
                }
            }
            for (String t : d.triggers()) {
                if (!diagnoses.containsKey(t)) {
                    problems.add(new Problem(fileOf.get(d.id()), 0, d.id() + " triggers unknown diagnosis " + t));
                }
            }
        }
        for (QuestionDef q : questions.values()) {
            for (String s : q.settledBy()) {
                if (!diagnoses.containsKey(s)) {
                    problems.add(new Problem(fileOf.get(q.id()), 0, q.id() + " is settled by unknown diagnosis " + s));
                }
            }
        }
        for (MessageDef m : messages.values()) {
            if (m.generic() && (m.stage() == null || !m.texts().isEmpty() || !m.codes().isEmpty()
                    || !m.extendedCodes().isEmpty() || m.keywords().isEmpty())) {
                problems.add(new Problem(fileOf.get(m.id()), 0, m.id() + " is generic: it needs a stage and keywords, "
                        + "and has no texts or codes (a client's own message is not generic)"));
            }
            for (MessageDef.Hypothesis h : m.hypotheses()) {
                if (!diagnoses.containsKey(h.id())) {
                    problems.add(new Problem(fileOf.get(m.id()), 0, m.id() + " points to unknown diagnosis " + h.id()));
                }
            }
            for (String x : m.explainedBy()) {
                if (!diagnoses.containsKey(x)) {
                    problems.add(new Problem(fileOf.get(m.id()), 0, m.id() + " is explained by unknown diagnosis " + x));
                }
            }
            for (String q : m.asks()) {
                if (!questions.containsKey(q)) {
                    problems.add(new Problem(fileOf.get(m.id()), 0, m.id() + " asks unknown question " + q));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new Catalogue(diagnoses, questions, messages, fileOf, complaints, topic, products, changes, comparisons);
    }

    /** No phrase at all, or a phrase with no word in it (a phrase that would match nothing, or everything). */
    private static boolean wordless(List<String> phrases) {
        return phrases.isEmpty() || phrases.stream().anyMatch(p -> MessageDef.normalise(p).isEmpty());
    }

    public Optional<DiagnosisDef> diagnosis(String id) {
        return Optional.ofNullable(diagnoses.get(id));
    }

    /** The catalogue file an entry was read from. */
    public String fileOf(String id) {
        return files.get(id);
    }

    public Optional<QuestionDef> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Collection<DiagnosisDef> diagnoses() {
        return diagnoses.values().stream().sorted(Comparator.comparing(DiagnosisDef::order).thenComparing(DiagnosisDef::id)).toList();
    }

    /** The client messages. */
    public Collection<MessageDef> messages() {
        return messages.values();
    }

    /** The client messages as one fact, inserted into every session so that rules can match them. */
    public ClientMessages clientMessages() {
        return clientMessages;
    }

    /** The phrases by which a ticket's words say each kind of complaint, in the order of the files. */
    public List<ComplaintPhrases> complaintPhrases() {
        return complaints;
    }

    /** The words by which a text speaks of Remote Desktop, one entry per file that gives them. */
    public List<TopicWords> topicWords() {
        return topic;
    }

    /** The products tickets name (RDP clients, software that hooks RDP), in the order of the files. */
    public List<ProductNames> productNames() {
        return products;
    }

    /** Whether a text speaks of Remote Desktop by the words of any file. */
    /**
     * The kind of change a sentence of free text tells of ("after installing X", "since the update"),
     * or empty: none, or it tells the fix ({@link ChangePhrases}).
     */
    public Optional<io.rdpdoctor.facts.Change.Kind> changeToldIn(String sentence) {
        return changes.stream().map(c -> c.in(sentence)).flatMap(Optional::stream).findFirst();
    }

    /** How tickets say that another client or version connects where one fails ({@link ClientComparisons}). */
    public List<ClientComparisons> clientComparisons() {
        return comparisons;
    }

    public boolean speaksOfTheTopic(String text) {
        return topic.stream().anyMatch(t -> t.saidIn(text));
    }

    /** What each diagnosis, once confirmed, accounts for: inserted into every session (rules/derive/explained.drl). */
    public Explanations explanations() {
        return explanations;
    }

    public Collection<QuestionDef> questions() {
        return questions.values();
    }
}
