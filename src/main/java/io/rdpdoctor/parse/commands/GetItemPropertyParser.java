package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.fail;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.RegistryPaths;
import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Get-ItemProperty} of a registry key, as pasted from PowerShell (list view):
 * <pre>
 * fDenyTSConnections           : 0
 * fSingleSessionPerUser        : 1
 * PSPath                       : Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\
 *                                Terminal Server
 * PSParentPath                 : ...
 * PSChildName                  : Terminal Server
 * PSDrive                      : HKLM
 * PSProvider                   : Microsoft.PowerShell.Core\Registry
 * </pre>
 * The key comes from {@code PSPath} (a path wrapped at the console's width is joined); the
 * {@code PS*} properties are PowerShell's, not values. The output does not carry the value types: a
 * whole number is taken as REG_DWORD (a negative one, as PowerShell prints a DWORD above 0x7FFFFFFF,
 * as its unsigned 32-bit value), a {@code {a, b}} list (REG_BINARY or REG_MULTI_SZ, which print alike)
 * is not read, anything else is REG_SZ.
 * The key is claimed as read whole (a RegistryKey fact: a value missing from it is absent) only when
 * the command line is known and asks for every value ({@code Get-ItemProperty 'HKLM:\...'}, no
 * {@code -Name}); with {@code -Name}, or a paste without its command, only the values listed are facts.
 */
public final class GetItemPropertyParser implements CommandParser {

    private static final Pattern REGISTRY_PATH = Pattern.compile("(?i)^(?:Microsoft\\.PowerShell\\.Core\\\\)?Registry::(HKEY_[A-Z_]+(?:\\\\.*)?)$");
    private static final Set<String> POWERSHELL_PROPERTIES = Set.of("pspath", "psparentpath", "pschildname", "psdrive", "psprovider");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,20}");
    private static final Pattern NAME_ARGUMENT = Pattern.compile("(?i)(^|\\s)-Name\\b");

    @Override
    public String id() {
        return "get-itemproperty";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-ItemProperty <registry key>", "Get-ItemProperty <registry key> -Name <value>");
    }

    /** One object of the list view: its properties in order (label as printed, value, line index). */
    private record Property(String label, String value, int index) {
    }

    private static final Pattern PROPERTY = Pattern.compile("^(\\S[^:]*?)\\s*:(?:\\s(.*))?$");

    /**
     * The list view's objects: "Label : value" lines, a value continued on lines indented under it
     * (a long PSPath), objects apart by blank lines. Null at the first line that is none of these.
     */
    private static List<List<Property>> objects(Capture c, int[] stoppedAt) {
        List<List<Property>> out = new ArrayList<>();
        List<Property> cur = null;
        List<String> lines = c.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                cur = null;
                continue;
            }
            Matcher m = line.startsWith(" ") ? null : PROPERTY.matcher(line);
            if (m != null && m.matches()) {
                if (cur == null) out.add(cur = new ArrayList<>());
                cur.add(new Property(m.group(1).strip(), m.group(2) == null ? "" : m.group(2).strip(), i));
            } else if (line.startsWith(" ") && cur != null && !cur.isEmpty()) {
                Property last = cur.remove(cur.size() - 1);
                cur.add(new Property(last.label(), last.value() + "\n" + line.strip(), last.index()));
            } else {
                stoppedAt[0] = i;
                return out;
            }
        }
        stoppedAt[0] = -1;
        return out;
    }

    @Override
    public boolean recognises(Capture capture) {
        for (List<Property> o : objects(capture, new int[1])) {
            if (key(o) != null) return true;
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        int[] stop = new int[1];
        List<List<Property>> objects = objects(c, stop);
        if (stop[0] >= 0) {
            if (stop[0] != c.lines().size() - 1 || objects.isEmpty()) { // a last line cut short is dropped
                throw fail(c, stop[0], "Get-ItemProperty's list view (\"NAME : value\" lines, PSPath naming the key)");
            }
        }
        if (objects.isEmpty()) throw fail(c, 0, "Get-ItemProperty's list view (\"NAME : value\" lines, PSPath naming the key)");
        boolean wholeKey = c.command() != null && asksForEveryValue(c.command());
        List<Fact> facts = new ArrayList<>();
        for (List<Property> o : objects) {
            String key = key(o);
            if (key == null) {
                throw fail(c, o.get(0).index(), "PSPath naming a registry key (Microsoft.PowerShell.Core\\Registry::HKEY_...) in this object");
            }
            Property psPath = o.stream().filter(p -> p.label().equalsIgnoreCase("PSPath")).findFirst().orElseThrow();
            if (wholeKey) facts.add(new RegistryKey(key, true, c.source(psPath.index())));
            for (Property p : o) {
                if (POWERSHELL_PROPERTIES.contains(p.label().toLowerCase(Locale.ROOT))) continue;
                RegistryValue v = value(key, RegistryPaths.canonicalName(p.label()), p.value().replace("\n", " "), c.source(p.index()));
                if (v != null) facts.add(v);
            }
        }
        return new Parsed(facts, Set.of(Area.REGISTRY), Language.NEUTRAL);
    }

    /** The key of an object's PSPath, canonical (HKLM\...), or null when it names no registry key. */
    private static String key(List<Property> object) {
        for (Property p : object) {
            if (!p.label().equalsIgnoreCase("PSPath")) continue;
            // a path wrapped at the console's width continues on the next line: the break is not in the name
            Matcher m = REGISTRY_PATH.matcher(p.value().replace("\n", ""));
            return m.matches() ? RegistryPaths.canonicalKey(m.group(1)) : null;
        }
        return null;
    }

    private static RegistryValue value(String key, String name, String data, io.rdpdoctor.facts.Source source) {
        if (data.startsWith("{") && data.endsWith("}") && data.contains(",")) return null; // binary or multi-string: not told apart
        if (WHOLE_NUMBER.matcher(data).matches()) {
            try {
                long n = Long.parseLong(data);
                if (n < 0 && n >= Integer.MIN_VALUE) n = n & 0xFFFFFFFFL; // a DWORD printed as a signed Int32
                if (n >= 0) {
                    return new RegistryValue(key, name, n > 0xFFFFFFFFL ? RegistryType.REG_QWORD : RegistryType.REG_DWORD,
                            Long.toString(n), source);
                }
            } catch (NumberFormatException e) {
                // beyond a long: kept as text
            }
        }
        return new RegistryValue(key, name, RegistryType.REG_SZ, data, source);
    }

    /** {@code Get-ItemProperty PATH} lists every value; {@code -Name X} or a second positional argument, one. */
    public static boolean asksForEveryValue(String command) {
        String cmd = command.strip();
        if (!cmd.toLowerCase(Locale.ROOT).startsWith("get-itemproperty") && !cmd.toLowerCase(Locale.ROOT).startsWith("gp ")) return false;
        int pipe = cmd.indexOf('|');
        if (pipe >= 0) {
            // "| Format-List" or "| fl" shows every value too; any other pipeline may select
            if (!cmd.substring(pipe + 1).strip().matches("(?i)(Format-List|fl)(\\s+\\*)?")) return false;
            cmd = cmd.substring(0, pipe).strip();
        }
        if (NAME_ARGUMENT.matcher(cmd).find()) return false;
        // the positional arguments (the path, then a value name), once -Path/-LiteralPath and other parameters with their values are dropped
        List<String> args = new ArrayList<>();
        Matcher a = Pattern.compile("'[^']*'|\"[^\"]*\"|\\S+").matcher(cmd);
        while (a.find()) args.add(a.group());
        int positional = 0;
        for (int k = 1; k < args.size(); k++) {
            String t = args.get(k);
            if (t.equalsIgnoreCase("-Path") || t.equalsIgnoreCase("-LiteralPath")) continue;
            if (t.startsWith("-")) {
                if (k + 1 < args.size() && !args.get(k + 1).startsWith("-")) k++;
                continue;
            }
            positional++;
        }
        return positional <= 1;
    }
}
