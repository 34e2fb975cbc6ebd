package io.rdpdoctor.knowledge;

import io.rdpdoctor.facts.EventProviders;
import io.rdpdoctor.facts.EventRecord;
import io.rdpdoctor.facts.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events a ticket names by provider and ID rather than quoting them: "the System log is full of
 * Schannel event ID 36870", "TermDD Ereignis-ID 56", "Event 1058 from RemoteConnectionManager".
 * An ID counts only after a word that makes it an event's ID (event, event ID, Ereignis-ID, ID de
 * l'événement, ID de evento, gebeurtenis-ID) or right after a provider's short name ("Schannel
 * 36874", "TermDD 56"), and only with a provider the rules know named in the
 * same paragraph (the nearest one, when it names several), or for IDs only one provider uses
 * (Schannel's 36xxx, 4625 of the Security log). The paragraph is kept as the event's message, so a
 * rule asking what an event says ("rdpwrap") reads what the ticket says of it.
 */
final class EventMentions {

    /** An event's ID after the word that makes it one, in the five languages. */
    private static final Pattern ID = Pattern.compile(
            "(?iu)\\b(?:event(?:\\s*id)?|eventid|ereignis(?:-?\\s*id)?|id\\s+(?:de\\s+l['’]\\s*)?[ée]v[ée]nement|[ée]v[ée]nement"
                    + "|id\\.?\\s+(?:del?\\s+)?evento|evento|gebeurtenis(?:-?\\s*id)?)\\s*[:#=]?\\s*(\\d{2,5})\\b");

    /**
     * An event's ID right after its provider's short name, as engineers write it without the word
     * "event": "Schannel 36874", "TermDD 56", "Schannel error 36888", "RCM 1057".
     */
    private static final Pattern PROVIDER_THEN_ID = Pattern.compile(
            "(?iu)\\b(?:schannel|termdd|rcm|lsm|rdpcorets|tcpip|netlogon|winlogon|kernel-power)\\s*(?:errors?|warnings?|events?)?\\s*[:#]?\\s*(\\d{2,5})\\b");

    /**
     * An ID under its own label, as Event Viewer and Microsoft's event pages print it: "Event ID: 71",
     * "Ereignis-ID: 7022", or "ID: 1036" on a line of its own beside a "Source:" line. Quoted with the
     * event's text after it, such an ID is the event even when its provider is not one the rules know
     * by name (the rules that read it by its ID and words decide).
     */
    private static final Pattern LABELLED_ID = Pattern.compile(
            "(?iu)\\b(?:event\\s*id|eventid|ereignis-?\\s*id|id\\s+de\\s+l['’]\\s*[ée]v[ée]nement|id\\.?\\s+(?:del?\\s+)?evento|gebeurtenis-?\\s*id)"
                    + "\\s*[:#=]?\\s*(\\d{2,5})\\b");
    /**
     * "ID: 1036" as Microsoft's event pages and Event Viewer's details print it (a ticket's lines may come
     * joined): only beside a "Source:" label, and only with a provider the rules know named there.
     */
    private static final Pattern BARE_ID = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}_-])ID\\s*:\\s*(\\d{2,5})\\b");
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?iu)\\b(?:source|quelle)\\s*:");
    /** Words of the event's own text after its ID: at least four, so that "event ID 71 again" is no quote. */
    private static final Pattern QUOTED_TEXT_AFTER = Pattern.compile("^\\W*(?:\\p{L}+\\W+){4}");

    /** Names of the providers the rules read, as tickets write them, to the canonical name. */
    private static final Map<Pattern, String> PROVIDERS = Map.ofEntries(
            Map.entry(Pattern.compile("(?i)schannel"), EventProviders.SCHANNEL),
            Map.entry(Pattern.compile("(?i)\\btermdd\\b"), EventProviders.TERMDD),
            Map.entry(Pattern.compile("(?i)remote\\s*connection\\s*manager|\\bRCM\\b"), EventProviders.RCM),
            Map.entry(Pattern.compile("(?i)local\\s*session\\s*manager|\\bLSM\\b"), EventProviders.LSM),
            Map.entry(Pattern.compile("(?i)rdpcorets"), EventProviders.RDPCORETS),
            Map.entry(Pattern.compile("(?i)service\\s+control\\s+manager|dienststeuerungs-?manager|gestionnaire\\s+de\\s+contr[ôo]le\\s+des\\s+services"),
                    EventProviders.SCM),
            Map.entry(Pattern.compile("(?i)application\\s+error"), EventProviders.APPLICATION_ERROR),
            Map.entry(Pattern.compile("(?i)security[-\\s]auditing"), EventProviders.SECURITY_AUDITING),
            Map.entry(Pattern.compile("(?i)\\btcpip\\b"), EventProviders.TCPIP),
            Map.entry(Pattern.compile("(?i)kernel-power"), EventProviders.KERNEL_POWER),
            Map.entry(Pattern.compile("(?i)\\bnetlogon\\b"), EventProviders.NETLOGON),
            Map.entry(Pattern.compile("(?i)\\bwinlogon\\b"), EventProviders.WINLOGON));

    private EventMentions() {
    }

    /** The events the paragraph names by ID, each with its provider; empty when it names none the rules could read. */
    static List<EventRecord> in(String paragraph, Source source) {
        List<EventRecord> out = new ArrayList<>();
        for (Pattern idPattern : List.of(ID, PROVIDER_THEN_ID)) {
            read(idPattern.matcher(paragraph), paragraph, source, out);
        }
        readLabelled(paragraph, source, out);
        return out;
    }

    /** An ID under its label with the event's text after it, its provider unknown to the rules: the event without one. */
    private static void readLabelled(String paragraph, Source source, List<EventRecord> out) {
        boolean sourceLabelled = SOURCE_LABEL.matcher(paragraph).find();
        for (Matcher m : List.of(LABELLED_ID.matcher(paragraph), BARE_ID.matcher(paragraph))) {
            boolean bare = m.pattern() == BARE_ID;
            if (bare && !sourceLabelled) continue;
            while (m.find()) {
                int id = Integer.parseInt(m.group(1));
                if (out.stream().anyMatch(e -> e.id() == id)) continue;
                if (!QUOTED_TEXT_AFTER.matcher(paragraph.substring(m.end())).find()) continue;
                String named = nearestProvider(paragraph, m.start(), m.end());
                if (bare && named == null) continue;
                out.add(new EventRecord(named == null ? null : logOf(named, id), named, id, null, null, paragraph, source));
            }
        }
    }

    private static void read(Matcher m, String paragraph, Source source, List<EventRecord> out) {
        while (m.find()) {
            int id = Integer.parseInt(m.group(1));
            String named = nearestProvider(paragraph, m.start(), m.end());
            String provider = named != null ? named : onlyProviderOf(id, paragraph);
            if (provider == null || out.stream().anyMatch(e -> e.id() == id && e.provider().equals(provider))) continue;
            out.add(new EventRecord(logOf(provider, id), provider, id, null, null, paragraph, source));
        }
    }

    private static String nearestProvider(String text, int from, int to) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, String> e : PROVIDERS.entrySet()) {
            Matcher p = e.getKey().matcher(text);
            while (p.find()) {
                int d = p.end() <= from ? from - p.end() : p.start() >= to ? p.start() - to : 0;
                if (d < distance) {
                    distance = d;
                    best = e.getValue();
                }
            }
        }
        return best;
    }

    /**
     * The provider of an ID no other provider the rules read uses, or of a Service Control Manager ID
     * quoted with the manager's own sentence about a service ("Event ID 7022: The Network Store
     * Interface service hung on starting"): 7001 alone is also Winlogon's, the sentence is not.
     */
    private static String onlyProviderOf(int id, String paragraph) {
        if (id >= 36860 && id <= 36890) return EventProviders.SCHANNEL;
        if (id == 4625) return EventProviders.SECURITY_AUDITING;
        if (SCM_IDS.contains(id) && SCM_SENTENCE.matcher(paragraph).find()) return EventProviders.SCM;
        return null;
    }

    /** The Service Control Manager's IDs the rules read: a service failed, hung, stopped or depends on one that did. */
    private static final java.util.Set<Integer> SCM_IDS = java.util.Set.of(7000, 7001, 7009, 7011, 7022, 7023, 7024, 7026, 7031, 7034, 7038, 7041, 7043);

    /** The Service Control Manager's sentences about a service, in the five languages (English, German, French, Spanish, Dutch). */
    private static final Pattern SCM_SENTENCE = Pattern.compile("(?iu)"
            + "\\bthe\\s.{1,80}?\\sservice\\s(?:hung on starting|failed to start|terminated|depends on|was unable to log on|did not respond|entered the stopped state)"
            + "|\\bder\\sdienst\\s.{1,80}?\\s(?:wurde|konnte|hängt|ist vom?|reagierte)"
            + "|\\ble\\sservice\\s.{1,80}?\\s(?:s['’]est (?:arrêté|bloqué|terminé)|n['’]a pas pu|dépend du|ne s['’]est pas)"
            + "|\\bel\\sservicio\\s.{1,80}?\\s(?:terminó|no pudo|depende del|se bloqueó|no respondió)"
            + "|\\bde\\sservice\\s.{1,80}?\\s(?:is onverwacht|kan niet|is afhankelijk|is beëindigd|reageerde)");

    private static String logOf(String provider, int id) {
        if (provider.equals(EventProviders.SECURITY_AUDITING)) return "Security";
        if (provider.equals(EventProviders.APPLICATION_ERROR) || provider.equals(EventProviders.WINLOGON)) return "Application";
        if (provider.equals(EventProviders.LSM) || provider.equals(EventProviders.RDPCORETS)
                || provider.equals(EventProviders.RCM) && id != 1057 && id != 1058) {
            return null; // their Operational logs or System: the ticket does not say which
        }
        return "System";
    }
}
