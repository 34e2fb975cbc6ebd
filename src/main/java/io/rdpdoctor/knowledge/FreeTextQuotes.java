package io.rdpdoctor.knowledge;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Change;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.Complaint;
import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.facts.EventRecord;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FailureStage;
import io.rdpdoctor.facts.PathHop;
import io.rdpdoctor.facts.Software;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.FreeTextReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the client messages and event texts that free text quotes: the words of a ticket pasted
 * with the command output, which no command parser recognises. Each paragraph (lines between blank
 * lines) that quotes a client message of the catalogue ({@link MessageDef#quotedIn}) is read as a
 * failed connection attempt with that paragraph as the client's error, as {@code --client-error}
 * reads it; each paragraph that quotes an event the rules know by its text is read as that event,
 * and one that names an event by its provider and ID ("Schannel event ID 36870") as that event
 * ({@link EventMentions}). A paragraph that says a complaint in the phrases of the catalogue ("I
 * can't connect", "black screen", "after the update": {@link ComplaintPhrases}) is read as that
 * complaint, with the paragraph as its words: the weakest evidence, from which the ranker lists the
 * causes that fit at their priors, so that a ticket that states no more than a failure still gets
 * a ranked list instead of an empty one. Prose that says none of these but speaks of Remote Desktop
 * ({@link TopicWords}) is a report that it fails, its whole text as its words: nobody pastes a ticket
 * about a Remote Desktop that works. Where a failure is read, the products the text names
 * ({@link ProductNames}: the client it was met with, software on the host, a hop on the path, the
 * cloud the host runs in) are read with it, and so are the sentences that tell of a change made
 * before the failure ({@link ChangePhrases}) and of another client or version that connects
 * ({@link ClientComparisons}). A text that says none of these is not read at all (the loader lists it
 * as not recognised).
 *
 * <p>The connection attempts count as collected, as with {@code client-error.txt}; the events area
 * does not: one quoted event says nothing of the events not quoted.
 */
public final class FreeTextQuotes implements FreeTextReader {

    /** A paragraph longer than this is cut (a client's error as {@code client-error.txt} gives it is cut at 4,000). */
    private static final int MAX_PARAGRAPH = 8000;

    private final Supplier<Catalogue> catalogue;

    /**
     * @param catalogue the catalogue (its client messages, complaint phrases, topic words and products),
     *                  asked for only when a text no parser knows arrives (so that a run with none never
     *                  waits for the rules); null from the supplier: nothing is known (the rules could
     *                  not be loaded)
     */
    public FreeTextQuotes(Supplier<Catalogue> catalogue) {
        this.catalogue = catalogue;
    }

    /** The reader of a catalogue already loaded. */
    public static FreeTextQuotes of(Catalogue catalogue) {
        return new FreeTextQuotes(() -> catalogue);
    }

    @Override
    public Quoted read(Capture text) {
        List<Paragraph> paragraphs = paragraphs(text);
        Catalogue known = catalogue.get();
        List<Fact> facts = new ArrayList<>();
        Set<String> what = new LinkedHashSet<>();
        Set<Complaint.Kind> said = EnumSet.noneOf(Complaint.Kind.class);
        for (Paragraph p : paragraphs) {
            EventRecord event = new EventRecord(null, null, null, null, null, p.text(), text.source(p.first()));
            if (event.provider() != null && event.id() != null) {
                facts.add(event);
                what.add("the text of event " + event.id() + " (" + event.provider() + ")");
            } else {
                for (EventRecord named : EventMentions.in(p.text(), text.source(p.first()))) {
                    facts.add(named);
                    what.add("event " + named.id() + (named.provider() == null ? ", its provider not named," : " (" + named.provider() + ")") + " by its ID");
                }
            }
            if (known == null) continue; // the rules could not be loaded: only events are known
            for (ComplaintPhrases c : known.complaintPhrases()) {
                // the first paragraph that says it: one complaint of a kind is all a ticket makes
                if (!said.contains(c.kind()) && c.saidIn(p.text())) {
                    said.add(c.kind());
                    facts.add(new Complaint(c.kind(), p.text(), null, text.source(p.first())));
                    what.add("the complaint " + c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                }
            }
            List<String> ids = known.clientMessages().matching(p.text(), null).stream().filter(m -> m.quotedIn(p.text())).map(MessageDef::id).toList();
            if (!ids.isEmpty()) {
                facts.add(new ConnectionAttempt(null, null, null, null, null, null, false, p.text(), null, null, null,
                        text.source(p.first())));
                // as client-error.txt: the attempt the ticket tells of is the one there is
                facts.add(new Collected(Area.CONNECTION_ATTEMPTS, text.source(p.first())));
                what.add("the client's message " + String.join(", ", ids));
            }
        }
        boolean failureRead = facts.stream().anyMatch(f -> f instanceof Complaint
                || f instanceof ConnectionAttempt a && !Boolean.TRUE.equals(a.succeeded()));
        if (!failureRead && known != null) {
            // Nobody pastes a ticket about a Remote Desktop that works: prose that speaks of it, or
            // quotes an event the rules know, or names in its words one of the causes the rules know
            // ("the VM started in Safe Mode": stage-words.yaml), and says no failure in words the
            // knowledge base knows, is a report that it fails, in its own words.
            boolean eventQuoted = !facts.isEmpty();
            Paragraph first = paragraphs.stream()
                    .filter(p -> eventQuoted || known.speaksOfTheTopic(p.text()) || namesACause(known, p.text()))
                    .findFirst().orElse(null);
            if (first != null && paragraphs.stream().anyMatch(p -> isProse(p.text()))) {
                String words = String.join(" ", paragraphs.stream().map(Paragraph::text).toList());
                facts.add(new Complaint(Complaint.Kind.CANNOT_CONNECT, words.length() > MAX_PARAGRAPH ? words.substring(0, MAX_PARAGRAPH) : words,
                        null, text.source(first.first())));
                what.add("a ticket about Remote Desktop that names no failure the rules know: a report that it fails");
            }
        }
        if (!facts.isEmpty() && known != null) {
            readProductsNamed(known, paragraphs, text, facts, what);
            readHostWindows(paragraphs, text, facts, what);
            readChangesTold(known, paragraphs, text, facts, what);
            readOtherClientThatWorks(known, paragraphs, text, facts, what);
            readLoopbackTarget(paragraphs, facts, what);
        }
        return facts.isEmpty() ? null : new Quoted(facts, String.join("; ", what));
    }

    /** The text says in its words one of the causes the rules know (generic words with a hypothesis, stage-words.yaml). */
    private static boolean namesACause(Catalogue known, String text) {
        return known.clientMessages().matching(text, null).stream()
                .anyMatch(m -> m.generic() && !m.hypotheses().isEmpty());
    }

    /**
     * The products a ticket that reports a failure names, the first of each role: software on the host
     * (RDP Wrapper, a firewall, a credential provider), a hop on the path (a VPN, an RD Gateway), and
     * the client the failure was met with ({@link #metWith}).
     */
    private static void readProductsNamed(Catalogue known, List<Paragraph> paragraphs, Capture text, List<Fact> facts, Set<String> what) {
        for (ProductNames.Role role : ProductNames.Role.values()) {
            for (Paragraph p : paragraphs) {
                // the client a failure was met with is not the one a sentence names as the one that works
                String said = role == ProductNames.Role.CLIENT ? withoutComparisons(known, p.text()) : p.text();
                ProductNames named = known.productNames().stream().filter(n -> n.as() == role && n.namedIn(said)).findFirst().orElse(null);
                if (named == null) continue;
                if (role.software() != null) {
                    facts.add(new Software(named.name(), role.software(), null, null, text.source(p.first())));
                    what.add("software on the host (" + named.name() + ")");
                } else if (role.hop() != null) {
                    facts.add(new PathHop(role.hop(), named.name(), null, null, null, text.source(p.first())));
                    what.add("the path through " + named.name());
                } else if (role == ProductNames.Role.CLOUD) {
                    // the host is a VM there; its name is not said (a command's output that names it is merged with this)
                    facts.add(new io.rdpdoctor.facts.HostInfo(null, null, null, null, null, null, null, true, named.cloud(), null,
                            null, null, null, null, null, text.source(p.first())));
                    what.add("the host, a VM in " + named.name());
                } else {
                    metWith(named.name(), facts);
                    what.add("the client " + named.name());
                }
                break;
            }
        }
    }

    /**
     * The Windows the ticket says the host runs ({@link WindowsNamed}), from the first paragraph that
     * says it: the host's edition, display version, build and revision, as a fact file's {@code host:}
     * gives them (no EditionID: {@code WindowsEditions.readOnHost} tells words from a host's own
     * registry). A cloud named beside it is the same host: the loader merges the two (FactMerger).
     */
    private static void readHostWindows(List<Paragraph> paragraphs, Capture text, List<Fact> facts, Set<String> what) {
        for (Paragraph p : paragraphs) {
            WindowsNamed.Host said = WindowsNamed.forHost(p.text()).orElse(null);
            if (said == null) continue;
            facts.add(new io.rdpdoctor.facts.HostInfo(null, said.edition(), said.build(), said.version(), null, null, null, null, null,
                    null, null, null, null, said.revision(), null, text.source(p.first())));
            what.add("the host's Windows (" + java.util.stream.Stream.of(said.edition(), said.version() == null ? null : "version " + said.version(),
                            said.build() == null ? null : "build " + said.build() + (said.revision() == null ? "" : "." + said.revision()))
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", ")) + ")");
            return;
        }
    }

    /** The paragraph without its sentences that say another client or version connects ({@link ClientComparisons}). */
    private static String withoutComparisons(Catalogue known, String paragraph) {
        if (known.clientComparisons().isEmpty()) return paragraph;
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            boolean comparison = known.clientComparisons().stream()
                    .anyMatch(c -> c.otherClientIn(sentence) || c.worksWithIn(sentence) || c.otherVersionIn(sentence));
            if (!comparison) kept.append(sentence).append(' ');
        }
        return kept.toString();
    }

    /**
     * The changes a ticket that reports a failure tells of ("since the update to 1903", "after
     * installing simplewall"), the first sentence of each kind ({@link ChangePhrases}): its words are
     * the change's, the KB number it names an update's name; made on the client when the sentence
     * names an RDP client and no KB ("since updating Remmina"), else on the host. A change is evidence
     * only beside a failure, so text that reports none is not read for them.
     */
    private static void readChangesTold(Catalogue known, List<Paragraph> paragraphs, Capture text, List<Fact> facts, Set<String> what) {
        Set<Change.Kind> told = EnumSet.noneOf(Change.Kind.class);
        for (Paragraph p : paragraphs) {
            for (String sentence : SENTENCE_END.split(p.text())) {
                Change.Kind kind = known.changeToldIn(sentence).orElse(null);
                if (kind == null || !told.add(kind)) continue;
                String name = kind == Change.Kind.UPDATE ? ChangePhrases.kbIn(sentence).orElse(null) : null;
                // a KB is Windows' own update, of the host, even where the sentence names the client that fails since
                boolean onClient = name == null && known.productNames().stream()
                        .anyMatch(n -> n.as() == ProductNames.Role.CLIENT && n.namedIn(sentence));
                String words = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
                facts.add(new Change(kind, name, null, onClient ? Change.Machine.CLIENT : null, words, text.source(p.first())));
                what.add("a change (" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + (name == null ? "" : " " + name) + (onClient ? ", on the client" : "") + ")");
            }
        }
    }

    /**
     * The first sentence that says another client, or another version of the failing one, connects
     * ({@link ClientComparisons}) is a connection that worked, made with that client: the one the
     * sentence names (Windows' own as mstsc), else "another RDP client"; another version of the
     * failing client is that client at the version the sentence names, else at "another build". The
     * failing client is the one the ticket named; when it named none and another client works, it is
     * "this ticket's client", so that the two can be told apart.
     */
    private static void readOtherClientThatWorks(Catalogue known, List<Paragraph> paragraphs, Capture text, List<Fact> facts, Set<String> what) {
        String failing = facts.stream().filter(ConnectionAttempt.class::isInstance).map(ConnectionAttempt.class::cast)
                .filter(a -> Boolean.FALSE.equals(a.succeeded())).map(ConnectionAttempt::app).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        for (ClientComparisons c : known.clientComparisons()) {
            for (Paragraph p : paragraphs) {
                for (String sentence : SENTENCE_END.split(p.text())) {
                    String worked = null;
                    ProductNames named = known.productNames().stream()
                            .filter(n -> n.as() == ProductNames.Role.CLIENT && n.namedIn(sentence)).findFirst().orElse(null);
                    if (failing != null && c.otherVersionIn(sentence)) {
                        java.util.regex.Matcher v = VERSION.matcher(sentence);
                        worked = failing + (v.find() ? " " + v.group() : " (another build)");
                    } else if (c.otherClientIn(sentence) || c.worksWithIn(sentence)) {
                        if (c.windowsOwnIn(sentence)) {
                            worked = "mstsc";
                        } else if (named != null && failing != null && named.name().equals(failing)) {
                            // the failing client again ("RDP works fine with just RC4 disabled, ... RDP from
                            // Remmina fails"): what works is a condition, not another client
                            worked = null;
                        } else if (named != null) {
                            worked = named.name();
                        } else if (c.otherClientIn(sentence)) {
                            worked = "another RDP client";
                        }
                    }
                    if (worked == null) continue;
                    if (failing == null) metWith("this ticket's client", facts);
                    facts.add(new ConnectionAttempt(null, null, worked, null, null, null, true, null, null, null, null,
                            text.source(p.first())));
                    what.add("a connection that worked (" + worked + ")");
                    return;
                }
            }
        }
    }

    /** Words of something on the client's machine that carries a loopback address on to another host. */
    private static final java.util.regex.Pattern CARRIED_ON_LOCALLY = java.util.regex.Pattern.compile(
            "\\b(?:docker|containers?|podman|vms?|virtual machines?|guest|qemu|kvm|virtualbox|vagrant|hyper-v|wsl|tunnels?|tunnel(?:ing|led)|ssh|"
                    + "forward(?:s|ed|ing)?|relay|proxy|port mapping|ngrok|cloudflared|frpc?|gateway|bastion|guacamole|guacd)\\b"
                    + "|隧道|转发|代理|虚拟机|容器|トンネル|転送|仮想マシン", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A loopback address as a target: localhost, 127.0.0.1, [::1], with a port or not. */
    private static final java.util.regex.Pattern LOOPBACK = java.util.regex.Pattern.compile(
            "(?<![\\w.:/-])(localhost|127(?:\\.\\d{1,3}){3}|\\[?::1\\]?)(?::(\\d{1,5}))?(?![\\w.:/-])", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The first loopback address a ticket names ("Connecting to 3389 on localhost doesn't work", "You
     * can't connect to localhost or 127.0.0.1") is the target of its failed attempts that name none, as
     * a fact file's {@code target:} gives it: the client's own machine, where the rules know that
     * Windows refuses its console's own user and a tunnel's local port meets the client's own
     * Remote Desktop. A ticket that reports a failure and names no attempt gets one, at the stage its
     * complaint says. Not where something on the client's machine may carry the loopback address on
     * (a container's or VM's published port, a tunnel, a relay, a gateway: a hop on the path or
     * their words), since there the address reaches that, not the client's own Remote Desktop.
     */
    private static void readLoopbackTarget(List<Paragraph> paragraphs, List<Fact> facts, Set<String> what) {
        if (facts.stream().anyMatch(PathHop.class::isInstance)) return;
        if (paragraphs.stream().anyMatch(p -> CARRIED_ON_LOCALLY.matcher(p.text()).find())) return;
        for (Paragraph p : paragraphs) {
            java.util.regex.Matcher m = LOOPBACK.matcher(p.text());
            if (!m.find()) continue;
            String target = m.group(1);
            Integer port = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            if (port != null && (port < 1 || port > 65535)) return;
            boolean attempts = false;
            for (int i = 0; i < facts.size(); i++) {
                if (facts.get(i) instanceof ConnectionAttempt a && !Boolean.TRUE.equals(a.succeeded()) && a.target() == null) {
                    facts.set(i, a.withTarget(target, port));
                    attempts = true;
                }
            }
            Complaint told = facts.stream().filter(Complaint.class::isInstance).map(Complaint.class::cast).findFirst().orElse(null);
            if (!attempts && told != null) {
                facts.add(failedAttemptTold(told).withTarget(target, port));
                attempts = true;
            }
            if (attempts) what.add("the target " + target + (port == null ? "" : ":" + port));
            return;
        }
    }

    /** A version as tickets write it: 1.2, v4.26.0, 2.1.1. */
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("\\bv?\\d+(\\.\\d+)+\\b");

    /** A change's words are its sentence, cut at this length. */
    private static final int MAX_SENTENCE = 600;

    /** Where a sentence ends: after . ! ? and a space, or after the full stops of Chinese and Japanese. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])");

    /**
     * The client a ticket names is the one its failure was met with: an attempt read from a quoted
     * message was made with it, and a complaint told without one becomes a failed attempt made with it,
     * at the stage the complaint says (after logon, or not said).
     */
    private static void metWith(String client, List<Fact> facts) {
        boolean attempts = false;
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) instanceof ConnectionAttempt a && a.app() == null) {
                facts.set(i, a.withApp(client));
                attempts = true;
            }
        }
        Complaint told = facts.stream().filter(Complaint.class::isInstance).map(Complaint.class::cast).findFirst().orElse(null);
        if (!attempts && told != null) {
            facts.add(failedAttemptTold(told).withApp(client));
        }
    }

    /** The failed attempt a complaint tells of without naming one: at the stage it says (after logon, or not said). */
    private static ConnectionAttempt failedAttemptTold(Complaint told) {
        return new ConnectionAttempt(null, null, null, null, null, null, false, null, null, null,
                told.afterLogon() ? FailureStage.AFTER_LOGON : null, told.source());
    }

    /** A run of four words or more (letters only, maybe a comma or colon after each); or of Chinese, Japanese or Korean. */
    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile(
            "(?:\\p{L}[\\p{L}'’-]*[,;:]?\\s+){3,}\\p{L}[\\p{L}'’-]*|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]{4,}");

    /**
     * Whether a paragraph is written by a person (a ticket, a chat), not printed by a command: it has
     * four words in a row of which three start in lower case ("RDP stopped working after the update",
     * "firewall rules configured correctly"; a service's or rule's display name is in title case,
     * command output labels its values), or a run of Chinese or Japanese.
     */
    static boolean isProse(String paragraph) {
        java.util.regex.Matcher m = WORDS.matcher(paragraph);
        while (m.find()) {
            String[] words = m.group().split("\\s+");
            if (words.length == 1) return true; // a run of Chinese or Japanese (the other runs have four words)
            if (java.util.Arrays.stream(words).filter(w -> Character.isLowerCase(w.codePointAt(0))).count() >= 3) return true;
        }
        return false;
    }

    /** A paragraph's lines joined by single spaces, and the index of its first line. */
    private record Paragraph(String text, int first) {
    }

    private static List<Paragraph> paragraphs(Capture c) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int first = -1;
        List<String> lines = c.lines();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.isEmpty()) {
                if (first >= 0) out.add(new Paragraph(b.length() > MAX_PARAGRAPH ? b.substring(0, MAX_PARAGRAPH) : b.toString(), first));
                b.setLength(0);
                first = -1;
                continue;
            }
            if (first < 0) first = i;
            if (b.length() > 0) b.append(' ');
            if (b.length() <= MAX_PARAGRAPH) b.append(line);
        }
        return out;
    }
}
