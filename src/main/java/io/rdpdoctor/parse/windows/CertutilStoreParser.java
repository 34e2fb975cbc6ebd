package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Certificate;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code certutil -store "Remote Desktop"}: the store's name, then per certificate a
 * {@code ================ Certificate N ================} banner and "Label: value" lines. English and
 * German labels (Serial Number/Seriennummer, Issuer/Aussteller, Subject/Antragsteller,
 * Cert Hash(sha1)/Zertifikathash(sha1)); " NotAfter:" is not translated; dates are in the user's
 * locale and are turned into ISO-8601 (null when not readable).
 *
 * <pre>
 * Remote Desktop
 * ================ Certificate 0 ================
 * Serial Number: 1f4b0e8d3c6a52b94e0d7c1a8b3f2e61
 * Issuer: CN=SRV01.contoso.local
 *  NotBefore: 3/1/2025 10:00 AM
 *  NotAfter: 9/1/2025 10:00 AM
 * Subject: CN=SRV01.contoso.local
 * Signature matches Public Key
 * Root Certificate: Subject matches Issuer
 * Cert Hash(sha1): 3f2a9c41d07be8115e6a0c2f94d1b7a6e05c3d88
 *   Key Container = TSSecKeySet1
 *   Provider = Microsoft Enhanced Cryptographic Provider v1.0
 * Encryption test passed
 * CertUtil: -store command completed successfully.
 * </pre>
 *
 * hasPrivateKey: true when a key container is shown, false when certutil says it has no key
 * ("No key provider information", "Missing stored keyset"), else unknown. selfSigned: "Root
 * Certificate" or subject equal to issuer.
 */
public final class CertutilStoreParser implements CommandParser {

    /** The labels by language (" NotAfter:" is not translated). */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Serial Number", "Issuer", "Subject", "Cert Hash", "Certificate"),
            "de", List.of("Seriennummer", "Aussteller", "Antragsteller", "Zertifikathash", "Zertifikat"));

    private static final Pattern BANNER = Pattern.compile("^=+ *[^=]*? \\d+ *=+$");
    private static final Pattern STORE_ARG = Pattern.compile("(?i)-store\\s+(?:-\\w+\\s+)*(\"[^\"]+\"|\\S+)");

    @Override
    public String id() {
        return "certutil-store";
    }

    @Override
    public List<String> commands() {
        return List.of("certutil -store \"Remote Desktop\"");
    }

    @Override
    public boolean recognises(Capture capture) {
        for (int i = 0; i < capture.lines().size() && i < 20; i++) {
            if (BANNER.matcher(capture.lines().get(i).trim()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final class Cert {
        int banner;
        String thumb;
        String subject;
        String issuer;
        String notAfter;
        Boolean key;
        Boolean root;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        String store = storeFromCommand(c.command());
        List<Cert> certs = new ArrayList<>();
        Cert cur = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = Win.cut(lines.get(i));
            String t = raw.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (BANNER.matcher(t).matches()) {
                cur = new Cert();
                cur.banner = i;
                certs.add(cur);
                continue;
            }
            String f = Win.fold(t);
            if (cur == null) {
                if (store == null && !f.startsWith("certutil")) {
                    store = t.replaceAll("\\s*\"[^\"]*\"\\s*$", "").trim();
                }
                continue;
            }
            int colon = t.indexOf(':');
            String label = colon > 0 ? Win.fold(t.substring(0, colon)) : f;
            String value = colon > 0 ? t.substring(colon + 1).trim() : "";
            switch (label) {
                case "cert hash(sha1)", "zertifikathash(sha1)", "hachage du cert(sha1)", "hash de cert.(sha1)",
                     "certificaathash(sha1)" -> cur.thumb = value.replace(" ", "").toUpperCase(Locale.ROOT);
                case "subject", "antragsteller", "objet", "sujeto", "onderwerp" -> cur.subject = value;
                case "issuer", "aussteller", "emetteur", "emisor", "verlener" -> cur.issuer = value;
                case "notafter" -> cur.notAfter = Win.isoDate(value);
                default -> {
                    if (f.startsWith("key container =") || f.startsWith("schlusselcontainer =") || f.startsWith("conteneur de cle =")
                            || f.startsWith("contenedor de claves =") || f.startsWith("sleutelcontainer =")) {
                        if (cur.key == null) {
                            cur.key = true;
                        }
                    } else if (f.startsWith("no key provider information") || f.startsWith("missing stored keyset")
                            || f.startsWith("keine schlusselanbieterinformationen")) {
                        cur.key = false;
                    } else if (f.startsWith("root certificate") || f.startsWith("stammzertifikat")) {
                        cur.root = true;
                    } else if (f.startsWith("non-root certificate") || f.startsWith("kein stammzertifikat")) {
                        cur.root = false;
                    }
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (Cert k : certs) {
            if (k.thumb == null || !k.thumb.matches("[0-9A-F]{40}")) {
                throw Win.fail(c, k.banner, "expected the certificate's \"Cert Hash(sha1):\" (40 hexadecimal digits) in this record");
            }
            Boolean self = k.root != null ? k.root
                    : k.subject != null && k.issuer != null ? Boolean.valueOf(k.subject.equalsIgnoreCase(k.issuer)) : null;
            facts.add(new Certificate(store, k.thumb, k.subject, k.issuer, k.notAfter, k.key, self, c.source(k.banner)));
        }
        if (certs.isEmpty() && !completed(lines)) {
            throw Win.fail(c, 0, "expected certutil -store output (\"================ Certificate 0 ================\")");
        }
        return new Parsed(facts, EnumSet.of(Area.CERTIFICATES), LABELS.language(c));
    }

    private static boolean completed(List<String> lines) {
        return lines.stream().anyMatch(l -> Win.fold(l).startsWith("certutil: -store"));
    }

    static String storeFromCommand(String command) {
        if (command == null) {
            return null;
        }
        Matcher m = STORE_ARG.matcher(command);
        return m.find() ? m.group(1).replace("\"", "") : null;
    }
}
