package io.rdpdoctor.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.rdpdoctor.facts.*;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes facts as a fact file (docs/fact-file.md) that {@code FactFileReader} reads back to the same
 * facts: one section per collected area ({@code []} / {@code {}} when collected and empty), enums
 * by their canonical names, registry values typed, and each entry's {@code source} kept (or only
 * its line, or none).
 */
public final class FactYaml {

    /** How much of each fact's source to write. */
    public enum Sources { FULL, LINE, NONE }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    /** The section key and fact type of each list or single-object area. */
    private static final Map<Area, Class<? extends Fact>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put(Area.HOST, HostInfo.class);
        TYPES.put(Area.SERVICES, ServiceState.class);
        TYPES.put(Area.FIREWALL_RULES, FirewallRule.class);
        TYPES.put(Area.FIREWALL_PROFILES, FirewallProfile.class);
        TYPES.put(Area.NETWORK_PROFILES, NetworkProfile.class);
        TYPES.put(Area.GROUP_POLICY, GpoSetting.class);
        TYPES.put(Area.LISTENERS, Listener.class);
        TYPES.put(Area.SOCKETS, ListeningSocket.class);
        TYPES.put(Area.PROCESSES, ProcessInfo.class);
        TYPES.put(Area.SESSIONS, Session.class);
        TYPES.put(Area.CERTIFICATES, Certificate.class);
        TYPES.put(Area.ACL, AclEntry.class);
        TYPES.put(Area.LICENSING, Licensing.class);
        TYPES.put(Area.PORT_TESTS, PortTest.class);
        TYPES.put(Area.CONNECTION_ATTEMPTS, ConnectionAttempt.class);
        TYPES.put(Area.NAME_RESOLUTION, NameResolution.class);
        TYPES.put(Area.CLOUD_FILTER, CloudFilterRule.class);
        TYPES.put(Area.CLOUD_PATH, CloudPath.class);
        TYPES.put(Area.ENTRA, EntraState.class);
        TYPES.put(Area.CLIENT, ClientInfo.class);
        TYPES.put(Area.NETWORK_PATH, PathHop.class);
        TYPES.put(Area.SOFTWARE, Software.class);
        TYPES.put(Area.EVENTS, EventRecord.class);
        TYPES.put(Area.UPDATES, UpdateRecord.class);
        TYPES.put(Area.USER_RIGHTS, UserRight.class);
        TYPES.put(Area.GROUP_MEMBERS, GroupMember.class);
        TYPES.put(Area.ACCOUNTS, Account.class);
        TYPES.put(Area.DOMAIN, DomainStatus.class);
        TYPES.put(Area.RESOURCES, ResourceUsage.class);
        TYPES.put(Area.INTERFACES, NetworkInterface.class);
        TYPES.put(Area.COMPLAINTS, Complaint.class);
    }

    private static final Set<Area> SINGLE = Set.of(Area.HOST, Area.LICENSING, Area.CLIENT, Area.DOMAIN, Area.CLOUD_PATH, Area.ENTRA);

    private FactYaml() {
    }

    /** The area a fact belongs to (its section), or null for Collected and unknown types. */
    public static Area areaOf(Fact f) {
        if (f instanceof RegistryKey || f instanceof RegistryValue) return Area.REGISTRY;
        for (Map.Entry<Area, Class<? extends Fact>> e : TYPES.entrySet()) {
            if (e.getValue().isInstance(f)) return e.getKey();
        }
        return null;
    }

    public static String write(List<Fact> facts, Sources sources, String notes) {
        try {
            return MAPPER.writeValueAsString(tree(facts, sources, notes));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write facts as YAML", e);
        }
    }

    public static ObjectNode tree(List<Fact> facts, Sources sources, String notes) {
        List<Fact> merged = FactMerger.merge(facts);
        Set<Area> areas = new LinkedHashSet<>();
        Set<Area> collected = java.util.EnumSet.noneOf(Area.class);
        for (Fact f : merged) {
            if (f instanceof Collected c) {
                areas.add(c.area());
                collected.add(c.area());
            } else if (areaOf(f) != null) {
                areas.add(areaOf(f));
            }
        }
        ObjectNode root = NODES.objectNode();
        root.put("schema", "rdp-doctor/facts/v1");
        if (notes != null) {
            root.put("notes", notes);
        }
        // a list read in part (a named query: sc query TermService) is written as such, so that the
        // reader does not take its absences for "not installed"
        ArrayNode partial = NODES.arrayNode();
        for (Area area : Area.values()) {
            if (areas.contains(area) && !collected.contains(area) && !SINGLE.contains(area)) partial.add(area.key());
        }
        if (!partial.isEmpty()) {
            root.set("partial", partial);
        }
        for (Area area : Area.values()) {
            if (!areas.contains(area)) continue;
            if (area == Area.REGISTRY) {
                root.set(area.key(), registry(merged));
                continue;
            }
            Class<? extends Fact> type = TYPES.get(area);
            List<Fact> of = merged.stream().filter(type::isInstance).toList();
            if (SINGLE.contains(area)) {
                if (!of.isEmpty()) {
                    root.set(area.key(), entry(of.get(0), sources));
                } else if (area != Area.HOST) { // a host needs a name; without one it cannot be written
                    root.set(area.key(), NODES.objectNode());
                }
            } else {
                ArrayNode list = root.putArray(area.key());
                for (Fact f : of) list.add(entry(f, sources));
            }
        }
        return root;
    }

    private static ObjectNode registry(List<Fact> facts) {
        Map<String, ObjectNode> keys = new LinkedHashMap<>();
        Map<String, Boolean> exists = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f instanceof RegistryKey k) exists.putIfAbsent(k.path(), k.exists());
            if (f instanceof RegistryValue v) exists.putIfAbsent(v.key(), true);
        }
        ObjectNode reg = NODES.objectNode();
        for (Map.Entry<String, Boolean> e : exists.entrySet()) {
            if (e.getValue()) {
                ObjectNode values = NODES.objectNode();
                keys.put(e.getKey(), values);
                reg.set(e.getKey(), values);
            } else {
                reg.putNull(e.getKey());
            }
        }
        for (Fact f : facts) {
            if (f instanceof RegistryValue v && keys.containsKey(v.key())) {
                keys.get(v.key()).set(v.name(), value(v));
            }
        }
        return reg;
    }

    private static JsonNode value(RegistryValue v) {
        String data = v.data() == null ? "" : v.data();
        switch (v.type()) {
            case REG_DWORD: {
                Long n = v.number();
                if (n != null && n >= 0 && n <= 0xFFFFFFFFL) return NODES.numberNode(n);
                break;
            }
            case REG_SZ:
                return NODES.textNode(data);
            case REG_MULTI_SZ: {
                ArrayNode a = NODES.arrayNode();
                if (!data.isEmpty()) for (String line : data.split("\n", -1)) a.add(line);
                return a;
            }
            default:
                break;
        }
        ObjectNode typed = NODES.objectNode();
        typed.put("type", v.type().name());
        typed.put("data", data);
        return typed;
    }

    private static ObjectNode entry(Fact f, Sources sources) {
        ObjectNode o = NODES.objectNode();
        for (RecordComponent c : f.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(f);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v == null) continue;
            if (c.getName().equals("source")) {
                Source s = (Source) v;
                ObjectNode src = NODES.objectNode();
                if (sources == Sources.FULL && s.file() != null) src.put("file", s.file());
                if (sources != Sources.NONE && s.line() != null) src.put("line", s.line());
                if (sources == Sources.FULL && s.command() != null) src.put("command", s.command());
                if (!src.isEmpty()) o.set("source", src);
                continue;
            }
            JsonNode node = node(v);
            if (node != null) o.set(c.getName(), node);
        }
        return o;
    }

    private static JsonNode node(Object v) {
        if (v instanceof String s) return NODES.textNode(s);
        if (v instanceof Integer i) return NODES.numberNode(i);
        if (v instanceof Long l) return NODES.numberNode(l);
        if (v instanceof Boolean b) return NODES.booleanNode(b);
        if (v instanceof Enum<?> e) return NODES.textNode(e.name());
        if (v instanceof List<?> list) {
            if (list.isEmpty()) return null; // an empty list reads back as the same empty list
            ArrayNode a = NODES.arrayNode();
            for (Object x : list) a.add(node(x));
            return a;
        }
        if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) return null;
            ObjectNode o = NODES.objectNode();
            new ArrayList<>(map.entrySet()).forEach(e -> o.set(String.valueOf(e.getKey()), node(e.getValue())));
            return o;
        }
        return NODES.textNode(String.valueOf(v));
    }
}
