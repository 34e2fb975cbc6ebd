package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.knowledge.Catalogue;
import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.FixStep;
import io.rdpdoctor.knowledge.MessageDef;
import io.rdpdoctor.knowledge.QuestionDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report is English, and so is every catalogue text it shows: a citation of the Dutch source
 * document (seed N) names its section in English and says in English what it takes from it, never
 * a Dutch fragment (issue 13 part 5). Checked on the fields the report prints: titles,
 * explanations, fix steps, warnings, expected results, questions and their outcomes, sources of
 * diagnoses and of client messages (the messages' localized texts are what they match, not text of
 * the report, and are left out).
 */
class EnglishCitationsTest {

    /** Seed N's sections, as the citations name them (each an English rendering of its Dutch heading). */
    static final Set<String> SEED_N_SECTIONS = Set.of(
            "How can you detect whether a policy or the network blocks RDP?",   // Hoe kunt u detecteren of een beleid of netwerk RDP blokkeert?
            "Quickly check the state of RDP and its services",                 // Controleer snel de status van RDP en de bijbehorende services
            "Group Policy Object (GPO): blocking and unblocking",              // Groepsbeleidsobject (GPO): blokkeren en deblokkeren
            "Listener, port and conflicts on 3389",                            // Luisteraar, poort en conflicten op 3389
            "RDP certificates and MachineKeys permissions",                    // RDP-certificaten en MachineKeys-machtigingen
            "Windows Firewall and reachability tests",                         // Windows Firewall en bereiktesten
            "Authentication: credentials, CredSSP and permissions",            // Authenticatie: referenties, CredSSP en machtigingen
            "DNS, VPN and other network variables",                            // DNS, VPN en andere netwerkvariabelen
            "Known issues and cloud services: Windows 11 24H2 and Google Cloud", // Bekende problemen en cloudservices: ...
            "Advanced diagnostics: events, network and tools",                 // Geavanceerde diagnostiek: gebeurtenissen, netwerk en hulpmiddelen
            "The notorious RDP - An internal error has occurred",              // De beruchte "RDP – Er is een interne fout opgetreden"
            "Performance, capacity and multimedia",                            // Prestaties, capaciteit en multimedia
            "Quick cases and quick fixes",                                     // Snelle cases en snelle oplossingen
            "Alternatives and gateways when you cannot open ports",            // Alternatieven en gateways wanneer u geen poorten kunt openen
            "Good security and compliance practices");                         // Goede beveiligings- en nalevingspraktijken

    private static final Pattern SEED_N = Pattern.compile("seed N\\b|003_bb9ee90722037bfc");
    private static final Pattern SEED_N_CITATION = Pattern.compile("seed N \\(003_bb9ee90722037bfc\\), section \"([^\"]+)\"(?: and \"([^\"]+)\")?(?:[: (].*)?");

    /** Words common in Dutch prose and (as whole words) rare in English technical text. */
    static final Set<String> DUTCH = Set.of("het", "een", "niet", "wordt", "worden", "als", "dan", "voor", "met", "zijn", "naar", "bij",
            "controleer", "verbinding", "fout", "opgetreden", "referenties", "machtigingen", "geen", "kan", "deze", "ook", "uw", "u",
            "van", "op", "en", "de", "of", "waarde", "staat", "maar", "wanneer", "beveiligingslaag", "luisteraar", "poort", "extern",
            "bureaublad", "inloggegevens", "werken", "gebruikers", "beleid", "problemen", "zoals", "waarschijnlijk", "vanuit");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** The distinct Dutch words of a text (web addresses left out); three or more make it Dutch. */
    static Set<String> dutchWords(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(URL.matcher(text).replaceAll(" "));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (DUTCH.contains(w)) found.add(w);
        }
        return found;
    }

    static boolean isDutch(String text) {
        return dutchWords(text).size() >= 3;
    }

    /** Why a source citing seed N is not an English citation of a named section, or null. */
    static String seedNProblem(String source) {
        if (!SEED_N.matcher(source).find()) return null;
        Matcher m = SEED_N_CITATION.matcher(source);
        if (!m.matches()) return "cites seed N without naming its section: seed N (003_bb9ee90722037bfc), section \"...\": what it takes";
        for (int g = 1; g <= 2; g++) {
            if (m.group(g) != null && !SEED_N_SECTIONS.contains(m.group(g))) return "names no section of seed N: \"" + m.group(g) + "\"";
        }
        return null;
    }

    private record Shown(String where, String text) {}

    private static List<Shown> shownInTheReport() {
        Catalogue c = TestRules.bundled().catalogue();
        List<Shown> all = new ArrayList<>();
        for (DiagnosisDef d : c.diagnoses()) {
            all.add(new Shown(d.id() + " title", d.title()));
            all.add(new Shown(d.id() + " explanation", d.explanation()));
            int n = 1;
            for (FixStep s : d.fix()) {
                all.add(new Shown(d.id() + " fix " + n + " step", s.step()));
                if (s.warning() != null) all.add(new Shown(d.id() + " fix " + n + " warning", s.warning()));
                n++;
            }
            if (d.verify() != null) all.add(new Shown(d.id() + " verify expect", d.verify().expect()));
            for (String s : d.sources()) all.add(new Shown(d.id() + " source", s));
        }
        for (MessageDef m : c.messages()) {
            all.add(new Shown(m.id() + " title", m.title()));
            for (String s : m.sources()) all.add(new Shown(m.id() + " source", s));
        }
        for (QuestionDef q : c.questions()) {
            all.add(new Shown(q.id() + " ask", q.ask()));
            for (QuestionDef.Outcome o : q.outcomes()) all.add(new Shown(q.id() + " outcome", o.result() + ": " + o.means()));
        }
        return all;
    }

    @Test
    void everyCitationOfTheDutchSourceNamesItsSectionInEnglish() {
        List<String> problems = new ArrayList<>();
        int citations = 0;
        for (Shown s : shownInTheReport()) {
            if (!s.where().endsWith("source") || !SEED_N.matcher(s.text()).find()) continue;
            citations++;
            String p = seedNProblem(s.text());
            if (p != null) problems.add(s.where() + ": " + p + ": " + s.text());
        }
        assertThat(citations).isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void noTextTheEnglishReportShowsIsDutch() {
        List<String> problems = new ArrayList<>();
        for (Shown s : shownInTheReport()) {
            if (isDutch(s.text())) problems.add(s.where() + " " + dutchWords(s.text()) + ": " + s.text());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theChecksFindTheDutchCitationsThatWereThere() {
        String old = "seed N (003_bb9ee90722037bfc): Controleer snel de status van RDP en de bijbehorende services";
        assertThat(seedNProblem(old)).isNotNull();
        assertThat(isDutch(old)).isTrue();
        assertThat(isDutch("seed N (003_bb9ee90722037bfc), DNS, VPN en andere netwerkvariabelen: ipconfig /flushdns, Direct IP, de juiste DNS-server van de adapter")).isTrue();
        assertThat(seedNProblem("seed N (003_bb9ee90722037bfc), section \"Listener, port and conflicts\": then check the port")).contains("names no section");
        String mended = "seed N (003_bb9ee90722037bfc), section \"Listener, port and conflicts on 3389\": then check the port: RDP should listen on 3389";
        assertThat(seedNProblem(mended)).isNull();
        assertThat(isDutch(mended)).isFalse();
        assertThat(isDutch("Open the port on https://learn.microsoft.com/en-us/de/van/op and restart the service")).isFalse();
    }
}
