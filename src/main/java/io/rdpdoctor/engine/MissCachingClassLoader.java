package io.rdpdoctor.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader the rules are compiled and run with: the application's, plus a memory of the names
 * it does not know.
 *
 * <p>Why: to compile a constraint, MVEL asks for every identifier in it ({@code name}, {@code null},
 * ...) as a class in every imported package, in three spellings ({@code io.rdpdoctor.facts.name},
 * {@code io.rdpdoctor.facts$name}, {@code io$rdpdoctor$facts$name}), and Drools' class loaders ask
 * their parent two or three times per name. A cold start asked the application class loader about
 * 4,700 times for a class that does not exist; each miss searches all 35 jars of the class path and
 * builds an exception with a deep stack, about 80 µs before the JIT has run. Here a name is looked up
 * once; later misses are answered from memory with an exception that carries no stack trace.
 *
 * <p>It changes nothing that is found: hits are the parent's classes, and the class path of a running
 * process does not grow, so a name it lacked once it lacks for good. Classes Drools generates live in
 * Drools' own class loaders, below this one.
 */
final class MissCachingClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** The one instance: every rule base of the process shares what it learnt. */
    static final MissCachingClassLoader INSTANCE = new MissCachingClassLoader(MissCachingClassLoader.class.getClassLoader());

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    private MissCachingClassLoader(ClassLoader parent) {
        super("rdp-doctor-rules", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missing.contains(name)) {
            throw new Missing(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missing.add(name);
            throw e;
        }
    }

    /** Names asked for that the class path does not have (for tests). */
    int missCount() {
        return missing.size();
    }

    /** A ClassNotFoundException without a stack trace: callers only catch it and try the next spelling. */
    private static final class Missing extends ClassNotFoundException {
        private static final long serialVersionUID = 1L;

        Missing(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
