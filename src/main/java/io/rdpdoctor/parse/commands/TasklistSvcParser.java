package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.ProcessInfo;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tasklist /svc}: each process, its PID and the services it hosts.
 * <pre>
 * Image Name                     PID Services
 * ========================= ======== ============================================
 * svchost.exe                   1184 TermService
 * svchost.exe                    968 BrokerInfrastructure, DcomLaunch, PlugPlay,
 *                                    Power, SystemEventsBroker
 * </pre>
 * The header is recognised by its '=' underline (the labels are localized: Abbildname / Dienste,
 * Nom de l’image, Nombre de imagen / Servicios); {@code N/A} (and its translations) means no
 * service; wrapped service lists continue on lines indented to the services column.
 */
public final class TasklistSvcParser implements CommandParser {

    private static final Pattern RULE = Pattern.compile("^=+ +=+ +=+\\s*$");
    private static final Pattern ROW = Pattern.compile("^(\\S.*?)\\s+(\\d+)\\s+(\\S.*?)\\s*$");
    /** The header labels and "no service" words that only one language prints ("Services" is English and French). */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Image Name", "N/A"),
            "de", List.of("Abbildname", "Dienste", "Nicht zutreffend"),
            "fr", List.of("Nom de l'image", "Non applicable"),
            "es", List.of("Nombre de imagen", "Servicios", "No disponible"),
            "nl", List.of("Installatiekopienaam", "n.v.t."));
    private static final Set<String> NONE = Set.copyOf(List.of("na", "nichtzutreffend", "nvt", "nd", "nodisponible", "nonapplicable", "sinservicios"));

    @Override
    public String id() {
        return "tasklist-svc";
    }

    @Override
    public List<String> commands() {
        return List.of("tasklist /svc");
    }

    @Override
    public boolean recognises(Capture c) {
        for (int i = 0; i < Math.min(c.lines().size(), 10); i++) {
            if (RULE.matcher(c.lines().get(i)).matches() && i > 0 && tokens(c.lines().get(i - 1)).contains("PID")) return true;
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (RULE.matcher(lines.get(i)).matches()) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) throw fail(c, 0, "the tasklist /svc header underlined with '=' (Image Name  PID  Services)");
        int servicesCol = lines.get(start - 1).lastIndexOf(' ') + 1;
        List<Fact> facts = new ArrayList<>();
        Integer pid = null;
        String image = null;
        List<String> services = new ArrayList<>();
        int at = -1;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            if (Character.isWhitespace(line.charAt(0)) && image != null && line.length() >= servicesCol - 2) {
                addServices(services, line.strip());
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (!m.matches() || integer(m.group(2)) == null) {
                if (i == lines.size() - 1) break; // truncated
                throw fail(c, i, "a tasklist row: image name, PID, services (or N/A)");
            }
            if (image != null) facts.add(new ProcessInfo(pid, image, services, c.source(at)));
            image = m.group(1).strip();
            pid = integer(m.group(2));
            services = new ArrayList<>();
            at = i;
            addServices(services, m.group(3));
        }
        if (image != null) facts.add(new ProcessInfo(pid, image, services, c.source(at)));
        return new Parsed(facts, Set.of(Area.PROCESSES), LABELS.language(c));
    }

    private static void addServices(List<String> services, String text) {
        if (NONE.contains(skeleton(text))) return;
        for (String s : text.split(",")) {
            if (!s.isBlank()) services.add(s.strip());
        }
    }
}
