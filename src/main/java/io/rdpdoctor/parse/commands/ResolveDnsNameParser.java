package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.NameResolution;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Resolve-DnsName <name>}: the name queried and every A/AAAA address of the answer.
 * <pre>
 * Name                                           Type   TTL   Section    IPAddress
 * ----                                           ----   ---   -------    ---------
 * srv01.corp.example.com                         A      1200  Answer     10.0.0.5
 * </pre>
 * Also the CNAME table (NameHost column) and list-form records ({@code IP4Address : ...}) that
 * Resolve-DnsName mixes into one output. Not localized. The error
 * {@code Resolve-DnsName : NAME : DNS name does not exist} gives the name with no addresses.
 */
public final class ResolveDnsNameParser implements CommandParser {

    private static final Pattern PROP = Pattern.compile("^([A-Za-z0-9]+)\\s*:\\s?(.*?)\\s*$");
    private static final Pattern ERROR = Pattern.compile("^Resolve-DnsName\\s*:\\s*(\\S+)\\s*:\\s*(.*)$");

    @Override
    public String id() {
        return "resolve-dnsname";
    }

    @Override
    public List<String> commands() {
        return List.of("Resolve-DnsName <name>", "Resolve-DnsName -Name <name> -Type A");
    }

    @Override
    public boolean recognises(Capture c) {
        for (int i = 0; i + 1 < Math.min(c.lines().size(), 10); i++) {
            List<String> t = tokens(c.lines().get(i));
            if (t.size() >= 4 && t.get(0).equals("Name") && t.get(1).equals("Type") && t.get(2).equals("TTL")) return true;
            if (ERROR.matcher(c.lines().get(i)).matches()) return true;
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        String name = null;
        int nameAt = -1;
        List<String> addresses = new ArrayList<>();
        int[] cols = null;
        List<String> labels = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                cols = null;
                continue;
            }
            Matcher e = ERROR.matcher(line);
            if (e.matches()) {
                if (e.group(2).toLowerCase(java.util.Locale.ROOT).contains("does not exist")) {
                    return new Parsed(List.of(new NameResolution(null, e.group(1), List.of(), null, c.source(i))), Set.of(Area.NAME_RESOLUTION), Language.NEUTRAL);
                }
                throw fail(c, i, "an answer, or 'DNS name does not exist'");
            }
            if (i + 1 < lines.size() && tokens(line).size() >= 4 && tokens(line).get(0).equals("Name") && Tables.columns(lines.get(i + 1)) != null) {
                cols = Tables.columns(lines.get(i + 1));
                labels = Tables.labels(line, cols);
                i++;
                continue;
            }
            if (cols != null) {
                List<String> cells = Tables.cells(line, cols);
                int n = labels.indexOf("Name");
                int ip = labels.indexOf("IPAddress");
                int type = labels.indexOf("Type");
                if (n >= 0 && name == null && !cells.get(n).isEmpty()) {
                    name = cells.get(n);
                    nameAt = i;
                }
                if (ip >= 0 && type >= 0 && (cells.get(type).equals("A") || cells.get(type).equals("AAAA")) && !cells.get(ip).isEmpty()) {
                    addresses.add(cells.get(ip));
                }
                continue;
            }
            Matcher p = PROP.matcher(line);
            if (p.matches()) {
                if (p.group(1).equals("Name") && name == null) {
                    name = p.group(2);
                    nameAt = i;
                }
                if (p.group(1).equals("IP4Address") || p.group(1).equals("IP6Address") || p.group(1).equals("IPAddress")) addresses.add(p.group(2));
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) || i == lines.size() - 1) continue; // wrapped cell
            throw fail(c, i, "a Resolve-DnsName table row or 'Property : value' line");
        }
        if (name == null) throw fail(c, 0, "Resolve-DnsName output (Name Type TTL Section ...)");
        return new Parsed(List.of(new NameResolution(null, name, addresses, null, c.source(nameAt))), Set.of(Area.NAME_RESOLUTION), Language.NEUTRAL);
    }
}
