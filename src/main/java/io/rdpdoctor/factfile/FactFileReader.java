package io.rdpdoctor.factfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdpdoctor.facts.*;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a fact file (YAML or JSON, one host) into a {@link FactSet}. Every problem becomes an
 * {@link InputException} naming the file, line and column and what was expected there. The
 * reader is thread-safe and meant to be shared.
 */
public final class FactFileReader {

    static final String FILE_ATTRIBUTE = "rdp-doctor.file";

    /** Larger files are refused before they are read: no host has 16 MiB of facts. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    // Shared by every reader in the process: Jackson builds its deserializers once, and they are
    // thread-safe (batch reads on every core; the launcher's preloading thread warms them up).
    /**
     * The longest line a YAML fact file may have. SnakeYAML's reader is quadratic in the length of one
     * scalar (a 10 MB value took over a minute, adversarial review F14), so a longer line is refused
     * before parsing; JSON has no such limit.
     */
    public static final int MAX_YAML_LINE = 1024 * 1024;

    private static final ObjectReader YAML = configure(YAMLMapper.builder(com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder()
            // SnakeYAML's own limit (3 MiB by default) is raised to the documented 16 MiB (F15)
            .loaderOptions(yamlLoaderOptions()).build())).readerFor(FactFileDoc.class);

    private static org.yaml.snakeyaml.LoaderOptions yamlLoaderOptions() {
        org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
        o.setCodePointLimit((int) MAX_BYTES);
        return o;
    }
    private static final ObjectReader JSON = configure(JsonMapper.builder()).readerFor(FactFileDoc.class);

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> M configure(B builder) {
        return builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // "port: 3389.7" is not silently port 3389 (F23)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // "status: 4" must not silently mean the enum constant at position 4
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // "sockets: [null]" is a mistake to point at, not a fact
                .withConfigOverride(List.class, o -> o.setSetterInfo(
                        com.fasterxml.jackson.annotation.JsonSetter.Value.forContentNulls(com.fasterxml.jackson.annotation.Nulls.FAIL)))
                // "succeeded: null" is not a value: a required key given as null is refused like a
                // missing one (adversarial review F7; it crashed a rule before)
                .annotationIntrospector(new RequiredNotNull())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .addModule(new SourcingModule())
                .build();
    }

    /** A property marked {@code @JsonProperty(required = true)} refuses an explicit null. */
    private static final class RequiredNotNull extends com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector {

        @Override
        public com.fasterxml.jackson.annotation.JsonSetter.Value findSetterInfo(com.fasterxml.jackson.databind.introspect.Annotated a) {
            com.fasterxml.jackson.annotation.JsonProperty p = _findAnnotation(a, com.fasterxml.jackson.annotation.JsonProperty.class);
            if (p != null && p.required()) {
                return com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(com.fasterxml.jackson.annotation.Nulls.FAIL);
            }
            return super.findSetterInfo(a);
        }
    }

    /**
     * Reads a fact file from disk. The file is opened read-only and read in one call; a problem is an
     * {@link InputException}: no such file ({@link InputException#missing()}), a directory, permission
     * denied, larger than {@link #MAX_BYTES}, or what {@link #read(String, byte[])} finds in it.
     */
    public FactSet read(Path path) throws InputException {
        String name = path.toString();
        if (InputFiles.isSpecial(path)) {
            // a FIFO would block the open, a device never ends (F13, F25)
            throw new InputException(name, InputFiles.NOT_REGULAR);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // never more than one byte past the limit: a huge file is refused without being read
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw InputException.missing(name);
        } catch (AccessDeniedException e) {
            throw new InputException(name, "cannot be read: permission denied");
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new InputException(name, "is a directory; expected a fact file (.yaml, .yml or .json)");
            }
            throw new InputException(name, "cannot be read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            long size;
            try {
                size = Files.size(path);
            } catch (IOException e) {
                size = bytes.length;
            }
            throw new InputException(name, "is " + size + " bytes; a fact file may have at most " + MAX_BYTES);
        }
        return read(name, bytes);
    }

    /** Reads fact-file content; {@code name} is what errors and sources call it. */
    public FactSet read(String name, byte[] bytes) throws InputException {
        String text = text(name, bytes);
        if (text.isBlank()) {
            throw new InputException(name, "is empty; expected a fact file (see docs/fact-file.md)");
        }
        boolean isJson = name.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
        if (!isJson) {
            checkLineLengths(name, text);
        }
        FactFileDoc doc;
        try {
            doc = (isJson ? JSON : YAML).withAttribute(FILE_ATTRIBUTE, name).readValue(text);
        } catch (JsonProcessingException e) {
            throw translate(name, e, isJson, text);
        }
        if (doc == null) {
            throw new InputException(name, "holds no mapping; expected a fact file with sections such as host:, registry:, services:");
        }
        if (doc.schema() != null && !doc.schema().equals(FactFileDoc.SCHEMA)) {
            throw new InputException(name, "declares schema '" + doc.schema() + "'; this version reads '" + FactFileDoc.SCHEMA + "'");
        }
        java.util.Set<Area> partial = partial(name, doc, text);
        List<Fact> facts = new ArrayList<>(facts(name, doc));
        // a section the ticket lists only in part was not collected as a whole: its entries are
        // facts, its silence is not (no Collected, and no registry key read as complete)
        facts.removeIf(f -> f instanceof Collected c && partial.contains(c.area())
                || f instanceof RegistryKey && partial.contains(Area.REGISTRY));
        checkPorts(name, facts);
        return new FactSet(name, facts);
    }

    /**
     * The text of a fact file: UTF-8, or UTF-16 with a byte-order mark (Windows PowerShell 5.1's
     * {@code >} writes it) or without one, decoded as captures are ({@link UnicodeText}). A byte that
     * is not UTF-8 is an error at its line, never a silent U+FFFD (adversarial review F26).
     */
    private static String text(String name, byte[] bytes) throws InputException {
        UnicodeText.Marked marked = UnicodeText.marked(bytes);
        if (marked != null) {
            return marked.text();
        }
        int bad = UnicodeText.firstNonUtf8(bytes, 0, bytes.length);
        if (bad >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new InputException(name, line, column, String.format(Locale.ROOT, "byte 0x%02X (at byte offset %d) is not UTF-8; "
                    + "a fact file is UTF-8 (or UTF-16 with a byte-order mark): save it as UTF-8", bytes[bad] & 0xFF, bad));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The sections named by {@code partial:}, each a known section key, else a file:line error. */
    private static java.util.Set<Area> partial(String file, FactFileDoc doc, String text) throws InputException {
        java.util.Set<Area> out = java.util.EnumSet.noneOf(Area.class);
        if (doc.partial() == null) return out;
        for (String key : doc.partial()) {
            Area area = java.util.Arrays.stream(Area.values()).filter(a -> a.key().equals(key)).findFirst().orElse(null);
            if (area == null || area == Area.HOST) {
                int line = YamlLines.lineOfKey(text, "partial", (int) text.lines().count() + 1);
                throw new InputException(file, Math.max(line, 0), 0, "partial names '" + key + "', which is not a list section; expected "
                        + "section keys such as firewallRules, userRights, registry, updates, groupMembers, acl, cloudFilter");
            }
            out.add(area);
        }
        return out;
    }

    private static void checkLineLengths(String file, String text) throws InputException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_YAML_LINE) {
                    throw new InputException(file, line, 0, "line " + line + " is " + (i - start) + " characters long; a YAML fact file may "
                            + "have lines of at most " + MAX_YAML_LINE + " (1 MiB): write a value that long as JSON");
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** A port is 1 to 65535: "Nothing listens on TCP 70000" is no diagnosis (adversarial review F23). */
    private static void checkPorts(String file, List<Fact> facts) throws InputException {
        int[] index = new int[3];
        for (Fact f : facts) {
            Integer port = null;
            String where = null;
            if (f instanceof ListeningSocket s) {
                port = s.port();
                where = "sockets[" + index[0]++ + "].port";
            } else if (f instanceof PortTest t) {
                port = t.port();
                where = "portTests[" + index[1]++ + "].port";
            } else if (f instanceof ConnectionAttempt c) {
                port = c.port();
                where = "connectionAttempts[" + index[2]++ + "].port";
            }
            if (port != null && (port < 1 || port > 65535)) {
                Source s = f.source();
                int line = s == null || s.line() == null ? 0 : s.line();
                throw new InputException(file, line, 0, "wrong value at " + where + ": " + port + "; expected a port (1-65535)");
            }
        }
    }

    private static List<Fact> facts(String file, FactFileDoc d) {
        List<Fact> out = new ArrayList<>();
        Source whole = new Source(file, null, null);
        one(out, Area.HOST, d.host(), whole);
        if (d.registry() != null) {
            out.add(new Collected(Area.REGISTRY, whole));
            out.addAll(d.registry().keys());
            out.addAll(d.registry().values());
        }
        many(out, Area.SERVICES, d.services(), whole);
        many(out, Area.FIREWALL_RULES, d.firewallRules(), whole);
        many(out, Area.FIREWALL_PROFILES, d.firewallProfiles(), whole);
        many(out, Area.NETWORK_PROFILES, d.networkProfiles(), whole);
        many(out, Area.GROUP_POLICY, d.groupPolicy(), whole);
        many(out, Area.LISTENERS, d.listeners(), whole);
        many(out, Area.SOCKETS, d.sockets(), whole);
        many(out, Area.PROCESSES, d.processes(), whole);
        many(out, Area.SESSIONS, d.sessions(), whole);
        many(out, Area.CERTIFICATES, d.certificates(), whole);
        many(out, Area.ACL, d.acl(), whole);
        one(out, Area.LICENSING, d.licensing(), whole);
        many(out, Area.PORT_TESTS, d.portTests(), whole);
        many(out, Area.CONNECTION_ATTEMPTS, d.connectionAttempts(), whole);
        many(out, Area.NAME_RESOLUTION, d.nameResolution(), whole);
        many(out, Area.CLOUD_FILTER, d.cloudFilter(), whole);
        one(out, Area.CLOUD_PATH, d.cloudPath(), whole);
        one(out, Area.ENTRA, d.entra(), whole);
        one(out, Area.CLIENT, d.client(), whole);
        many(out, Area.NETWORK_PATH, d.networkPath(), whole);
        many(out, Area.SOFTWARE, d.software(), whole);
        many(out, Area.EVENTS, d.events(), whole);
        many(out, Area.UPDATES, d.updates(), whole);
        many(out, Area.USER_RIGHTS, d.userRights(), whole);
        many(out, Area.GROUP_MEMBERS, d.groupMembers(), whole);
        many(out, Area.ACCOUNTS, d.accounts(), whole);
        one(out, Area.DOMAIN, d.domain(), whole);
        many(out, Area.RESOURCES, d.resources(), whole);
        many(out, Area.INTERFACES, d.interfaces(), whole);
        many(out, Area.COMPLAINTS, d.complaints(), whole);
        many(out, Area.CHANGES, d.changes(), whole);
        return out;
    }

    private static void one(List<Fact> out, Area area, Fact fact, Source whole) {
        if (fact != null) {
            out.add(new Collected(area, whole));
            out.add(fact);
        }
    }

    private static void many(List<Fact> out, Area area, Collection<? extends Fact> facts, Source whole) {
        if (facts != null) {
            out.add(new Collected(area, whole));
            for (Fact f : facts) {
                out.add(f); // null entries were refused while reading
            }
        }
    }

    private static InputException translate(String file, JsonProcessingException e, boolean isJson, String text) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : loc.getColumnNr();
        if (e instanceof UnrecognizedPropertyException u && line > 0) {
            // The YAML parser reports the position after the key's value; point at the key itself.
            int keyLine = YamlLines.lineOfKey(text, u.getPropertyName(), line);
            if (keyLine > 0) {
                line = keyLine;
                col = 0;
            }
        }
        String where = e instanceof JsonMappingException m ? path(m) : "";
        String at = where.isEmpty() ? "" : " at " + where;
        String problem;
        com.fasterxml.jackson.core.exc.StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            if (syntax.getLocation() != null) {
                line = syntax.getLocation().getLineNr();
                col = syntax.getLocation().getColumnNr();
            }
            problem = "not valid " + (isJson ? "JSON" : "YAML") + ": " + firstLine(syntax.getOriginalMessage());
        } else if (e instanceof UnrecognizedPropertyException u) {
            String parent = where.replaceFirst("\\.?" + java.util.regex.Pattern.quote(u.getPropertyName()) + "$", "");
            problem = "unknown key '" + u.getPropertyName() + "'" + (parent.isEmpty() ? " at the top level" : " at " + parent)
                    + "; expected one of: " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
.collect(Collectors.joining(", "));
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            problem = "invalid entry" + at + ": " + cause.getMessage();
            // the entry's own check names the refused field: point at its key, not past the entry
            if (cause instanceof InvalidField f && line > 0 && !isJson) {
                int keyLine = YamlLines.lineOfKey(text, f.field(), line);
                if (keyLine > 0) {
                    line = keyLine;
                    col = 0;
                }
            }
        } else if (e instanceof InvalidFormatException f) {
            problem = "wrong value" + at + ": '" + f.getValue() + "'; expected " + expected(f.getTargetType());
        } else if (e instanceof MismatchedInputException m) {
            String original = m.getOriginalMessage();
            if (m.getTargetType() == FactFileDoc.class && where.isEmpty()) {
                problem = "holds no mapping; expected a fact file with sections such as host:, registry:, services:";
            } else if (original.startsWith("Missing required creator property")) {
                String prop = original.replaceAll("(?s).*property '([^']+)'.*", "$1");
                String parent = where.replaceFirst("\\.?" + java.util.regex.Pattern.quote(prop) + "$", "");
                problem = "missing required key '" + prop + "'" + (parent.isEmpty() ? " at the top level" : " at " + parent);
            } else if (m instanceof com.fasterxml.jackson.databind.exc.InvalidNullException n && n.getPropertyName() != null
                    && where.endsWith(n.getPropertyName().getSimpleName())) {
                String prop = n.getPropertyName().getSimpleName();
                String parent = where.replaceFirst("\\.?" + java.util.regex.Pattern.quote(prop) + "$", "");
                problem = "missing required key '" + prop + "' (it is null)" + (parent.isEmpty() ? " at the top level" : " at " + parent);
            } else if (m instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
                problem = "an empty entry" + at + "; expected a mapping (key: value)";
            } else if (m.getTargetType() != null && m.getTargetType() != RegistrySection.class) {
                problem = "wrong type" + at + "; expected " + expected(m.getTargetType());
            } else {
                problem = original + (at.isEmpty() ? "" : " (" + where + ")");
            }
        } else if (e instanceof JsonMappingException m) {
            problem = m.getOriginalMessage() + at;
        } else {
            problem = "not valid " + (isJson ? "JSON" : "YAML") + ": " + firstLine(e.getOriginalMessage());
        }
        return new InputException(file, line, col, problem);
    }

    /** The syntax error behind a mapping error, if that is what it is. */
    private static com.fasterxml.jackson.core.exc.StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamReadException s && !(t instanceof MismatchedInputException)) {
                return s;
            }
            if (t.getCause() == t) break;
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(r.getFieldName());
            }
        }
        return sb.toString();
    }

    private static final Map<Class<?>, String> TYPE_WORDS = Map.of(
            Integer.class, "a whole number", int.class, "a whole number", Long.class, "a whole number",
            Boolean.class, "true or false", boolean.class, "true or false", String.class, "a string",
            List.class, "a list", Map.class, "a mapping (key: value)");

    private static String expected(Class<?> type) {
        if (type == null) return "another type";
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type.isRecord()) return "a mapping (key: value)";
        if (Collection.class.isAssignableFrom(type)) return "a list";
        return TYPE_WORDS.getOrDefault(type, "a " + type.getSimpleName());
    }

}
