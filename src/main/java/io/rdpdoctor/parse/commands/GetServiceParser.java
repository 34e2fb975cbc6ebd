package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.ServiceStatus;
import io.rdpdoctor.facts.StartType;
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
 * {@code Get-Service} in its three forms:
 * <ul>
 * <li>the default table ({@code Get-Service TermService, UmRdpService}):
 * <pre>
 * Status   Name               DisplayName
 * ------   ----               -----------
 * Running  TermService        Remote Desktop Services
 * </pre></li>
 * <li>{@code Get-Service TermService | Format-List Name, DisplayName, Status, StartType} (or {@code | fl *}):
 * {@code Name : TermService} blocks separated by blank lines;</li>
 * <li>{@code Get-Service TermService | Select-Object Name, DisplayName, Status, StartType | ConvertTo-Json}:
 * an object or an array; Status and StartType as numbers (Windows PowerShell 5.1: Status 4 =
 * Running, StartType 3 = Manual) or names (PowerShell 7).</li>
 * </ul>
 * Status and StartType are .NET enum names and are not localized. A name truncated by the table
 * ({@code Remote Desktop Se...}) is not a service name: such a row is refused.
 */
public final class GetServiceParser implements CommandParser {

    private static final Pattern PROP = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)\\s*:\\s?(.*?)\\s*$");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    @Override
    public String id() {
        return "get-service";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-Service <name>", "Get-Service <name> | Format-List", "Get-Service <name> | ConvertTo-Json");
    }

    /** "Get-Service TermService", "Get-Service -Name TermService,UmRdpService": a query of named services, not of all. */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
            "(?i)\\bget-service\\s+(?:-name\\s+)?['\"]?[A-Za-z0-9_.*$]");

    static boolean namesAService(String command) {
        return NAMED.matcher(command).find();
    }

    @Override
    public boolean recognises(Capture c) {
        int i = nextNonBlank(c.lines(), 0);
        if (i < 0) return false;
        String first = c.lines().get(i);
        if (first.strip().startsWith("{") || first.strip().startsWith("[")) {
            String all = String.join("\n", c.lines().subList(0, Math.min(c.lines().size(), 60)));
            return all.contains("\"ServiceName\"") || (all.contains("\"Name\"") && all.contains("\"Status\"") && all.contains("\"DisplayName\""));
        }
        if (tokens(first).equals(List.of("Status", "Name", "DisplayName"))) return true;
        if (selectedColumns(first) != null && i + 1 < c.lines().size() && Tables.columns(c.lines().get(i + 1)) != null) return true;
        boolean name = false;
        for (String l : c.lines().subList(i, Math.min(c.lines().size(), i + 20))) {
            Matcher m = PROP.matcher(l);
            if (m.matches() && m.group(1).equals("Name")) name = true;
            if (name && m.matches() && (m.group(1).equals("ServiceName") || m.group(1).equals("StartType")
                    || m.group(1).equals("ServiceType") || m.group(1).equals("CanPauseAndContinue"))) return true;
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        int i = nextNonBlank(c.lines(), 0);
        if (i < 0) throw fail(c, 0, "Get-Service output");
        String first = c.lines().get(i).strip();
        List<String> selected = selectedColumns(first);
        List<Fact> facts = first.startsWith("{") || first.startsWith("[") ? json(c, i)
                : tokens(first).equals(List.of("Status", "Name", "DisplayName")) ? table(c, i)
                : selected != null ? selectedTable(c, i, selected) : list(c, i);
        return new Parsed(facts, servicesListed(c, facts.size(), GetServiceParser::namesAService), Language.NEUTRAL);
    }

    private static List<Fact> table(Capture c, int h) throws ParseException {
        List<String> lines = c.lines();
        if (h + 1 >= lines.size() || Tables.columns(lines.get(h + 1)) == null) throw fail(c, h + 1, "the dash underline of the table");
        int[] cols = Tables.columns(lines.get(h + 1));
        if (cols.length != 3) throw fail(c, h + 1, "three columns: Status, Name, DisplayName");
        List<Fact> facts = new ArrayList<>();
        for (int i = h + 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            List<String> t = tokens(line);
            ServiceStatus s = t.isEmpty() ? null : status(t.get(0));
            if (s == null || t.size() < 2) {
                if (i == lines.size() - 1) break;
                throw fail(c, i, "a row: Status (Running, Stopped, ...) Name DisplayName");
            }
            String name = t.get(1);
            if (name.endsWith("...")) throw fail(c, i, "a whole service name (this one was truncated by the table)");
            int nameEnd = line.indexOf(name, line.indexOf(t.get(0)) + t.get(0).length()) + name.length();
            String display = line.substring(Math.min(line.length(), nameEnd)).strip();
            facts.add(new ServiceState(name, display.isEmpty() || display.endsWith("...") ? null : display, s, null, null, null, null,
                    c.source(i)));
        }
        return facts;
    }

    private static final Set<String> SELECTABLE = Set.of("Name", "ServiceName", "Status", "StartType", "DisplayName");

    /**
     * The header of {@code Get-Service | Select-Object} (or {@code Format-Table}) with properties of the
     * engineer's choice in any order ("Name Status StartType"), other than the default table's; null
     * when the line is not one: it names the service and its status or start type, and nothing else.
     */
    static List<String> selectedColumns(String header) {
        List<String> t = tokens(header.strip());
        if (t.isEmpty() || t.size() > SELECTABLE.size() || !SELECTABLE.containsAll(t) || t.size() != Set.copyOf(t).size()) return null;
        if (t.equals(List.of("Status", "Name", "DisplayName"))) return null;
        boolean named = t.contains("Name") || t.contains("ServiceName");
        return named && (t.contains("Status") || t.contains("StartType")) ? t : null;
    }

    /**
     * A table of selected properties. Without DisplayName no cell holds a space, so a row is read by its
     * words (a forum's paste loses the alignment, and may add a remark after the row: "Stopped Manual
     * <- PROBLEM HERE"); with it, by the columns of the dash underline.
     */
    private static List<Fact> selectedTable(Capture c, int h, List<String> header) throws ParseException {
        List<String> lines = c.lines();
        int[] cols = h + 1 < lines.size() ? Tables.columns(lines.get(h + 1)) : null;
        if (cols == null) throw fail(c, h + 1, "the dash underline of the table");
        if (cols.length != header.size()) throw fail(c, h + 1, header.size() + " columns: " + String.join(", ", header));
        boolean byWords = !header.contains("DisplayName");
        List<Fact> facts = new ArrayList<>();
        for (int i = h + 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            List<String> cells = byWords ? tokens(line) : Tables.cells(line, cols);
            if (cells.size() < header.size()) throw fail(c, i, "a row of " + String.join(", ", header));
            Map<String, String> row = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) row.put(header.get(k), cells.get(k));
            String name = row.getOrDefault("ServiceName", row.get("Name"));
            if (name == null || name.isEmpty() || name.endsWith("...")) throw fail(c, i, "a whole service name");
            ServiceStatus status = row.containsKey("Status") ? status(row.get("Status")) : null;
            if (row.containsKey("Status") && status == null) throw fail(c, i, "a Status (Running, Stopped, ...) for service " + name);
            StartType start = row.containsKey("StartType") ? startType(row.get("StartType")) : null;
            if (row.containsKey("StartType") && start == null) throw fail(c, i, "a StartType (Automatic, Manual, Disabled, ...) for service " + name);
            String display = row.get("DisplayName");
            facts.add(new ServiceState(name, display == null || display.isEmpty() || display.endsWith("...") ? null : display,
                    status, start, null, null, null, c.source(i)));
        }
        if (facts.isEmpty()) throw fail(c, h + 2, "a row of " + String.join(", ", header));
        return facts;
    }

    private static List<Fact> list(Capture c, int from) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        Map<String, String> props = new LinkedHashMap<>();
        int start = -1;
        for (int i = from; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.isBlank()) {
                if (!props.isEmpty()) facts.add(record(c, start, props));
                props = new LinkedHashMap<>();
                continue;
            }
            Matcher m = PROP.matcher(line);
            if (m.matches()) {
                if (props.isEmpty()) start = i;
                props.putIfAbsent(m.group(1), m.group(2));
            } else if (!Character.isWhitespace(line.charAt(0))) {
                throw fail(c, i, "a 'Property : value' line of Get-Service | Format-List");
            }
        }
        if (facts.isEmpty()) throw fail(c, from, "a Name : SERVICE line");
        return facts;
    }

    private static ServiceState record(Capture c, int at, Map<String, String> p) throws ParseException {
        String name = p.getOrDefault("ServiceName", p.get("Name"));
        if (name == null || name.isEmpty()) throw fail(c, at, "Name : SERVICE (or ServiceName)");
        String st = p.get("Status");
        ServiceStatus status = st == null ? null : status(st);
        if (st != null && status == null) throw fail(c, at, "a Status (Running, Stopped, ...) for service " + name);
        String ty = p.get("StartType");
        StartType start = ty == null ? null : startType(ty);
        String display = p.get("DisplayName");
        return new ServiceState(name, display == null || display.isEmpty() ? null : display, status, start, null, null, null, c.source(at));
    }

    private static List<Fact> json(Capture c, int from) throws ParseException {
        String text = String.join("\n", c.lines().subList(from, c.lines().size()));
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception e) {
            throw fail(c, from, "the JSON of Get-Service | ConvertTo-Json (" + e.getClass().getSimpleName() + ")");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root != null && root.isArray()) root.forEach(items::add);
        else if (root != null && root.isObject()) items.add(root);
        else throw fail(c, from, "a JSON object or array of services");
        List<Fact> facts = new ArrayList<>();
        for (JsonNode n : items) {
            String name = text(n, "ServiceName") != null ? text(n, "ServiceName") : text(n, "Name");
            if (name == null) throw fail(c, from, "\"Name\" or \"ServiceName\" in every service object");
            JsonNode s = n.get("Status");
            ServiceStatus status = s == null || s.isNull() ? null : s.isNumber() ? ScQueryParser.status(s.asText()) : status(s.asText());
            if (s != null && !s.isNull() && status == null) throw fail(c, from, "a Status for service " + name);
            JsonNode t = n.get("StartType");
            StartType start = t == null || t.isNull() ? null : t.isNumber() ? startTypeCode(t.asInt()) : startType(t.asText());
            facts.add(new ServiceState(name, text(n, "DisplayName"), status, start, null, null, null, c.source(from)));
        }
        return facts;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isEmpty() ? null : v.asText();
    }

    static ServiceStatus status(String s) {
        return switch (skeleton(s)) {
            case "running" -> ServiceStatus.RUNNING;
            case "stopped" -> ServiceStatus.STOPPED;
            case "startpending" -> ServiceStatus.START_PENDING;
            case "stoppending" -> ServiceStatus.STOP_PENDING;
            case "paused" -> ServiceStatus.PAUSED;
            case "continuepending" -> ServiceStatus.CONTINUE_PENDING;
            case "pausepending" -> ServiceStatus.PAUSE_PENDING;
            default -> null;
        };
    }

    static StartType startType(String s) {
        return switch (skeleton(s)) {
            case "automatic", "auto" -> StartType.AUTOMATIC;
            case "automaticdelayedstart" -> StartType.AUTOMATIC_DELAYED;
            case "manual" -> StartType.MANUAL;
            case "disabled" -> StartType.DISABLED;
            case "boot" -> StartType.BOOT;
            case "system" -> StartType.SYSTEM;
            default -> null;
        };
    }

    /** System.ServiceProcess.ServiceStartMode: 0 Boot, 1 System, 2 Automatic, 3 Manual, 4 Disabled. */
    static StartType startTypeCode(int code) {
        return switch (code) {
            case 0 -> StartType.BOOT;
            case 1 -> StartType.SYSTEM;
            case 2 -> StartType.AUTOMATIC;
            case 3 -> StartType.MANUAL;
            case 4 -> StartType.DISABLED;
            default -> null;
        };
    }
}
