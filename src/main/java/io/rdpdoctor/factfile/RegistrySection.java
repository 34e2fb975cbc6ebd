package io.rdpdoctor.factfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.RegistryPaths;
import io.rdpdoctor.facts.RegistryType;
import io.rdpdoctor.facts.RegistryValue;
import io.rdpdoctor.facts.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code registry:} section of a fact file: key path → value name → value. A key mapped to
 * {@code {}} was read and is empty; a key mapped to {@code null} does not exist. A value is a
 * number (REG_DWORD), a string (REG_SZ), a list (REG_MULTI_SZ) or {@code {type: ..., data: ...}}.
 */
@JsonDeserialize(using = RegistrySection.Reader.class)
record RegistrySection(List<RegistryKey> keys, List<RegistryValue> values) {

    static final class Reader extends JsonDeserializer<RegistrySection> {

        @Override
        public RegistrySection deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String file = String.valueOf(ctxt.getAttribute(FactFileReader.FILE_ATTRIBUTE));
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw mismatch(p, "expected a mapping of registry key paths to their values");
            }
            List<RegistryKey> keys = new ArrayList<>();
            List<RegistryValue> values = new ArrayList<>();
            // a key or value given twice once spellings are made canonical (HKLM\ and HKEY_LOCAL_MACHINE\,
            // fDenyTSConnections and fdenytsconnections) is an error, as a key given twice is (F22)
            java.util.Map<String, Integer> seenKeys = new java.util.HashMap<>();
            java.util.Map<String, Integer> seenValues = new java.util.HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String path = RegistryPaths.canonicalKey(p.currentName());
                Source keySource = at(file, p.currentTokenLocation());
                Integer firstKey = seenKeys.putIfAbsent(path.toLowerCase(Locale.ROOT), keySource.line());
                if (firstKey != null) {
                    throw mismatch(p, "registry key '" + path + "' is given twice (line " + firstKey + " and line "
                            + keySource.line() + ", spelled differently); give each key once");
                }
                JsonToken t = p.nextToken();
                if (t == JsonToken.VALUE_NULL) {
                    keys.add(new RegistryKey(path, false, keySource));
                    continue;
                }
                if (t != JsonToken.START_OBJECT) {
                    throw mismatch(p, "expected the values of key '" + path + "' as a mapping (name: value), or null when the key does not exist");
                }
                keys.add(new RegistryKey(path, true, keySource));
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = RegistryPaths.canonicalName(p.currentName());
                    Source valueSource = at(file, p.currentTokenLocation());
                    Integer firstValue = seenValues.putIfAbsent(path.toLowerCase(Locale.ROOT) + "\\" + name.toLowerCase(Locale.ROOT), valueSource.line());
                    if (firstValue != null) {
                        throw mismatch(p, "registry value '" + name + "' of key '" + path + "' is given twice (line " + firstValue
                                + " and line " + valueSource.line() + "; value names are not case-sensitive); give each value once");
                    }
                    p.nextToken();
                    values.add(readValue(p, ctxt, path, name, valueSource));
                }
            }
            return new RegistrySection(keys, values);
        }

        private static RegistryValue readValue(JsonParser p, DeserializationContext ctxt, String key, String name, Source source) throws IOException {
            return switch (p.currentToken()) {
                case VALUE_NUMBER_INT -> {
                    // a plain number is a REG_DWORD: 32 bits, written unsigned or (as PowerShell prints
                    // it) signed; a 64-bit value says so (adversarial review F23)
                    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || !fitsDword(p.getLongValue())) {
                        throw mismatch(p, "registry value '" + name + "' = " + p.getText() + " does not fit a REG_DWORD (32 bits); "
                                + "write {type: REG_QWORD, data: " + p.getText() + "} for a 64-bit value");
                    }
                    RegistryValue v = new RegistryValue(key, name, RegistryType.REG_DWORD, p.getText(), source);
                    checkPort(p, v);
                    yield v;
                }
                case VALUE_STRING -> new RegistryValue(key, name, RegistryType.REG_SZ, p.getText(), source);
                case START_ARRAY -> {
                    List<String> lines = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (!p.currentToken().isScalarValue()) {
                            throw mismatch(p, "expected the lines of REG_MULTI_SZ value '" + name + "' as strings");
                        }
                        lines.add(p.getText());
                    }
                    yield new RegistryValue(key, name, RegistryType.REG_MULTI_SZ, String.join("\n", lines), source);
                }
                case START_OBJECT -> typed(p, ctxt, key, name, source);
                default -> throw mismatch(p, "expected value '" + name + "' as a number (REG_DWORD), a string (REG_SZ), "
                        + "a list (REG_MULTI_SZ) or {type: REG_..., data: ...}");
            };
        }

        private static RegistryValue typed(JsonParser p, DeserializationContext ctxt, String key, String name, Source source) throws IOException {
            JsonNode node = ctxt.readTree(p);
            for (var it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!Set.of("type", "data").contains(f)) {
                    throw mismatch(p, "unknown key '" + f + "' in registry value '" + name + "'; expected: type, data");
                }
            }
            JsonNode type = node.get("type");
            JsonNode data = node.get("data");
            if (data != null && data.isNull()) {
                // the value exists, its data is not known (a ticket names it without its data)
                RegistryType known = null;
                if (type != null) {
                    try {
                        known = RegistryType.valueOf(type.asText().trim().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw mismatch(p, "unknown registry type '" + type.asText() + "'; expected one of " + List.of(RegistryType.values()));
                    }
                }
                return new RegistryValue(key, name, known, null, source);
            }
            if (type == null || data == null) {
                throw mismatch(p, "registry value '" + name + "' needs both 'type' and 'data' (data: null when the value exists but its data is not known)");
            }
            RegistryType t;
            try {
                t = RegistryType.valueOf(type.asText().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw mismatch(p, "unknown registry type '" + type.asText() + "'; expected one of " + List.of(RegistryType.values()));
            }
            String text;
            if (data.isArray()) {
                List<String> lines = new ArrayList<>();
                data.forEach(n -> lines.add(n.asText()));
                text = String.join("\n", lines);
            } else {
                text = data.asText();
            }
            if (t == RegistryType.REG_DWORD || t == RegistryType.REG_QWORD) {
                RegistryValue v = new RegistryValue(key, name, t, text, source);
                if (v.number() == null) {
                    throw mismatch(p, "registry value '" + name + "' is " + t + " but its data '" + text + "' is not a number");
                }
                if (t == RegistryType.REG_DWORD && !fitsDword(v.number())) {
                    throw mismatch(p, "registry value '" + name + "' is REG_DWORD but " + text + " does not fit 32 bits");
                }
                text = String.valueOf(v.number());
            }
            RegistryValue v = new RegistryValue(key, name, t, text, source);
            checkPort(p, v);
            return v;
        }

        private static boolean fitsDword(long n) {
            return n >= Integer.MIN_VALUE && n <= 0xFFFFFFFFL;
        }

        /** PortNumber (the RDP listener's port) is a TCP port: 1 to 65535. */
        private static void checkPort(JsonParser p, RegistryValue v) throws MismatchedInputException {
            if (v.name().equals("PortNumber") && v.number() != null && (v.number() < 1 || v.number() > 65535)) {
                throw mismatch(p, "registry value 'PortNumber' = " + v.data() + " is not a TCP port (1-65535)");
            }
        }

        private static Source at(String file, JsonLocation location) {
            return Source.of(file, location.getLineNr());
        }

        private static MismatchedInputException mismatch(JsonParser p, String message) {
            return MismatchedInputException.from(p, RegistrySection.class, message);
        }
    }
}
