package io.rdpdoctor.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * An on-disk cache of compiled rule packages, so that a process whose rules did not change skips the
 * DRL compiler (and the Java compiler behind it).
 *
 * <p>An entry is named by a key ({@link ContentKey}) over everything a compile depends on: every DRL file's absolute
 * path and bytes, in load order, the rdp-doctor build (version and the jar or classes the rules are
 * compiled against), the Drools version and the Java version. A change to any of them gives a new key,
 * so an entry is never stale; it is simply not found and the rules are compiled again. Entries are
 * written atomically (temporary file, then rename) and carry a checksum of their content: an entry
 * that is truncated, corrupt or unreadable is ignored (and overwritten by the next compile), never an
 * error. Only a successful compile is cached; DRL errors are always reported by the compiler. (The
 * path a DRL file is shown under depends on the working directory; it only matters in error messages,
 * so it is not part of the key.)
 *
 * <p>The directory is the system property {@value #PROPERTY} (the launcher sets it under target/);
 * without it nothing is cached.
 */
final class RulePackageCache {

    /** System property naming the cache directory; unset, empty or "off" disables the cache. */
    static final String PROPERTY = "rdpdoctor.cache";
    /** Entries kept in the directory; older ones are removed when a new one is written. */
    static final int MAX_ENTRIES = 8;

    private static final byte[] MAGIC = "rdp-doctor rule packages v2\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".kpkgs";
    private static final String CATALOGUE_SUFFIX = ".catalogue";

    /** Loads served from an entry, and compiles stored as one, in this process (for tests). */
    static final AtomicInteger HITS = new AtomicInteger();
    static final AtomicInteger WRITES = new AtomicInteger();

    private final Path directory;

    RulePackageCache(Path directory) {
        this.directory = directory;
    }

    /** The cache configured for this process, or null when caching is off. */
    static RulePackageCache configured() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank() || dir.equals("off")) {
            return null;
        }
        return new RulePackageCache(Path.of(dir));
    }

    Path directory() {
        return directory;
    }

    /** One DRL file as the compiler sees it: the path it is reported under, and its bytes. */
    record Source(String displayPath, Path path, byte[] bytes) {
    }

    /** The key of a compile of these sources, in this order, by this build. */
    static String key(List<Source> sources) {
        ContentKey k = new ContentKey();
        k.update("rdp-doctor cache key v2");
        k.update(buildFingerprint());
        for (Source s : sources) {
            k.update(s.path().toAbsolutePath().normalize().toString());
            k.update(s.bytes());
        }
        return k.hex();
    }

    /**
     * A key over a sequence of strings and byte arrays, each framed by its length: CRC32 and CRC32C
     * (two different polynomials, 64 bits together) and the total length. It tells apart rule files
     * that were edited, not files crafted to collide (the cache directory is the user's own). Not
     * SHA-256: the first MessageDigest of a process initialises the security providers, about 40 ms
     * on the preloading thread of every cold start, which both CRCs (JDK intrinsics) skip.
     */
    static final class ContentKey {
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private final java.util.zip.CRC32C crcC = new java.util.zip.CRC32C();
        private long length;

        void update(String s) {
            update(s.getBytes(StandardCharsets.UTF_8));
        }

        void update(byte[] b) {
            byte[] frame = {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length};
            crc.update(frame);
            crcC.update(frame);
            crc.update(b);
            crcC.update(b);
            length += frame.length + b.length;
        }

        String hex() {
            return String.format("%08x%08x%x", crc.getValue(), crcC.getValue(), length);
        }
    }

    /**
     * The checksum an entry carries: it guards against a truncated or damaged file (the directory is
     * the user's own), not against tampering. CRC32C, not SHA-256: hashing the 3 MB of packages with
     * SHA-256 in a JVM that has just started took 50-190 ms, on the path of every cold start; CRC32C
     * takes about 1 ms.
     */
    private static long crc32c(byte[] bytes, int offset, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }

    Path entry(String key) {
        return directory.resolve(key + SUFFIX);
    }

    private Path catalogueEntry(String key) {
        return directory.resolve(key + CATALOGUE_SUFFIX);
    }

    /**
     * The verified payload stored under this key (magic, key and checksum match), or null when there
     * is none usable (missing, corrupt, truncated, another build).
     */
    private byte[] payload(Path file, String key) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC) || !key.equals(in.readUTF())) {
                return null;
            }
            long checksum = in.readLong();
            int length = in.readInt();
            int offset = MAGIC.length + 2 + key.getBytes(StandardCharsets.UTF_8).length + 8 + 4;
            if (length < 0 || offset + length != all.length) {
                return null;
            }
            if (checksum != crc32c(all, offset, length)) {
                return null;
            }
            return Arrays.copyOfRange(all, offset, all.length);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The packages cached under this key, or null when there are none usable (missing, corrupt, other build). */
    Collection<KiePackage> read(String key) {
        byte[] payload = payload(entry(key), key);
        if (payload == null) {
            return null;
        }
        try (DroolsObjectInputStream objects = new DroolsObjectInputStream(
                new ByteArrayInputStream(payload), MissCachingClassLoader.INSTANCE)) {
            Object o = objects.readObject();
            if (!(o instanceof List<?> list)) {
                return null;
            }
            List<KiePackage> packages = new ArrayList<>();
            for (Object p : list) {
                if (!(p instanceof KiePackage kp)) {
                    return null;
                }
                packages.add(kp);
            }
            HITS.incrementAndGet();
            return packages;
        } catch (Exception | LinkageError e) {
            if (Boolean.getBoolean("rdpdoctor.cache.debug")) {
                System.err.println("rdp-doctor: rule cache entry " + entry(key) + " not usable: " + e);
                e.printStackTrace();
            }
            return null;
        }
    }

    /** The key of the catalogue read from these files (display path, path and bytes), by this build. */
    static String catalogueKey(List<Source> sources) {
        ContentKey k = new ContentKey();
        k.update("rdp-doctor catalogue key v2");
        k.update(buildFingerprint());
        for (Source s : sources) {
            k.update(s.displayPath());
            k.update(s.path().toAbsolutePath().normalize().toString());
            k.update(s.bytes());
        }
        return k.hex();
    }

    /** The catalogue stored under this key, or null. Reading YAML costs more than this at start. */
    io.rdpdoctor.knowledge.Catalogue readCatalogue(String key) {
        byte[] payload = payload(catalogueEntry(key), key);
        if (payload == null) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            return in.readObject() instanceof io.rdpdoctor.knowledge.Catalogue c ? c : null;
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /** Stores the catalogue under this key (silently giving up on any problem, as for packages). */
    void writeCatalogue(String key, io.rdpdoctor.knowledge.Catalogue catalogue) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(catalogue);
            }
            store(catalogueEntry(key), CATALOGUE_SUFFIX, key, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation only.
        }
    }

    /** Serializes the packages (to be called before they are added to a KieBase), or null if they cannot be. */
    static byte[] serialize(Collection<KiePackage> packages) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeObject(new ArrayList<>(packages));
            }
            return bytes.toByteArray();
        } catch (Exception | LinkageError e) {
            if (Boolean.getBoolean("rdpdoctor.cache.debug")) {
                System.err.println("rdp-doctor: the rule packages cannot be cached: " + e);
                e.printStackTrace();
            }
            return null;
        }
    }

    /** Stores serialized packages under the key: atomically, and silently giving up on any I/O problem. */
    void write(String key, byte[] payload) {
        if (store(entry(key), SUFFIX, key, payload)) {
            WRITES.incrementAndGet();
        }
    }

    /** Writes one framed entry (magic, key, checksum, payload) by temp file and rename; false on any problem. */
    private boolean store(Path target, String suffix, String key, byte[] payload) {
        Path tmp = null;
        try {
            Files.createDirectories(directory);
            ByteArrayOutputStream file = new ByteArrayOutputStream(payload.length + 256);
            DataOutputStream out = new DataOutputStream(file);
            out.write(MAGIC);
            out.writeUTF(key);
            out.writeLong(crc32c(payload, 0, payload.length));
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
            tmp = Files.createTempFile(directory, ".tmp-", suffix);
            Files.write(tmp, file.toByteArray());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune(target, suffix);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // the cache is an optimisation only
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /** Keeps the newest entries (the one just written among them). */
    private void prune(Path keep, String suffix) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(directory, "*" + suffix)) {
            dir.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        entries.remove(keep);
        entries.sort(Comparator.comparing(RulePackageCache::modified).reversed());
        for (Path p : entries.subList(MAX_ENTRIES - 1, entries.size())) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException ignored) {
                // another process may have removed it
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String fingerprint;

    /**
     * What the compiled packages depend on besides the DRL: the rdp-doctor and Drools versions, the
     * Java version, and the rdp-doctor classes the rules are compiled against (the jar's size and time,
     * or the newest class file of a classes directory).
     */
    static synchronized String buildFingerprint() {
        if (fingerprint == null) {
            StringBuilder b = new StringBuilder();
            Properties p = new Properties();
            try (InputStream in = RulePackageCache.class.getResourceAsStream("/rdp-doctor-version.properties")) {
                if (in != null) p.load(in);
            } catch (IOException e) {
                // covered by the code source below
            }
            b.append("rdp-doctor=").append(p.getProperty("version", "?"))
                    .append(";drools=").append(p.getProperty("drools", "?"))
                    .append(";drools-jar=").append(codeSource(DroolsObjectInputStream.class, false))
                    .append(";java=").append(System.getProperty("java.vm.version"))
                    .append(";app=").append(codeSource(RulePackageCache.class, true));
            fingerprint = b.toString();
        }
        return fingerprint;
    }

    private static String buildId;

    /**
     * What a rule model depends on besides the DRL: the rdp-doctor and Drools versions and the build
     * of rdp-doctor's classes. A jar is known by the build's time stamp, which Maven writes into
     * rdp-doctor-version.properties (the same in target/rdp-doctor.jar and the distribution's copy,
     * wherever it is unpacked); classes in a folder (tests, an IDE) by the folder and its newest class.
     */
    static synchronized String buildId() {
        if (buildId == null) {
            Properties p = versionProperties();
            String app = codeSource(RulePackageCache.class, true);
            Path jar = jarOf(RulePackageCache.class);
            if (jar != null && p.getProperty("build") != null && !p.getProperty("build").startsWith("$")) {
                app = "jar@" + p.getProperty("build");
            }
            buildId = "rdp-doctor=" + p.getProperty("version", "?") + ";drools=" + p.getProperty("drools", "?")
                    + ";drools-jar=" + codeSource(DroolsObjectInputStream.class, false) + ";app=" + app;
        }
        return buildId;
    }

    private static Properties versionProperties() {
        Properties p = new Properties();
        try (InputStream in = RulePackageCache.class.getResourceAsStream("/rdp-doctor-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // the code source tells builds apart
        }
        return p;
    }

    private static Path jarOf(Class<?> c) {
        try {
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            Path p = cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
            return p != null && Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static String codeSource(Class<?> c, boolean stamp) {
        try {
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return "?";
            }
            Path p = Path.of(cs.getLocation().toURI());
            if (!stamp) {
                return p.getFileName().toString();
            }
            if (Files.isRegularFile(p)) {
                return p + "@" + Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
            }
            long newest = 0;
            long count = 0;
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                    count++;
                }
            }
            return p + "@" + count + "@" + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "?";
        }
    }
}
