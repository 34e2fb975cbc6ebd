package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.CloudProvider;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.UpdateRecord;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code systeminfo}: host name, OS name and build, domain membership, virtual platform, and the
 * installed hotfixes.
 * <pre>
 * Host Name:                 SRV01
 * OS Name:                   Microsoft Windows Server 2022 Datacenter
 * OS Version:                10.0.20348 N/A Build 20348
 * OS Configuration:          Member Server
 * Domain:                    corp.example.com
 * Hotfix(s):                 3 Hotfix(s) Installed.
 *                            [01]: KB5005039
 * </pre>
 * Labels in English, German (Hostname, Betriebssystemname, Betriebssystemversion,
 * Betriebssystemkonfiguration, Domäne, Hotfix(es)), French (Nom de l’hôte, Nom du système
 * d’exploitation, Version du système, Configuration du système d’exploitation, Domaine,
 * Correctif(s)), Spanish and Dutch, matched by their letters only (accents lost in transit,
 * mojibake and NBSP do not matter). The build is the third part of the OS version; the host is
 * domain-joined when its configuration says member/Mitglied/membre/miembro/lid or domain
 * controller; {@code virtual} is set only when the system model names a hypervisor; the cloud
 * only for "Amazon EC2" and "Google Compute Engine".
 */
public final class SysteminfoParser implements CommandParser {

    private static final Pattern FIELD = Pattern.compile("^(\\S[^:]{0,60}?)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern KB = Pattern.compile("^\\s*\\[\\d+\\]\\s*:\\s*(KB\\d+)\\s*$", Pattern.CASE_INSENSITIVE);
    /** Field labels only one language prints (matched as words, accents or not). */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Host Name", "OS Name", "OS Version", "OS Configuration", "System Manufacturer", "System Model", "Hotfix(s)"),
            "de", List.of("Betriebssystemname", "Betriebssystemversion", "Betriebssystemkonfiguration", "Systemhersteller", "Systemmodell", "Domäne"),
            "fr", List.of("Nom de l'hôte", "Nom du système d'exploitation", "Version du système", "Configuration du système d'exploitation",
                    "Fabricant du système", "Modèle du système", "Domaine", "Correctif(s)"),
            "es", List.of("Nombre de host", "Nombre del sistema operativo", "Versión del sistema operativo",
                    "Configuración del sistema operativo", "Fabricante del sistema", "Modelo del sistema", "Dominio"),
            "nl", List.of("Hostnaam", "Naam besturingssysteem", "Versie besturingssysteem", "Configuratie besturingssysteem",
                    "Systeemfabrikant", "Systeemmodel", "Domein"));
    private static final Set<String> HOST = Set.copyOf(List.of("hostname", "nomdelhte", "nomdelhote", "nombredehost", "hostnaam"));
    private static final Set<String> OS = Set.copyOf(List.of("osname", "betriebssystemname", "nomdusystmedexploitation", "nomdusystemedexploitation",
            "nombredelsistemaoperativo", "naambesturingssysteem", "nomdusystmedexploitation"));
    private static final Set<String> VERSION = Set.copyOf(List.of("osversion", "betriebssystemversion", "versiondusystme", "versiondusysteme",
            "versindelsistemaoperativo", "versiondelsistemaoperativo", "versiebesturingssysteem"));
    private static final Set<String> CONFIG = Set.copyOf(List.of("osconfiguration", "betriebssystemkonfiguration", "configurationdusystmedexploitation",
            "configurationdusystemedexploitation", "configuracindelsistemaoperativo", "configuraciondelsistemaoperativo",
            "configuratiebesturingssysteem"));
    private static final Set<String> DOMAIN = Set.copyOf(List.of("domain", "domne", "domane", "domaene", "domaine", "dominio", "domein"));
    private static final Set<String> HOTFIX = Set.copyOf(List.of("hotfixs", "hotfixes", "correctifs", "revisins", "revisiones", "hotfix"));
    private static final Set<String> MODEL = Set.copyOf(List.of("systemmodel", "systemmodell", "modledusystme", "modeledusysteme", "modelodelsistema",
            "systeemmodel"));
    private static final Set<String> MANUFACTURER = Set.copyOf(List.of("systemmanufacturer", "systemhersteller", "fabricantdusystme",
            "fabricantdusysteme", "fabricantedelsistema", "systeemfabrikant"));

    @Override
    public String id() {
        return "systeminfo";
    }

    @Override
    public List<String> commands() {
        return List.of("systeminfo");
    }

    @Override
    public boolean recognises(Capture c) {
        int known = 0;
        for (String l : c.lines().subList(0, Math.min(c.lines().size(), 40))) {
            Matcher m = FIELD.matcher(l);
            if (m.matches()) {
                String k = skeleton(m.group(1));
                if (HOST.contains(k) || OS.contains(k) || VERSION.contains(k) || CONFIG.contains(k)) known++;
            }
        }
        return known >= 2;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        String host = null;
        String os = null;
        Integer build = null;
        Boolean joined = null;
        String domain = null;
        String model = null;
        String maker = null;
        int hostAt = -1;
        boolean hotfixes = false;
        boolean inHotfix = false;
        List<Fact> updates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace('\u00A0', ' ');
            if (line.isBlank()) continue;
            if (Character.isWhitespace(line.charAt(0))) {
                Matcher kb = KB.matcher(line);
                if (inHotfix && kb.matches()) updates.add(new UpdateRecord(kb.group(1).toUpperCase(Locale.ROOT), null, null, c.source(i)));
                continue;
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) continue; // a wrapped value
            String k = skeleton(m.group(1));
            String v = m.group(2);
            inHotfix = false;
            if (HOST.contains(k)) {
                host = v;
                hostAt = i;
            } else if (OS.contains(k)) {
                os = v.replaceFirst("^Microsoft\\s+", "").replace('\u00A0', ' ').strip();
            } else if (VERSION.contains(k)) {
                Matcher b = Pattern.compile("^\\d+\\.\\d+\\.(\\d+)").matcher(v);
                if (b.find()) build = integer(b.group(1));
            } else if (CONFIG.contains(k)) {
                String f = fold(v);
                if (f.matches(".*(member|mitglied|membre|miembro|lid|controller|controleur|controlador|domaincontroller|domanencontroller).*")
                        && !f.matches(".*(standalone|eigenstandig|autonome|independiente|zelfstandig).*")) {
                    joined = true;
                } else if (f.matches(".*(standalone|eigenstandig|autonome|independiente|zelfstandig).*")) {
                    joined = false;
                }
            } else if (DOMAIN.contains(k)) {
                domain = v;
            } else if (HOTFIX.contains(k)) {
                hotfixes = true;
                inHotfix = true;
                Matcher kb = KB.matcher(" " + v);
                if (kb.matches()) updates.add(new UpdateRecord(kb.group(1).toUpperCase(Locale.ROOT), null, null, c.source(i)));
            } else if (MODEL.contains(k)) {
                model = v;
            } else if (MANUFACTURER.contains(k)) {
                maker = v;
            }
        }
        if (host == null || host.isEmpty()) throw fail(c, 0, "a 'Host Name:' line (Hostname / Nom de l’hôte / Nombre de host / Hostnaam)");
        if (Boolean.FALSE.equals(joined) && domain != null && domain.equalsIgnoreCase("WORKGROUP")) domain = null;
        Boolean virtual = null;
        CloudProvider cloud = null;
        String platform = ((maker == null ? "" : maker) + " " + (model == null ? "" : model)).toLowerCase(Locale.ROOT);
        if (platform.matches(".*(virtual machine|vmware|virtualbox|kvm|hvm domu|qemu|google compute engine|amazon ec2|xen).*")) virtual = true;
        if (platform.contains("amazon ec2")) cloud = CloudProvider.AWS;
        if (platform.contains("google")) cloud = CloudProvider.GCE;
        List<Fact> facts = new ArrayList<>();
        facts.add(new HostInfo(host, os, build, null, joined, Boolean.FALSE.equals(joined) ? null : domain, null, virtual, cloud,
                null, null, null, null, null, null, c.source(hostAt)));
        facts.addAll(updates);
        Set<Area> areas = EnumSet.of(Area.HOST);
        if (hotfixes) areas.add(Area.UPDATES);
        return new Parsed(facts, areas, LABELS.language(c));
    }
}
