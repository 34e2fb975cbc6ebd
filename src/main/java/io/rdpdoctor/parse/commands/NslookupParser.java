package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.NameResolution;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nslookup <name> [server]}: what the name resolved to, and which server answered.
 * <pre>
 * Server:  dc01.corp.example.com
 * Address:  10.0.0.10
 *
 * Name:    srv01.corp.example.com
 * Address:  10.0.0.5
 * </pre>
 * Labels in English, German (Server, Name), French (Serveur :, Nom :), Spanish (Servidor:,
 * Nombre:) and Dutch (Naam:); Address/Addresses/Aliases stay English. "Non-existent domain"
 * (the "*** ... can't find NAME: Non-existent domain" line, and its localized forms) gives the name
 * with no addresses; a timed-out query gives no fact (not collected).
 */
public final class NslookupParser implements CommandParser {

    private static final Pattern FIELD = Pattern.compile("^(\\S[^:]*?)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern NX = Pattern.compile("^\\*\\*\\* (?:.*? (?:can't find|no encuentra|ne parvient pas . trouver|kan) (\\S+?)\\s*:|(\\S+) wurde von .* nicht gefunden:).*(Non-existent domain|NXDOMAIN).*$");
    /** Labels only one language prints ("Server:", "Name:" are English and German; "Address:" stays English everywhere). */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Non-authoritative answer", "can't find"),
            "de", List.of("Nicht autorisierende Antwort", "wurde von"),
            "fr", List.of("Serveur", "Nom", "Réponse ne faisant pas autorité", "ne parvient pas à trouver"),
            "es", List.of("Servidor", "Nombre", "Respuesta no autoritativa", "no encuentra"),
            "nl", List.of("Naam", "Niet-gezaghebbend antwoord"));
    private static final Set<String> SERVER = Set.copyOf(List.of("server", "serveur", "servidor"));
    private static final Set<String> NAME = Set.copyOf(List.of("name", "nom", "nombre", "naam"));

    @Override
    public String id() {
        return "nslookup";
    }

    @Override
    public List<String> commands() {
        return List.of("nslookup <name>", "nslookup <name> <server>");
    }

    @Override
    public boolean recognises(Capture c) {
        int i = nextNonBlank(c.lines(), 0);
        if (i < 0 || i + 1 >= c.lines().size()) return false;
        Matcher a = FIELD.matcher(c.lines().get(i));
        Matcher b = FIELD.matcher(c.lines().get(i + 1));
        return a.matches() && SERVER.contains(skeleton(a.group(1))) && b.matches() && skeleton(b.group(1)).equals("address");
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        String server = null;
        String serverName = null;
        String name = null;
        int nameAt = -1;
        List<String> addresses = new ArrayList<>();
        boolean inAddresses = false;
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace('\u00A0', ' ');
            if (line.isBlank()) {
                inAddresses = false;
                continue;
            }
            Matcher nx = NX.matcher(line.strip());
            if (nx.matches()) {
                String n = nx.group(1) != null ? nx.group(1) : nx.group(2);
                facts.add(new NameResolution(null, n, List.of(), server != null ? server : serverName, c.source(i)));
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && inAddresses) {
                addresses.add(line.strip());
                continue;
            }
            Matcher f = FIELD.matcher(line);
            // "*** Request to ... timed-out", "DNS request timed out.", "    timeout was 2 seconds." and other
            // text are ignored ("Non-authoritative answer:" and its translations match FIELD, with no value)
            if (!f.matches()) continue;
            String k = skeleton(f.group(1));
            String v = f.group(2);
            inAddresses = false; // "Aliases:" and any other field end the list of addresses
            if (SERVER.contains(k) && name == null) {
                serverName = v;
            } else if ((k.equals("address") || k.equals("addresses")) && name == null) {
                if (!v.isEmpty()) server = v.replaceFirst("#53$", "");
            } else if (NAME.contains(k)) {
                if (name != null) {
                    facts.add(new NameResolution(null, name, addresses, server != null ? server : serverName, c.source(nameAt)));
                    addresses = new ArrayList<>();
                }
                name = v;
                nameAt = i;
            } else if (k.equals("address") || k.equals("addresses")) { // of the answer (name != null)
                if (!v.isEmpty()) addresses.add(v);
                inAddresses = true;
            }
        }
        if (name != null) facts.add(new NameResolution(null, name, addresses, server != null ? server : serverName, c.source(nameAt)));
        if (serverName == null && facts.isEmpty()) throw fail(c, 0, "nslookup output (Server: / Address: then Name: / Address:)");
        return new Parsed(facts, facts.isEmpty() ? Set.of() : Set.of(Area.NAME_RESOLUTION), LABELS.language(c));
    }
}
