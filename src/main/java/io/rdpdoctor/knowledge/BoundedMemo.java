package io.rdpdoctor.knowledge;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of a pure function of strings, bounded: when it holds {@code max} entries it
 * starts again from empty, so a fleet of unique texts costs at most {@code max} entries. Keys longer
 * than {@link #MAX_KEY_CHARS} are not kept (a long ticket text is seldom seen twice).
 * A batch meets the same client errors again and again (the clients' own messages), so matching an
 * error against the catalogue once per distinct text instead of once per host saves most of it.
 */
final class BoundedMemo<V> {

    static final int MAX_KEY_CHARS = 2_000;

    /** Two strings, either null. */
    record Key(String a, String b) {
    }

    private final ConcurrentHashMap<Key, V> map = new ConcurrentHashMap<>();
    private final int max;

    BoundedMemo(int max) {
        this.max = max;
    }

    V get(String a, String b, Function<Key, V> compute) {
        if (a != null && a.length() > MAX_KEY_CHARS || b != null && b.length() > MAX_KEY_CHARS) {
            return compute.apply(new Key(a, b));
        }
        Key k = new Key(a, b);
        V v = map.get(k);
        if (v != null) return v;
        v = compute.apply(k);
        if (map.size() >= max) map.clear();
        map.put(k, v);
        return v;
    }
}
