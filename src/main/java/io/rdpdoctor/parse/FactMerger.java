package io.rdpdoctor.parse;

import io.rdpdoctor.facts.*;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins the facts of several captures of one host into one consistent set: one {@code Collected}
 * per area; one {@link HostInfo} (and one {@link Licensing}, {@link ClientInfo}, {@link DomainStatus})
 * merged field by field, the first known value winning and address lists joined; one
 * {@link ServiceState} per service name (sc query gives the status, sc qc the start type and
 * account); one {@link Session} per session id (qwinsta gives name and state, query user the idle
 * and logon time); one registry value per key and name; and no fact twice (ignoring its source).
 */
public final class FactMerger {

    private FactMerger() {
    }

    public static List<Fact> merge(List<Fact> facts) {
        Map<Object, Fact> byKey = new LinkedHashMap<>();
        for (Fact f : facts) {
            Object key = key(f);
            Fact old = byKey.get(key);
            if (old == null) {
                byKey.put(key, f);
            } else if (mergeable(f)) {
                byKey.put(key, fieldwise(old, f));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static boolean mergeable(Fact f) {
        return f instanceof HostInfo || f instanceof Licensing || f instanceof ClientInfo || f instanceof DomainStatus
                || f instanceof ServiceState || f instanceof Session;
    }

    private static Object key(Fact f) {
        if (f instanceof Collected c) return List.of("collected", c.area());
        if (f instanceof HostInfo || f instanceof Licensing || f instanceof ClientInfo || f instanceof DomainStatus) {
            return f.getClass();
        }
        if (f instanceof ServiceState s) return List.of("service", s.name().toLowerCase(Locale.ROOT));
        if (f instanceof Session s && s.id() != null) return List.of("session", s.id());
        if (f instanceof RegistryKey k) return List.of("key", k.path().toLowerCase(Locale.ROOT));
        if (f instanceof RegistryValue v) {
            return List.of("value", v.key().toLowerCase(Locale.ROOT), v.name().toLowerCase(Locale.ROOT));
        }
        if (f instanceof Sourced<?> s) return s.withSource(null);
        return f;
    }

    /** a with each unknown field taken from b; lists joined; the source of a kept (else b's). */
    @SuppressWarnings("unchecked")
    static <T extends Fact> T fieldwise(T a, T b) {
        Class<?> type = a.getClass();
        if (!type.isRecord() || type != b.getClass()) {
            return a;
        }
        try {
            RecordComponent[] comps = type.getRecordComponents();
            Object[] args = new Object[comps.length];
            Class<?>[] types = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                types[i] = comps[i].getType();
                Object va = comps[i].getAccessor().invoke(a);
                Object vb = comps[i].getAccessor().invoke(b);
                if (va instanceof List<?> la && vb instanceof List<?> lb) {
                    Set<Object> joined = new LinkedHashSet<>(la);
                    joined.addAll(lb);
                    args[i] = new ArrayList<>(joined);
                } else if (va instanceof Map<?, ?> ma && vb instanceof Map<?, ?> mb) {
                    Map<Object, Object> joined = new LinkedHashMap<>(mb);
                    joined.putAll(ma);
                    args[i] = joined;
                } else {
                    args[i] = va != null ? va : vb;
                }
            }
            Constructor<?> c = type.getDeclaredConstructor(types);
            return (T) c.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return a;
        }
    }
}
