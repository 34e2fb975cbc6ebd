package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.PortTest;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Test-NetConnection <host> -Port <port>} (also {@code -CommonTCPPort RDP},
 * {@code -InformationLevel Detailed}): one {@link PortTest} per result.
 * <pre>
 * WARNING: TCP connect to (10.0.0.5 : 3389) failed
 *
 *
 * ComputerName     : SRV01
 * RemoteAddress    : 10.0.0.5
 * RemotePort       : 3389
 * InterfaceAlias   : Ethernet
 * SourceAddress    : 10.0.0.20
 * TcpTestSucceeded : False
 * </pre>
 * Property names are never localized; the warning prefix is (WARNUNG, AVERTISSEMENT, ADVERTENCIA,
 * WAARSCHUWING) while its message stays English. A result without TcpTestSucceeded (a ping-only
 * test) is not a port test and is refused. Blank lines between properties (pasted docs) are
 * accepted.
 */
public final class TestNetConnectionParser implements CommandParser {

    private static final Pattern PROP = Pattern.compile("^([A-Za-z][A-Za-z0-9 ()]*?)\\s*:\\s?(.*?)\\s*$");
    private static final Pattern WARNING = Pattern.compile("(?i)^\\s*(WARNING|WARNUNG|AVERTISSEMENT|ADVERTENCIA|WAARSCHUWING|AVISO)\\s*:\\s*(.*?)\\s*$");

    @Override
    public String id() {
        return "test-netconnection";
    }

    @Override
    public List<String> commands() {
        return List.of("Test-NetConnection <host> -Port <port>", "Test-NetConnection -ComputerName <host> -Port <port>",
                "tnc <host> -Port <port>", "Test-NetConnection <host> -CommonTCPPort RDP");
    }

    @Override
    public boolean recognises(Capture c) {
        boolean computer = false;
        for (String l : c.lines()) {
            if (l.startsWith("ComputerName ")) computer = true;
            if (computer && (l.startsWith("TcpTestSucceeded ") || l.startsWith("RemotePort "))) return true;
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        String warning = null;
        Map<String, String> props = null;
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            if (line != null && line.isBlank()) continue;
            Matcher w = line == null ? null : WARNING.matcher(line);
            Matcher p = line == null ? null : PROP.matcher(line);
            boolean newResult = line == null || (p.matches() && p.group(1).equals("ComputerName")) || w.matches();
            if (newResult && props != null) {
                facts.add(test(c, start, props, warning));
                props = null;
                warning = null;
            }
            if (line == null) break;
            if (w.matches()) {
                if (w.group(2).startsWith("TCP connect") || warning == null) warning = w.group(2);
                continue;
            }
            if (p.matches()) {
                if (props == null) {
                    props = new LinkedHashMap<>();
                    start = i;
                }
                props.put(p.group(1).strip(), p.group(2));
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && props != null) continue; // a wrapped value (NameResolutionResults)
            throw fail(c, i, "a 'Property : value' line of Test-NetConnection or a WARNING line");
        }
        if (facts.isEmpty()) throw fail(c, 0, "a Test-NetConnection result (ComputerName ... TcpTestSucceeded)");
        return new Parsed(facts, Set.of(Area.PORT_TESTS), Language.NEUTRAL);
    }

    private static PortTest test(Capture c, int at, Map<String, String> p, String warning) throws ParseException {
        String target = p.get("ComputerName");
        Integer port = integer(p.get("RemotePort"));
        String ok = p.get("TcpTestSucceeded");
        if (target == null || target.isEmpty()) throw fail(c, at, "ComputerName : HOST");
        if (port == null) throw fail(c, at, "RemotePort : PORT (Test-NetConnection -Port)");
        if (ok == null || !(ok.equalsIgnoreCase("True") || ok.equalsIgnoreCase("False"))) {
            throw fail(c, at, "TcpTestSucceeded : True|False (Test-NetConnection -Port)");
        }
        boolean succeeded = ok.equalsIgnoreCase("True");
        String address = p.get("RemoteAddress");
        return new PortTest(null, null, "Test-NetConnection", target, address == null || address.isEmpty() ? null : address, port,
                succeeded, succeeded ? null : warning, null, c.source(at));
    }
}
