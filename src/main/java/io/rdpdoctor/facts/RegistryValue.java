package io.rdpdoctor.facts;

/**
 * One registry value. {@code key} is the canonical path (see {@link RegistryPaths}) and
 * {@code name} the canonical spelling of the value name, so rules can compare with ==.
 *
 * @param data the value as text: decimal for REG_DWORD/REG_QWORD, the string for REG_SZ,
 *             lines joined by newlines for REG_MULTI_SZ, hex for REG_BINARY; null when the value
 *             is known to exist but its data is not (then {@code type} may be null too)
 */
public record RegistryValue(String key, String name, RegistryType type, String data, Source source)
        implements Sourced<RegistryValue> {

    /** The value exists but its data is not known. */
    public boolean dataUnknown() {
        return data == null;
    }

    /** The numeric value of a DWORD/QWORD (or a numeric string), else null. */
    public Long number() {
        if (data == null) {
            return null;
        }
        try {
            String d = data.trim();
            return d.startsWith("0x") || d.startsWith("0X") ? Long.parseLong(d.substring(2), 16) : Long.parseLong(d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public RegistryValue withSource(Source s) {
        return new RegistryValue(key, name, type, data, s);
    }

    @Override
    public String describe() {
        if (data == null) {
            return key + "\\" + name + " is set (its data not known)";
        }
        Long n = number();
        String shown = (type == RegistryType.REG_DWORD || type == RegistryType.REG_QWORD) && n != null
                ? n + " (0x" + Long.toHexString(n) + ")" : data;
        return key + "\\" + name + " = " + shown;
    }
}
