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
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code psping <host>:<port>} (Sysinternals; TCP connect test): one {@link PortTest} per
 * "TCP connect to" block; it succeeded when any connect reported a time.
 * <pre>
 * TCP connect to 10.6.1.4:3389:
 * 5 iterations (warmup 1) ping test:
 * Connecting to 10.6.1.4:3389 (warmup): from 10.6.1.5:49893: 2.83ms
 * Connecting to 10.6.1.4:3389: from 10.6.1.5:49894: 1.09ms
 * </pre>
 * Older versions (v2.01) print the time alone: "Connecting to 10.20.0.5:80: 3.79ms".
 * A failed connect prints the Windows message instead of the time ("This operation returned
 * because the timeout period expired.", "No connection could be made because the target machine
 * actively refused it."); it becomes the test's error. psping is not localized. The target is
 * the host as typed on the command line when known, else the address psping connected to.
 */
public final class PspingParser implements CommandParser {

    private static final Pattern BLOCK = Pattern.compile("^\\s*TCP connect to (.+):(\\d{1,5}):\\s*$");
    private static final Pattern CONNECT = Pattern.compile("^\\s*Connecting to (.+?):(\\d{1,5})(?: \\(warmup\\))?:\\s*(.*?)\\s*$");
    // "from 10.6.1.5:49894: 1.09ms" (v2.10); v2.01 prints the time alone ("3.79ms")
    private static final Pattern TIME = Pattern.compile("^(?:from .*:\\s*)?[\\d.,]+\\s*ms$");
    private static final Pattern TYPED = Pattern.compile("(?i)psping(?:64)?(?:\\.exe)?\\s+(?:-\\S+(?:\\s+\\d+)?\\s+)*([^\\s:]+|\\[[^\\]]+\\]):(\\d{1,5})\\b.*");

    @Override
    public String id() {
        return "psping";
    }

    @Override
    public List<String> commands() {
        return List.of("psping <host>:<port>", "psping -n 5 <host>:<port>");
    }

    @Override
    public boolean recognises(Capture c) {
        return c.lines().stream().anyMatch(l -> BLOCK.matcher(l).matches());
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        String typedHost = null;
        if (c.command() != null) {
            Matcher t = TYPED.matcher(c.command().strip());
            if (t.matches()) typedHost = t.group(1);
        }
        int at = -1;
        String address = null;
        Integer port = null;
        boolean ok = false;
        String error = null;
        int attempts = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            Matcher b = line == null ? null : BLOCK.matcher(line);
            if ((line == null || b.matches()) && at >= 0 && attempts > 0) {
                facts.add(new PortTest(null, null, "psping", typedHost != null ? typedHost : address, address, port, ok,
                        ok ? null : error, null, c.source(at)));
            }
            if (line == null) break;
            if (b.matches()) {
                at = i;
                address = b.group(1);
                port = integer(b.group(2));
                ok = false;
                error = null;
                attempts = 0;
                continue;
            }
            Matcher m = CONNECT.matcher(line);
            if (m.matches() && at >= 0) {
                String rest = m.group(3);
                attempts++;
                if (TIME.matcher(rest).matches()) ok = true;
                else if (error == null && !rest.isEmpty()) error = rest;
            }
        }
        if (facts.isEmpty()) throw fail(c, 0, "psping output with 'TCP connect to HOST:PORT:'");
        for (Fact f : facts) {
            if (((PortTest) f).port() == null) throw fail(c, f.source().line() - c.firstLine(), "a port number");
        }
        return new Parsed(facts, Set.of(Area.PORT_TESTS), Language.NEUTRAL);
    }
}
