package io.rdpdoctor.diagnosis;

import io.rdpdoctor.derived.Derived;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.knowledge.Catalogue;
import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.FixStep;
import io.rdpdoctor.knowledge.Kind;
import io.rdpdoctor.knowledge.QuestionDef;
import io.rdpdoctor.knowledge.Templates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what the rules concluded into the ranked report (docs/ranking.md): a differential
 * diagnosis.
 * <ol>
 *   <li>each diagnosis gets a {@link Score}: its prior from practice, raised or lowered by each
 *       kind of evidence the rules concluded for it; its certainty word follows (confirmed only
 *       when the facts show the cause);</li>
 *   <li>sorted by that probability (to the percent), then causes before symptoms, then the
 *       troubleshooting order ({@code order}), then the id;</li>
 *   <li>a diagnosis that a confirmed or likely diagnosis explains (catalogue {@code explains})
 *       goes under it (a consequence is never the root); a symptom that only a possible cause
 *       would explain ranks after that cause: a symptom never ranks above a cause that would
 *       explain it.</li>
 * </ol>
 * Security findings are listed apart and never outrank a cause.
 */
public final class Ranker {

    private final Catalogue catalogue;

    public Ranker(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A finding merged per id, with its catalogue entry, its score and the certainty that follows. */
    private record Entry(Finding finding, DiagnosisDef def, Score score, Certainty certainty, boolean priorOnly) {

        Entry(Finding finding, DiagnosisDef def, Score score, Certainty certainty) {
            this(finding, def, score, certainty, false);
        }

        /** The probability to the percent: causes the facts show are equally certain, whatever their priors. */
        long percent() {
            return Math.round(score.probability() * 100);
        }

        /** Claims what it explains: a hypothesis (possible) does not. */
        boolean claims() {
            return certainty != Certainty.POSSIBLE;
        }
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::priorOnly) // what the facts point to, however weakly, before the base rates
            .thenComparing(Entry::percent, Comparator.reverseOrder())
            // hypotheses from practice: by their share, finer than a percent (1 in 337 tickets is 0.3 %)
            .thenComparing(e -> e.priorOnly ? -e.score.probability() : 0.0)
            // equally probable: what the facts show comes before what they suggest
            .thenComparing(Entry::certainty)
            .thenComparing(e -> e.def.kind() == Kind.CAUSE ? 0 : 1)
            .thenComparing(e -> e.def.order())
            .thenComparing(e -> e.def.id());

    /**
     * The order of a host's diagnoses, before anything is rendered: the entries by id, the causes
     * and symptoms sorted, the security findings sorted, and which entry goes under which.
     */
    private record Order(Map<String, Entry> entries, List<Entry> ranked, List<Entry> security, Map<String, Entry> parentOf,
                         List<Entry> roots) {

        /** The entries {@code e} explains, in rank order. */
        List<Entry> children(Entry e) {
            return ranked.stream().filter(c -> parentOf.get(c.def.id()) == e).toList();
        }
    }

    /**
     * @param rendered whether the entries' findings will be rendered ({@link #rank}): then they are
     *                 merged in the reproducible order of {@link #merge}; {@link #places} prints none of
     *                 their evidence or values, and the entries are sorted by {@link #ORDER}, a total
     *                 order, so it needs only each id's strongest certainty ({@link #mergeUnordered})
     */
    private Order order(Conclusions conclusions, boolean rendered) {
        Map<String, List<Finding>> byId = new LinkedHashMap<>();
        conclusions.findings().forEach(f -> byId.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f));
        Map<String, List<Against>> againstById = new LinkedHashMap<>();
        conclusions.against().forEach(a -> againstById.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a));
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Finding f : rendered ? merge(conclusions.findings()) : mergeUnordered(byId)) {
            DiagnosisDef def = catalogue.diagnosis(f.id()).orElseThrow(() ->
                    new IllegalStateException("a rule concluded diagnosis '" + f.id() + "', which the catalogue does not define"));
            Score score = Score.of(def.prior(), byId.get(f.id()), againstById.getOrDefault(f.id(), List.of()));
            entries.put(f.id(), new Entry(f, def, score, Score.certainty(byId.get(f.id()), score)));
        }

        Set<String> ruledOut = new java.util.HashSet<>();
        conclusions.ruledOut().forEach(r -> ruledOut.add(r.id()));
        if (!conclusions.failures().isEmpty() && entries.values().stream()
                .noneMatch(e -> e.def.kind() != Kind.SECURITY && e.certainty != Certainty.POSSIBLE)) {
            hypothesesFromPractice(conclusions, entries, ruledOut, againstById);
        }
        causesOfUnexplainedSymptoms(entries, ruledOut, againstById);
        List<Entry> security = entries.values().stream().filter(e -> e.def.kind() == Kind.SECURITY).sorted(ORDER).toList();
        List<Entry> ranked = entries.values().stream().filter(e -> e.def.kind() != Kind.SECURITY).sorted(ORDER).toList();

        // Each explained entry goes under its best-ranked explainer. A merely possible cause is a
        // hypothesis: it does not claim what it would explain, which ranks after it instead.
        Map<String, Entry> parentOf = new LinkedHashMap<>();
        for (Entry e : ranked) {
            ranked.stream().filter(a -> a != e && a.claims() && a.def.explains().contains(e.def.id())).findFirst()
                    .ifPresent(a -> parentOf.put(e.def.id(), a));
        }
        // An explanation cycle (A explains B explains A) would leave its members without a root:
        // walking up from each entry, the first entry met twice is in the cycle; detach it.
        for (Entry e : ranked) {
            Set<String> seen = new java.util.HashSet<>();
            String at = e.def.id();
            while (parentOf.containsKey(at)) {
                if (!seen.add(at)) {
                    parentOf.remove(at);
                    break;
                }
                at = parentOf.get(at).def.id();
            }
        }

        List<Entry> roots = explainersFirst(ranked.stream().filter(e -> !parentOf.containsKey(e.def.id())).toList());
        return new Order(entries, ranked, security, parentOf, roots);
    }

    private QuestionDef questionDef(Question q) {
        return catalogue.question(q.id()).orElseThrow(() ->
                new IllegalStateException("a rule asked question '" + q.id() + "', which the catalogue does not define"));
    }

    /** A diagnosis's place in a report: its rank ("1", "1.1", "S1"), id, kind and certainty. */
    public record Place(String rank, String id, Kind kind, Certainty certainty) {
    }

    /**
     * The ranking alone, as {@link #rank} orders it: every diagnosis's place, in report order (each
     * cause or symptom followed by what it explains, then the security findings), with none of the
     * texts rendered (evidence, explanations, fixes, next steps, ruled-out causes). For outputs that
     * print only this (batch's JSON Lines and CSV): the rendering is most of the ranking's work.
     */
    public List<Place> places(Conclusions conclusions) {
        Order o = order(conclusions, false);
        conclusions.questions().forEach(this::questionDef); // a question the catalogue lacks fails here too
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < o.roots.size(); i++) {
            place(o, o.roots.get(i), String.valueOf(i + 1), out);
        }
        for (int i = 0; i < o.security.size(); i++) {
            place(o, o.security.get(i), "S" + (i + 1), out);
        }
        return List.copyOf(out);
    }

    private static void place(Order o, Entry e, String rank, List<Place> out) {
        out.add(new Place(rank, e.def.id(), e.def.kind(), e.certainty));
        List<Entry> children = o.children(e);
        for (int i = 0; i < children.size(); i++) {
            place(o, children.get(i), rank + "." + (i + 1), out);
        }
    }

    public Report rank(FactSet facts, Conclusions conclusions) {
        Order o = order(conclusions, true);
        Map<String, Entry> entries = o.entries;
        List<Entry> ranked = o.ranked;
        List<Entry> security = o.security;
        Map<String, Entry> parentOf = o.parentOf;
        List<Entry> roots = o.roots;
        Set<String> present = Set.copyOf(entries.keySet());
        List<Report.Diagnosis> causes = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            causes.add(render(roots.get(i), String.valueOf(i + 1), null, i == 0 ? null : roots.get(i - 1), ranked, parentOf, present));
        }
        List<Report.Diagnosis> sec = new ArrayList<>();
        for (int i = 0; i < security.size(); i++) {
            sec.add(render(security.get(i), "S" + (i + 1), null, i == 0 ? null : security.get(i - 1), security, Map.of(), present));
        }

        List<Report.NextStep> next = conclusions.questions().stream()
                .sorted(Comparator.comparing(Question::id).thenComparing(q -> new java.util.TreeMap<>(q.values()).toString()))
                .collect(java.util.stream.Collectors.toMap(Question::id, q -> q, (a, b) -> a, LinkedHashMap::new))
                .values().stream()
                .map(q -> new Object[] {q, questionDef(q)})
                .filter(p -> ((QuestionDef) p[1]).settledBy().stream().noneMatch(id ->
                        entries.containsKey(id) && entries.get(id).certainty == Certainty.CONFIRMED))
                .sorted(Comparator.comparing((Object[] p) -> ((QuestionDef) p[1]).order()).thenComparing(p -> ((QuestionDef) p[1]).id()))
                .map(p -> nextStep((Question) p[0], (QuestionDef) p[1]))
                .toList();

        Map<String, LinkedHashSet<Object>> excludedBy = new java.util.TreeMap<>();
        for (RuledOut r : conclusions.ruledOut()) {
            if (!entries.containsKey(r.id())) {
                excludedBy.computeIfAbsent(r.id(), k -> new LinkedHashSet<>()).addAll(r.evidence());
            }
        }
        List<Report.Excluded> ruledOut = excludedBy.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, LinkedHashSet<Object>> x) ->
                        catalogue.diagnosis(x.getKey()).map(DiagnosisDef::order).orElse(Integer.MAX_VALUE)).thenComparing(Map.Entry::getKey))
                .map(x -> new Report.Excluded(x.getKey(),
                        catalogue.diagnosis(x.getKey()).map(d -> Templates.fill(d.title(), Map.of())).orElse(x.getKey()),
                        distinct(evidence(List.copyOf(x.getValue())).stream()
                                .sorted(Comparator.comparing(Report.Evidence::fact)
                                        .thenComparing(ev -> ev.source() == null ? "" : ev.source())
                                        .thenComparing(ev -> ev.grounds().toString())).toList())))
                .toList();

        List<String> notCollected = new ArrayList<>();
        for (Area a : Area.values()) {
            if (!facts.collected(a)) notCollected.add(a.key());
        }
        String host = facts.host().map(h -> h.name()).orElse(null);
        return new Report(Report.SCHEMA, facts.origin(), host, causes, sec, next, ruledOut, notCollected, List.of());
    }

    /** How many causes a report lists when only their priors speak for them. */
    static final int HYPOTHESES_FROM_PRACTICE = 5;

    /**
     * Never empty while there is evidence: a failure was reported but nothing points to a cause,
     * so the causes that fit the stage it failed at (catalogue layers), and that the facts do not
     * rule out, are listed at their priors from practice, the most frequent first.
     */
    private void hypothesesFromPractice(Conclusions conclusions, Map<String, Entry> entries, Set<String> ruledOut,
                                        Map<String, List<Against>> against) {
        io.rdpdoctor.facts.FailureStage stage = latestStage(conclusions.failures());
        // No report names a stage: start where checking starts, at TCP (see fitsStage), or, for a
        // client with an RDP stack of its own, at the security negotiation it does itself.
        // A client with an RDP stack of its own failed: its tickets' priors count at every stage.
        boolean ownStackClient = conclusions.failures().stream().anyMatch(io.rdpdoctor.derived.FailureReported::ownRdpStack);
        boolean useOwnStack = stage == null && ownStackClient;
        boolean negotiation = stage == null && conclusions.failures().stream().anyMatch(io.rdpdoctor.derived.FailureReported::negotiationFirst);
        // Another program connects where this one fails: the failing program is what differs, so its
        // own defect is a hypothesis whatever its stack, at the share it has among clients of their own
        // stack (the only tickets where the corpus could count it).
        boolean clientDiffers = useOwnStack || stage == null && conclusions.failures().stream().anyMatch(io.rdpdoctor.derived.FailureReported::anotherClientConnects);
        java.util.function.Predicate<DiagnosisDef> fits = stage != null ? fitsStage(stage, ownStackClient)
                : negotiation ? fitsNegotiation(clientDiffers) : fitsNoStage();
        String where = stage != null ? ""
                : useOwnStack ? "; no stage is named, and a client with an RDP stack of its own fails most often while negotiating TLS and CredSSP, whose causes these are"
                : negotiation ? "; no stage is named, and another client connects the same way, so the way is open and the negotiation between this client and the host comes first"
                : "; no stage is named, and checking starts at TCP, whose causes these are, and at the user's right to sign in remotely";
        // in a fixed order: the session returns them in none, and a report is the same on every run
        List<Object> grounds = conclusions.failures().stream()
                .sorted(Comparator.comparing(f -> Ranker.evidence(List.of(f)).toString()))
                .map(f -> (Object) f).toList();
        Map<String, Score> scores = new java.util.HashMap<>();
        catalogue.diagnoses().stream()
                .filter(d -> d.kind() == Kind.CAUSE && !ruledOut.contains(d.id()) && !entries.containsKey(d.id()) && fits.test(d))
                .forEach(d -> scores.put(d.id(), Score.practice(practicePrior(d, ownStackClient, clientDiffers), String.format(java.util.Locale.ROOT,
                        "its prior alone: %s; nothing specific points to it yet%s", share(d, ownStackClient, clientDiffers), where),
                        against.getOrDefault(d.id(), List.of()))));
        catalogue.diagnoses().stream()
                .filter(d -> scores.containsKey(d.id()))
                .sorted(Comparator.comparing((DiagnosisDef d) -> scores.get(d.id()).probability(), Comparator.reverseOrder()).thenComparing(DiagnosisDef::order))
                .limit(Math.max(0, HYPOTHESES_FROM_PRACTICE - entries.size()))
                .forEach(d -> entries.put(d.id(), new Entry(new Finding(d.id(), Certainty.POSSIBLE, grounds, Map.of()), d,
                        scores.get(d.id()), Certainty.POSSIBLE, true)));
    }

    static final int CAUSES_PER_SYMPTOM = 3;

    /**
     * A symptom the facts show (confirmed or likely) says something is wrong without saying what: when
     * no entry would explain it, the causes whose catalogue {@code explains} names it, and that the
     * facts do not rule out, are listed at their priors from practice, the most frequent first, as
     * an engineer who sees Schannel 36870 names the key's permissions, a stopped KeyIso or a
     * certificate without its key. A symptom ranks after the causes that would explain it.
     */
    private void causesOfUnexplainedSymptoms(Map<String, Entry> entries, Set<String> ruledOut, Map<String, List<Against>> against) {
        List<Entry> symptoms = entries.values().stream()
                .filter(e -> e.def.kind() == Kind.SYMPTOM && !e.priorOnly && e.certainty != Certainty.POSSIBLE)
                // a merely possible cause does not claim it: the symptom's other causes are listed beside it
                .filter(e -> entries.values().stream().noneMatch(a -> a.claims() && a.def.explains().contains(e.def.id())))
                .sorted(Comparator.comparing((Entry e) -> e.def.order()).thenComparing(e -> e.def.id()))
                .toList();
        for (Entry symptom : symptoms) {
            catalogue.diagnoses().stream()
                    .filter(d -> d.kind() == Kind.CAUSE && d.explains().contains(symptom.def.id())
                            && !ruledOut.contains(d.id()) && !entries.containsKey(d.id()))
                    .sorted(Comparator.comparing((DiagnosisDef d) -> practicePrior(d, false), Comparator.reverseOrder())
                            .thenComparing(DiagnosisDef::order).thenComparing(DiagnosisDef::id))
                    .limit(CAUSES_PER_SYMPTOM)
                    .forEach(d -> entries.put(d.id(), new Entry(new Finding(d.id(), Certainty.POSSIBLE, symptom.finding.evidence(), Map.of()), d,
                            Score.practice(practicePrior(d, false), String.format(java.util.Locale.ROOT,
                                    "its prior alone: %s; it would explain %s, which the facts show", share(d, false, false), symptom.def.id()),
                                    against.getOrDefault(d.id(), List.of())),
                            Certainty.POSSIBLE, true)));
        }
    }

    /**
     * The prior a hypothesis from practice starts from and is ordered by: its share of the corpus's
     * tickets, among those of clients with an RDP stack of their own when such a client failed and
     * nothing names the stage (a cause never seen from them: at most the default). A cause the
     * corpus never saw comes after every cause it saw.
     */
    static double practicePrior(DiagnosisDef d, boolean ownStack) {
        return practicePrior(d, ownStack, ownStack);
    }

    /**
     * As {@link #practicePrior(DiagnosisDef, boolean)}; where the failing client is what differs
     * (another program connects), a cause counted only among clients of their own stack
     * (CLIENT-DEFECT: no ordinary prior) takes that share.
     */
    static double practicePrior(DiagnosisDef d, boolean ownStack, boolean clientDiffers) {
        if (ownStack && d.priorOwnStack() != null) return d.priorOwnStack();
        if (clientDiffers && countedOnlyFromOwnStack(d)) return d.priorOwnStack();
        if (d.prior() == null) return NEVER_SEEN;
        return ownStack ? Math.min(d.prior(), Score.DEFAULT_PRIOR) : d.prior();
    }

    /** The share of a cause the corpus never saw: below one ticket in the corpus's 337 (and 83). */
    static final double NEVER_SEEN = 0.001;

    /** A cause the corpus counted only among clients with an RDP stack of their own (CLIENT-DEFECT). */
    private static boolean countedOnlyFromOwnStack(DiagnosisDef d) {
        return d.prior() == null && d.priorOwnStack() != null;
    }

    /** "the cause of about 12 % of real tickets [from such clients]", or that no ticket of the corpus had it yet. */
    private static String share(DiagnosisDef d, boolean ownStack, boolean clientDiffers) {
        double p = practicePrior(d, ownStack, clientDiffers);
        if (p == NEVER_SEEN && d.prior() == null) return "no real ticket of the corpus had it yet";
        return "the cause of " + (p < 0.01 ? "under 1 %" : String.format(java.util.Locale.ROOT, "about %.0f %%", 100 * p))
                + " of real tickets" + (ownStack ? " from such clients"
                        : clientDiffers && countedOnlyFromOwnStack(d) ? " from clients with an RDP stack of their own" : "");
    }

    /** The latest stage any report names (what got through rules out what comes before), or null. */
    static io.rdpdoctor.facts.FailureStage latestStage(List<io.rdpdoctor.derived.FailureReported> failures) {
        io.rdpdoctor.facts.FailureStage latest = null;
        for (io.rdpdoctor.derived.FailureReported f : failures) {
            if (f.stage() != null && (latest == null || f.stage().compareTo(latest) > 0)) latest = f.stage();
        }
        return latest;
    }

    /**
     * The causes that can stop a connection at the stage reported. Broad stages go by catalogue
     * layer and take the causes with a prior from practice; the two narrow ones name their causes.
     * <p>With no stage named, the hypotheses from practice are those of TCP: a failure after TCP
     * shows a dialog that names its stage (the CredSSP text, "not authorized", a licence error: the
     * catalogue's messages with a {@code stage}), so a report that names none is, first, one a
     * generic "can't connect" covers; and "does TCP 3389 answer?" is the first check of Microsoft's
     * troubleshooting order (Q-PORT-TEST), which also tells the stage. Ranking every cause by its
     * prior alone put the most frequent cause of the corpus (CREDSSP-ORACLE, whose dialog names
     * it) first on reports that show nothing of it.
     */
    static java.util.function.Predicate<DiagnosisDef> fitsStage(io.rdpdoctor.facts.FailureStage stage) {
        return fitsStage(stage, false);
    }

    /**
     * As {@link #fitsStage(io.rdpdoctor.facts.FailureStage)}, the prior from practice being the one
     * for the kind of client that failed: with a client of its own RDP stack, a cause seen only from
     * such clients (CLIENT-DEFECT) counts too.
     */
    static java.util.function.Predicate<DiagnosisDef> fitsStage(io.rdpdoctor.facts.FailureStage stage, boolean ownStack) {
        java.util.function.Predicate<DiagnosisDef> known = d -> d.prior() != null || ownStack && d.priorOwnStack() != null;
        java.util.function.Predicate<DiagnosisDef> byLayer = byLayer(stage, known);
        // the client's own defect is no layer's: it can stop such a client at any stage past TCP
        return ownStack && stage.compareTo(io.rdpdoctor.facts.FailureStage.TCP) > 0
                ? byLayer.or(d -> d.id().equals("CLIENT-DEFECT") && d.priorOwnStack() != null)
                : byLayer;
    }

    private static java.util.function.Predicate<DiagnosisDef> byLayer(io.rdpdoctor.facts.FailureStage stage,
                                                                       java.util.function.Predicate<DiagnosisDef> known) {
        return switch (stage) {
            case NAME_RESOLUTION -> d -> Set.of("NAME-NOT-RESOLVED", "DNS-STALE", "VPN-INTERFERENCE").contains(d.id());
            case TCP -> d -> known.test(d) && Set.of("reachability", "network", "listener", "services").contains(d.layer());
            // the listener answered: TermService is there and running (its own causes are TCP's)
            case TLS -> d -> known.test(d) && Set.of("tls", "services").contains(d.layer()) && !LISTENER_DOWN.matcher(d.id()).matches()
                    || Set.of("CERT-BROKEN", "MACHINEKEYS-ACL", "SECURITY-LAYER").contains(d.id());
            case NLA -> d -> known.test(d) && Set.of("session", "accounts").contains(d.layer());
            // the logon itself refused: the listener answered and TLS and NLA were passed, so their causes
            // (some in the session layer) are not this stage's
            case LOGON -> d -> known.test(d) && Set.of("accounts", "licensing", "session").contains(d.layer())
                    && !Set.of("CREDSSP-ORACLE", "NLA-MISMATCH", "SECURITY-LAYER", "CERT-BROKEN", "MACHINEKEYS-ACL").contains(d.id());
            // the session got as far as the desktop: the name resolved (the name causes are before TCP)
            case AFTER_LOGON -> d -> Set.of("MTU", "WIN11-24H2-FREEZE", "RESOURCES-EXHAUSTED", "CLIENT-DISPLAY", "AFTER-UPDATE").contains(d.id())
                    || known.test(d) && Set.of("around").contains(d.layer()) && !Set.of("NAME-NOT-RESOLVED", "DNS-STALE").contains(d.id());
        };
    }

    /**
     * The causes listed when no report names a stage and the client is Windows' own or another that
     * shows the host's dialogs: those of TCP (see {@link #fitsStage}), and the account's missing
     * right to sign in remotely (NOT-AUTHORIZED). That refusal comes after the credentials, but a
     * ticket of it often says no more than "user X cannot RDP to server Y": of the corpus's 48 tickets
     * with a named cause whose report was this bare list (2026-12-05), 4 were a missing sign-in right,
     * as many as any TCP cause but the two firewalls, while the third TCP cause listed then
     * (CLIENT-CONNECTS-TO-ITSELF) was the cause of none. It is also the checklist's third question
     * after "does the port answer" and "is Remote Desktop on" (the Remote Desktop Users group).
     */
    static java.util.function.Predicate<DiagnosisDef> fitsNoStage() {
        return fitsStage(io.rdpdoctor.facts.FailureStage.TCP).or(d -> d.id().equals("NOT-AUTHORIZED") && d.prior() != null);
    }

    /** Causes that leave nothing answering on the RDP port: TermService absent, off, stopped, failing to start or crashing. */
    static final java.util.regex.Pattern LISTENER_DOWN = java.util.regex.Pattern.compile(
            "TERMSERVICE-(NOT-INSTALLED|DISABLED|STOPPED|CRASH|START-.*)|TERMSRV-DLL-CRASH");

    /**
     * The causes of the security negotiation, TLS and CredSSP/NLA: where a client with an RDP stack
     * of its own (FreeRDP and the clients and gateways built on it, rdesktop, IronRDP) fails when
     * nothing names the stage. Its TLS and CredSSP are its own code, with their own defaults (NLA
     * off, a pinned certificate, an old CredSSP); in the corpus, 8 of the 9 tickets of such clients
     * that named no stage, and on which nothing else pointed to a cause, failed there.
     */
    static java.util.function.Predicate<DiagnosisDef> fitsNegotiation() {
        return fitsNegotiation(false);
    }

    static java.util.function.Predicate<DiagnosisDef> fitsNegotiation(boolean ownStack) {
        return fitsStage(io.rdpdoctor.facts.FailureStage.TLS, ownStack).or(fitsStage(io.rdpdoctor.facts.FailureStage.NLA, ownStack));
    }

    /**
     * The top-level entries in sorted order, except that a symptom some top-level cause would
     * explain comes after it (a cause is ranked by its own probability): at each place, the best-ranked entry none of whose explainers
     * is still to be placed (in a cycle of explanations, simply the best-ranked).
     */
    private static List<Entry> explainersFirst(List<Entry> sorted) {
        List<Entry> left = new ArrayList<>(sorted);
        List<Entry> out = new ArrayList<>();
        while (!left.isEmpty()) {
            Entry next = left.stream().filter(e -> e.def.kind() != Kind.SYMPTOM
                            || left.stream().noneMatch(a -> a != e && a.def.explains().contains(e.def.id())))
                    .findFirst().orElse(left.get(0));
            left.remove(next);
            out.add(next);
        }
        return out;
    }

    /** One finding per id: the strongest certainty, all the evidence, every value. */
    static List<Finding> merge(List<Finding> findings) {
        // The session returns its objects in no fixed order: sort fully so reports are reproducible.
        // (Each finding's evidence is rendered once for the sort, not in every comparison.)
        Map<Finding, String> text = new java.util.IdentityHashMap<>();
        findings.forEach(f -> text.put(f, Ranker.evidence(f.evidence()) + "|" + new java.util.TreeMap<>(f.values())));
        Map<String, List<Finding>> byId = new LinkedHashMap<>();
        findings.stream().sorted(Comparator.comparing(Finding::certainty)
                        .thenComparing(f -> f.evidence().size(), Comparator.reverseOrder())
                        .thenComparing(text::get))
                .forEach(f -> byId.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f));
        // Each id merged once, in one pass (linear in its findings: a host with 10,000 findings of
        // one kind must not copy the evidence 10,000 times).
        List<Finding> out = new ArrayList<>();
        for (List<Finding> same : byId.values()) out.add(fold(same));
        return List.copyOf(out);
    }

    /** The findings of one id as one: the strongest certainty, all the evidence, every value, the highest prior. */
    private static Finding fold(List<Finding> same) {
        Finding first = same.get(0);
        if (same.size() == 1) return first;
        Certainty strongest = first.certainty();
        LinkedHashSet<Object> ev = new LinkedHashSet<>();
        Map<String, String> values = new LinkedHashMap<>();
        Double prior = null;
        for (Finding f : same) {
            if (f.certainty().compareTo(strongest) < 0) strongest = f.certainty();
            ev.addAll(f.evidence());
            f.values().forEach(values::putIfAbsent);
            if (f.prior() != null) prior = prior == null ? f.prior() : Math.max(prior, f.prior());
        }
        return new Finding(first.id(), strongest, List.copyOf(ev), values, prior);
    }

    /**
     * One finding per id as {@link #merge} makes it, but its evidence and values in the session's
     * order, not sorted: the same id, strongest certainty, evidence, values and prior, for
     * {@link #places}, which prints none of them. (Sorting costs rendering every finding's evidence.)
     */
    private static List<Finding> mergeUnordered(Map<String, List<Finding>> byId) {
        List<Finding> out = new ArrayList<>(byId.size());
        for (List<Finding> same : byId.values()) out.add(fold(same));
        return out;
    }

    private Report.Diagnosis render(Entry e, String rank, Entry parent, Entry previous, List<Entry> ranked,
                                    Map<String, Entry> parentOf, Set<String> present) {
        List<Entry> children = ranked.stream().filter(c -> parentOf.get(c.def.id()) == e).toList();
        List<Report.Diagnosis> nested = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            nested.add(render(children.get(i), rank + "." + (i + 1), e, i == 0 ? null : children.get(i - 1), ranked, parentOf, present));
        }
        Map<String, String> v = e.finding.values();
        List<Report.Step> steps = Fixes.steps(e.def, v);
        Report.Check verify = e.def.verify() == null ? null : Fixes.check(e.def.verify(), v);
        return new Report.Diagnosis(rank, e.def.id(), Templates.fill(e.def.title(), v), e.def.kind(), e.certainty,
                e.def.severity(), e.def.layer(), why(e, parent, previous, children, present), distinct(evidence(e.finding.evidence())),
                Templates.fill(e.def.explanation(), v).strip(), steps, verify, e.def.sources(), nested,
                e.def.kind() == Kind.SECURITY ? null : Math.round(e.score.probability() * 1000) / 1000.0, settle(e.def.id()), e.priorOnly);
    }

    private String why(Entry e, Entry parent, Entry previous, List<Entry> children, Set<String> present) {
        StringBuilder w = new StringBuilder();
        if (parent != null) {
            w.append("explained by ").append(parent.def.id()).append(": fix that first");
        } else if (e.def.kind() == Kind.SECURITY) {
            w.append("security finding: not a cause of the failure");
        } else if (e.def.kind() == Kind.SYMPTOM) {
            w.append("symptom whose cause is not established yet");
        } else if (e.priorOnly) {
            String shown = e.def.explains().stream().filter(present::contains).findFirst().orElse(null);
            w.append(shown != null
                    ? "hypothesis from practice: a cause of " + shown + ", which was found, and nothing shows which yet"
                    : "hypothesis from practice: a failure is reported and nothing points to a cause yet");
        } else if (e.certainty == Certainty.CONFIRMED) {
            w.append("root cause: nothing found explains it");
        } else if (e.certainty == Certainty.LIKELY) {
            w.append("probable cause: the evidence favours it but does not show it directly");
        } else {
            w.append("hypothesis: only a symptom points to it");
        }
        w.append("; ").append(e.certainty.word());
        if (e.def.kind() != Kind.SECURITY) {
            w.append(", ").append(e.score.percent());
            if (!e.score.raisedBy().isEmpty()) w.append("; raised by ").append(String.join("; ", e.score.raisedBy()));
            if (!e.score.loweredBy().isEmpty()) w.append("; lowered by ").append(String.join("; ", e.score.loweredBy()));
        }
        if (!children.isEmpty()) {
            w.append("; explains ").append(String.join(", ", children.stream().map(c -> c.def.id()).toList()));
        }
        List<String> wouldExplain = !e.claims() ? e.def.explains().stream().filter(present::contains).toList() : List.of();
        if (!wouldExplain.isEmpty()) {
            w.append("; would explain ").append(String.join(", ", wouldExplain)).append(" if confirmed");
        }
        if (previous != null) {
            if (previous.def.explains().contains(e.def.id())) {
                w.append("; after ").append(previous.def.id()).append(", which would explain it");
            } else if (previous.percent() != e.percent()) {
                w.append("; after ").append(previous.def.id()).append(": less probable (")
                        .append(e.score.percent()).append(" < ").append(previous.score.percent()).append(')');
            } else if (previous.certainty != e.certainty) {
                w.append("; after ").append(previous.def.id()).append(": equally probable, and the facts show it more directly (")
                        .append(previous.certainty.word()).append(" before ").append(e.certainty.word()).append(')');
            } else if (previous.def.kind() != e.def.kind()) {
                w.append("; after ").append(previous.def.id()).append(": a cause ranks above a symptom");
            } else if (!previous.def.order().equals(e.def.order())) {
                w.append("; after ").append(previous.def.id()).append(": equally probable, later in the troubleshooting order");
            } else {
                w.append("; after ").append(previous.def.id()).append(": equally probable and as early in the troubleshooting order (by id)");
            }
        }
        String settle = settle(e.def.id());
        if (settle != null && e.certainty != Certainty.CONFIRMED) {
            w.append("; settle it with next step ").append(settle);
        }
        return w.toString();
    }

    /** The next-step question whose answer would settle this diagnosis (the first in troubleshooting order), or null. */
    private String settle(String id) {
        return catalogue.questions().stream().filter(q -> q.settledBy().contains(id))
                .min(Comparator.comparing(QuestionDef::order).thenComparing(QuestionDef::id)).map(QuestionDef::id).orElse(null);
    }

    /** The same fact read twice (an IPv4 and an IPv6 socket) is one piece of evidence to a reader. */
    private static List<Report.Evidence> distinct(List<Report.Evidence> items) {
        Map<String, Report.Evidence> byText = new LinkedHashMap<>();
        items.forEach(e -> byText.putIfAbsent(e.fact(), e));
        return List.copyOf(byText.values());
    }

    static List<Report.Evidence> evidence(List<Object> items) {
        List<Report.Evidence> out = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof java.util.Collection<?> many) {
                out.addAll(evidence(List.copyOf(many)));
            } else if (o instanceof Fact f) {
                out.add(new Report.Evidence(f.describe(), f.source() == null ? null : f.source().toString(), List.of()));
            } else if (o instanceof Derived d) {
                out.add(new Report.Evidence(d.describe(), null, evidence(d.grounds())));
            } else if (o != null) {
                out.add(new Report.Evidence(String.valueOf(o), null, List.of()));
            }
        }
        return out;
    }

    private static Report.NextStep nextStep(Question q, QuestionDef def) {
        return Fixes.nextStep(def, q.values());
    }
}
