package io.rdpdoctor.parse.windows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.rdpdoctor.facts.*;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.Parsed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: the sample files of the Windows parsers, as captures, and facts as fact-file YAML. */
final class Samples {

    static final Path ROOT = Path.of("src/test/resources/parsers");

    private Samples() {
    }

    /** A sample as the core would hand it over: UTF-8 text, BOM dropped, split on CRLF or LF. */
    static Capture capture(Path txt) throws IOException {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        Path cmd = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".cmd"));
        String command = Files.exists(cmd) ? Files.readString(cmd, StandardCharsets.UTF_8).strip() : null;
        return new Capture(txt.toString(), command, lines, 1);
    }

    static final Map<Class<?>, String> SECTIONS = Map.ofEntries(
            Map.entry(FirewallRule.class, "firewallRules"), Map.entry(FirewallProfile.class, "firewallProfiles"),
            Map.entry(NetworkProfile.class, "networkProfiles"), Map.entry(GpoSetting.class, "groupPolicy"),
            Map.entry(Certificate.class, "certificates"), Map.entry(AclEntry.class, "acl"),
            Map.entry(EventRecord.class, "events"), Map.entry(UserRight.class, "userRights"),
            Map.entry(GroupMember.class, "groupMembers"));

    /** The facts as a fact file (sources as {line: N}), for writing a sample's expected file. */
    static String yaml(Parsed parsed) throws IOException {
        ObjectMapper m = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        m.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        Map<String, Object> doc = new LinkedHashMap<>();
        for (Area a : parsed.collected()) {
            doc.put(a.key(), a == Area.LICENSING ? new LinkedHashMap<>() : new ArrayList<>());
        }
        for (Fact f : parsed.facts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (f instanceof RegistryValue v) {
                @SuppressWarnings("unchecked")
                Map<String, Object> reg = (Map<String, Object>) doc.computeIfAbsent("registry", k -> new LinkedHashMap<>());
                @SuppressWarnings("unchecked")
                Map<String, Object> key = (Map<String, Object>) reg.computeIfAbsent(v.key(), k -> new LinkedHashMap<>());
                key.put(v.name(), Map.of("type", v.type().name(), "data", v.data()));
                continue;
            }
            for (var c : f.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(f);
                } catch (ReflectiveOperationException e) {
                    throw new IOException(e);
                }
                if (value == null || value instanceof List<?> l && l.isEmpty()) {
                    continue;
                }
                if (value instanceof Source s) {
                    value = Map.of("line", s.line());
                }
                entry.put(c.getName(), value instanceof Enum<?> e ? e.name() : value);
            }
            if (f instanceof Licensing) {
                doc.put("licensing", entry);
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) doc.computeIfAbsent(SECTIONS.get(f.getClass()), k -> new ArrayList<>());
            list.add(entry);
        }
        List<String> notCollected = new ArrayList<>();
        for (String key : doc.keySet()) {
            if (!key.equals("registry") && parsed.collected().stream().noneMatch(a -> a.key().equals(key))) {
                notCollected.add(key);
            }
        }
        if (!notCollected.isEmpty()) {
            doc.put("notes", "not collected: " + String.join(", ", notCollected));
        }
        return m.writeValueAsString(doc);
    }

    /** Writes the expected file of a sample from what the parser reads now (for review by hand). */
    public static void main(String[] args) throws Exception {
        CommandParser p = io.rdpdoctor.parse.Parsers.byId(args[0]).orElseThrow();
        for (int i = 1; i < args.length; i++) {
            Path txt = Path.of(args[i]);
            String y = yaml(p.parse(capture(txt)));
            Files.writeString(txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".expected.yaml")), y);
            System.out.println("== " + txt + "\n" + y);
        }
    }
}
