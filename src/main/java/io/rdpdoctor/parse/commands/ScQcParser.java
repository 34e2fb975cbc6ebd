package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.StartType;
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
 * {@code sc qc <service>}: start type, display name and logon account.
 * <pre>
 * [SC] QueryServiceConfig SUCCESS
 *
 * SERVICE_NAME: TermService
 *         TYPE               : 20  WIN32_SHARE_PROCESS
 *         START_TYPE         : 3   DEMAND_START
 *         ERROR_CONTROL      : 1   NORMAL
 *         BINARY_PATH_NAME   : C:\Windows\System32\svchost.exe -k NetworkService
 *         LOAD_ORDER_GROUP   :
 *         TAG                : 0
 *         DISPLAY_NAME       : Remote Desktop Services
 *         DEPENDENCIES       : RPCSS
 *         SERVICE_START_NAME : NT Authority\NetworkService
 * </pre>
 * Labels are localized on some languages (Spanish TIPO_INICIO, NOMBRE_MOSTRAR, NOMBRE_INICIO_SERVICIO;
 * German, French similarly) but the order of the fields and the constants (AUTO_START,
 * DEMAND_START, DISABLED, "(DELAYED)") are fixed, so fields are taken by position: the start type
 * is the field whose value is {@code N  XXX_START|DISABLED}, the display name the field after TAG,
 * the account the last field. Continuation lines ({@code : NSI}) belong to DEPENDENCIES.
 */
public final class ScQcParser implements CommandParser {

    private static final Pattern START = Pattern.compile("^(\\d)\\s+(BOOT_START|SYSTEM_START|AUTO_START|DEMAND_START|DISABLED)(\\s+\\(DELAYED\\))?\\s*$");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+:\\s*.*$");

    @Override
    public String id() {
        return "sc-qc";
    }

    @Override
    public List<String> commands() {
        return List.of("sc qc <service>", "sc.exe qc <service>");
    }

    @Override
    public boolean recognises(Capture c) {
        for (String l : c.lines().subList(0, Math.min(c.lines().size(), 20))) {
            Matcher f = ScQueryParser.FIELD.matcher(l);
            if (f.matches() && START.matcher(f.group(2)).matches()) return true;
            if (l.startsWith("[SC] QueryServiceConfig") || l.startsWith("[SC] OpenService FAILED")) return true;
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        boolean failed = false;
        String failedCode = null;
        int failedLine = 0;
        String name = null;
        int nameLine = -1;
        List<String> values = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            if (line.startsWith("[SC]")) {
                Matcher fm = ScQueryParser.FAILED.matcher(line);
                if (fm.matches()) {
                    failed = true;
                    failedCode = fm.group(1);
                    failedLine = i;
                }
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                Matcher n = ScQueryParser.NAME.matcher(line);
                if (n.matches()) {
                    if (name != null) facts.add(fact(c, name, nameLine, values, at));
                    name = n.group(2);
                    nameLine = i;
                    values = new ArrayList<>();
                    at = new ArrayList<>();
                    continue;
                }
                if (failed) continue;
                throw fail(c, i, "SERVICE_NAME: NAME or an indented 'LABEL : value' line");
            }
            if (CONTINUATION.matcher(line).matches()) continue;
            Matcher f = ScQueryParser.FIELD.matcher(line);
            if (!f.matches() || name == null) throw fail(c, i, "an indented 'LABEL : value' line after SERVICE_NAME:");
            values.add(f.group(2));
            at.add(i);
        }
        if (name != null) facts.add(fact(c, name, nameLine, values, at));
        if (facts.isEmpty() && !failed) throw fail(c, 0, "sc qc output (SERVICE_NAME: and START_TYPE)");
        if (facts.isEmpty()) ScQueryParser.notInstalled(c, failedCode, failedLine).ifPresent(facts::add);
        return new Parsed(facts, servicesListed(c, facts.stream().filter(f -> f instanceof ServiceState).count(), ScQueryParser::namesAService),
                ScQueryParser.LABELS.language(c));
    }

    private static ServiceState fact(Capture c, String name, int nameLine, List<String> values, List<Integer> at) throws ParseException {
        int s = -1;
        for (int k = 0; k < values.size(); k++) {
            if (START.matcher(values.get(k)).matches()) {
                s = k;
                break;
            }
        }
        if (s < 0) throw fail(c, nameLine, "a START_TYPE line (N  AUTO_START/DEMAND_START/DISABLED) for service " + name);
        Matcher m = START.matcher(values.get(s));
        m.matches();
        StartType type = switch (m.group(2)) {
            case "BOOT_START" -> StartType.BOOT;
            case "SYSTEM_START" -> StartType.SYSTEM;
            case "AUTO_START" -> m.group(3) != null ? StartType.AUTOMATIC_DELAYED : StartType.AUTOMATIC;
            case "DEMAND_START" -> StartType.MANUAL;
            default -> StartType.DISABLED;
        };
        // START_TYPE, ERROR_CONTROL, BINARY_PATH_NAME, LOAD_ORDER_GROUP, TAG, DISPLAY_NAME, DEPENDENCIES, SERVICE_START_NAME
        String display = values.size() > s + 5 ? values.get(s + 5) : null;
        String account = values.size() > s + 7 ? values.get(s + 7) : null;
        return new ServiceState(name, display == null || display.isEmpty() ? null : display, null, type, null,
                account == null || account.isEmpty() ? null : account, null, c.source(nameLine));
    }
}
