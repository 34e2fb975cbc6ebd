package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.RegistryPaths;
import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code reg query <key> [/v <name>] [/s]} of the keys RDP depends on: Terminal Server,
 * WinStations\RDP-Tcp, Policies\Microsoft\Windows NT\Terminal Services, CredSSP\Parameters,
 * SCHANNEL\Protocols (any key is read the same way).
 * <pre>
 * HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Terminal Server
 *     fDenyTSConnections    REG_DWORD    0x1
 *     TSUserEnabled    REG_DWORD    0x0
 *
 * HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Terminal Server\AddIns
 * </pre>
 * The key line gives a {@link RegistryKey} (canonical path), each value line a typed
 * {@link RegistryValue} (DWORD/QWORD in decimal, REG_MULTI_SZ's {@code \0} as line breaks). Key
 * lines listed after the values (subkeys) are not read keys, unless the command has {@code /s}
 * or values follow them. The not-found error
 * ({@code ERROR: The system was unable to find the specified registry key or value.}, German
 * {@code FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.}, and the
 * French ERREUR, Spanish ERROR, Dutch FOUT forms) means the key does not exist when the command
 * line (with the key) is known and has no {@code /v}; with {@code /v} it only says the value is
 * missing or the key is, so no fact is made.
 */
public final class RegQueryParser implements CommandParser {

    private static final Pattern KEY = Pattern.compile("^\\s*(HKEY_[A-Z_]+|HKLM|HKCU|HKU|HKCR|HKCC)(\\\\.*)?\\s*$");
    private static final Pattern VALUE = Pattern.compile("^\\s+(.*?)\\s{2,}(REG_[A-Z_]+)(?:\\s{2,}(.*?))?\\s*$|^\\s+(.*?)\\s+(REG_[A-Z_]+)\\s*$");
    private static final Pattern ERROR = Pattern.compile("(?i)^\\s*(ERROR|FEHLER|ERREUR|FOUT|ERRORE)\\s*:.*");
    /** The not-found error's words only one language prints ("ERROR" is English and Spanish). */
    private static final LabelTable ERROR_LABELS = LabelTable.of(
            "en", List.of("The system was unable to find the specified registry key or value"),
            "de", List.of("FEHLER", "Registrierungsschlüssel"),
            "fr", List.of("ERREUR"),
            "nl", List.of("FOUT"),
            "it", List.of("ERRORE"));
    private static final Pattern COMMAND_KEY = Pattern.compile(
            "(?i)^\\s*reg(?:\\.exe)?\\s+query\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))(.*)$");

    @Override
    public String id() {
        return "reg-query";
    }

    @Override
    public List<String> commands() {
        return List.of("reg query <key>", "reg query <key> /v <name>", "reg query <key> /s");
    }

    @Override
    public boolean recognises(Capture c) {
        int i = nextNonBlank(c.lines(), 0);
        if (i < 0) return false;
        String first = c.lines().get(i);
        if (KEY.matcher(first).matches()) {
            int j = nextNonBlank(c.lines(), i + 1);
            return j < 0 || VALUE.matcher(c.lines().get(j)).matches() || KEY.matcher(c.lines().get(j)).matches();
        }
        return ERROR.matcher(first).matches() && c.command() != null && COMMAND_KEY.matcher(c.command()).matches()
                && isNotFound(first);
    }

    static boolean isNotFound(String line) {
        String s = fold(line);
        return s.contains("registr") || s.contains("register") || s.contains("cle") || s.contains("clave");
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        String cmdKey = null;
        boolean slashS = false;
        boolean slashV = false;
        if (c.command() != null) {
            Matcher m = COMMAND_KEY.matcher(c.command());
            if (m.matches()) {
                cmdKey = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                String rest = " " + m.group(4).toLowerCase(Locale.ROOT) + " ";
                slashS = rest.contains(" /s ");
                slashV = rest.contains(" /v ") || rest.contains(" /ve ");
            }
        }
        List<Fact> facts = new ArrayList<>();
        int first = nextNonBlank(lines, 0);
        if (first < 0) throw fail(c, 0, "reg query output");
        if (ERROR.matcher(lines.get(first)).matches()) {
            if (!isNotFound(lines.get(first))) throw fail(c, first, "a registry key path or the not-found error");
            if (cmdKey == null) throw fail(c, first, "the reg query command line, to know which key was not found");
            if (!slashV) facts.add(new RegistryKey(RegistryPaths.canonicalKey(cmdKey), false, c.source(first)));
            // the only localized line reg query prints: its language is the block's; keys and values are neutral
            return new Parsed(facts, Set.of(Area.REGISTRY), ERROR_LABELS.language(List.of(lines.get(first))));
        }
        String key = null;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            Matcher k = KEY.matcher(line);
            if (k.matches()) {
                int next = nextNonBlank(lines, i + 1);
                boolean hasValues = next >= 0 && !KEY.matcher(lines.get(next)).matches() && VALUE.matcher(lines.get(next)).matches();
                // a subkey listed under the key (no values of its own, no /s) is not read
                if (key == null || slashS || hasValues) {
                    key = RegistryPaths.canonicalKey(line.strip());
                    facts.add(new RegistryKey(key, true, c.source(i)));
                }
                continue;
            }
            Matcher v = VALUE.matcher(line);
            if (v.matches() && key != null) {
                String name = v.group(1) != null ? v.group(1) : v.group(4);
                String type = v.group(2) != null ? v.group(2) : v.group(5);
                String data = v.group(3) == null ? "" : v.group(3);
                RegistryValue value = value(c, i, key, name, type, data);
                if (value != null) facts.add(value);
                continue;
            }
            if (i == lines.size() - 1 && key != null) break; // truncated
            if (ERROR.matcher(line).matches()) continue;
            if (skeleton(line).startsWith("endofsearch") || skeleton(line).contains("matchesfound")
                    || skeleton(line).contains("bereinstimmung") || skeleton(line).contains("resultat")) continue;
            throw fail(c, i, "a registry key path (HKEY_...) or a value line 'NAME    REG_TYPE    DATA'");
        }
        return new Parsed(facts, Set.of(Area.REGISTRY), Language.NEUTRAL);
    }

    private static RegistryValue value(Capture c, int i, String key, String name, String type, String data) throws ParseException {
        String n = name.strip();
        if (n.matches("\\((Default|Standard|Predeterminado|par d.faut|Standaard|Valeur par d.faut)\\)")) n = "(Default)";
        n = RegistryPaths.canonicalName(n);
        RegistryType t;
        try {
            t = RegistryType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null; // REG_NONE, REG_LINK, resource lists: not values the fact model holds
        }
        String d = data;
        switch (t) {
            case REG_DWORD, REG_QWORD -> {
                Long num = number(data);
                if (num == null) throw fail(c, i, "hex data (0x...) for " + type + " value " + n);
                d = Long.toUnsignedString(num);
            }
            case REG_MULTI_SZ -> {
                d = data.replace("\\0", "\n");
                while (d.endsWith("\n")) d = d.substring(0, d.length() - 1);
            }
            default -> {
            }
        }
        return new RegistryValue(key, n, t, d, c.source(i));
    }
}
