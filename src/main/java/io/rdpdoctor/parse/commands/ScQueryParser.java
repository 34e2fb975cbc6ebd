package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.ServiceStatus;
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
 * {@code sc query <service>}, {@code sc queryex <service>} (and {@code sc query} of all services):
 * status, last start error and (queryex) PID of each service.
 * <pre>
 * SERVICE_NAME: TermService
 *         TYPE               : 20  WIN32_SHARE_PROCESS
 *         STATE              : 1  STOPPED
 *         WIN32_EXIT_CODE    : 1067  (0x42b)
 *         SERVICE_EXIT_CODE  : 0  (0x0)
 *         CHECKPOINT         : 0x0
 *         WAIT_HINT          : 0x0
 *         PID                : 0
 * </pre>
 * The labels are localized on some Windows languages (Spanish NOMBRE_SERVICIO, ESTADO; German
 * DIENSTNAME, STATUS; French NOM_SERVICE, ÉTAT) but their order and the constants (RUNNING,
 * STOPPED) are not, so the parser goes by shape: a line at column 0 {@code LABEL: name} starts a
 * service; the state is the field whose value is {@code N  CONSTANT}; the first two
 * {@code N  (0xH)} fields are WIN32_EXIT_CODE and SERVICE_EXIT_CODE. lastError is WIN32_EXIT_CODE
 * when it is not 0 and not 1077 (never started since boot); when it is 1066 (service-specific)
 * it stays 1066. {@code [SC] ... FAILED 1060} (no such service) yields the ServiceNotInstalled fact of the service its command names; only a listing of every service collects the area ({@code ParseSupport.servicesListed}).
 * Pasted with its indentation lost (a Markdown renderer collapses padding and drops leading
 * spaces): a line at column 0 whose value is empty or starts with a digit ({@code STATE : 4 RUNNING},
 * {@code PID : 1184}, {@code FLAGS :}) is a field of the service above, not a new service.
 */
public final class ScQueryParser implements CommandParser {

    /**
     * The field labels of sc query and sc qc that only one language prints (TYPE is English and
     * French, TIPO Spanish and Italian, SERVICE_NAME English and German; the constants RUNNING,
     * AUTO_START are English everywhere).
     */
    static final LabelTable LABELS = LabelTable.of(
            "en", List.of("SERVICE_NAME", "DISPLAY_NAME", "STATE", "WIN32_EXIT_CODE", "SERVICE_EXIT_CODE", "START_TYPE", "ERROR_CONTROL",
                    "BINARY_PATH_NAME", "SERVICE_START_NAME", "QueryServiceConfig SUCCESS", "does not exist as an installed service"),
            "de", List.of("SERVICE_NAME", "TYP", "STATUS", "WIN32_EXITCODE", "SERVICE_EXITCODE", "DIENSTNAME", "ANZEIGENAME"),
            "fr", List.of("NOM_SERVICE", "ÉTAT", "CODE_SORTIE_WIN32", "CODE_SORTIE_SERVICE", "POINT_DE_CONTRÔLE", "INDICATION_ATTENTE",
                    "TYPE_DÉMARRAGE", "CONTRÔLE_ERREUR", "NOM_CHEMIN_BINAIRE", "NOM_AFFICHAGE", "QueryServiceConfig réussite"),
            "es", List.of("NOMBRE_SERVICIO", "ESTADO", "CÓD_SALIDA_WIN32", "CÓD_SALIDA_SERVICIO", "PUNTO_COMPROB", "TIPO_INICIO",
                    "CONTROL_ERROR", "NOMBRE_RUTA_BINARIO", "NOMBRE_MOSTRAR", "NOMBRE_INICIO_SERVICIO", "QueryServiceConfig CORRECTO"),
            "it", List.of("NOME_SERVIZIO", "STATO", "CODICE_USCITA_WIN32", "CODICE_USCITA_SERVIZIO"),
            "ru", List.of("Имя_службы", "Состояние", "Код_выхода_Win32"));

    static final Pattern NAME = Pattern.compile("^(\\S[^:]*?)\\s*:\\s*(\\S.*?)\\s*$");
    static final Pattern FIELD = Pattern.compile("^\\s+(\\S[^:]*?)\\s*:\\s?(.*?)\\s*$");
    private static final Pattern STATE = Pattern.compile(
            "^(\\d)\\s+(STOPPED|START_PENDING|STOP_PENDING|RUNNING|CONTINUE_PENDING|PAUSE_PENDING|PAUSED)\\b.*");
    private static final Pattern CODE = Pattern.compile("^(\\d+)\\s+\\(0x[0-9a-fA-F]+\\)$");
    /** "[SC] OpenService FAILED 1060:", "[SC] OpenService FAILED 5:" (access denied: one digit). */
    static final Pattern FAILED = Pattern.compile("^\\[SC\\] .*\\b(\\d{1,5}):?\\s*$");
    /**
     * The display name's label (en, es, fr, de): indented in sc queryex's fields, at column 0 under
     * SERVICE_NAME in {@code sc query} of all services, where it is not a new service.
     */
    private static final Set<String> DISPLAY_NAME = Set.of("displayname", "nombremostrar", "nomaffichage", "anzeigename");
    /** The service a command line asks sc about: "sc query TermService", "sc.exe qc \"UmRdpService\"". */
    private static final Pattern QUERIED = Pattern.compile(
            "(?i)(?:^|[\\s\\\\>])sc(?:\\.exe)?\\s+(?:query|queryex|qc)\\s+\"?([A-Za-z0-9_.$-]+)\"?");
    /** A field whose indentation was lost: its value is empty or numeric, never a service name. */
    private static final Pattern UNINDENTED_FIELD = Pattern.compile("^(\\S[^:]*?)\\s*:\\s*(\\d.*)?$");

    @Override
    public String id() {
        return "sc-query";
    }

    @Override
    public List<String> commands() {
        return List.of("sc query <service>", "sc queryex <service>", "sc.exe query <service>");
    }

    @Override
    public boolean recognises(Capture c) {
        boolean name = false;
        for (int i = 0; i < Math.min(c.lines().size(), 20); i++) {
            String l = c.lines().get(i);
            if (!name) {
                name = NAME.matcher(l).matches() && !l.startsWith("[");
                continue;
            }
            Matcher f = FIELD.matcher(l.isEmpty() || Character.isWhitespace(l.charAt(0)) ? l : " " + l); // indented or, pasted, not
            if (f.matches() && STATE.matcher(f.group(2)).matches()) return true;
        }
        return c.lines().stream().limit(5).anyMatch(l -> l.matches("^\\[SC\\] EnumQueryServicesStatus:OpenService FAILED \\d+:?\\s*"));
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<Fact> facts = new ArrayList<>();
        List<String> lines = c.lines();
        Block b = null;
        boolean failed = false;
        String failedCode = null;
        int failedLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            Matcher f;
            if (line.startsWith("[SC]")) {
                Matcher fm = FAILED.matcher(line);
                if (fm.matches()) {
                    failed = true;
                    failedCode = fm.group(1);
                    failedLine = i;
                }
                continue;
            }
            boolean unindented = !Character.isWhitespace(line.charAt(0)) && b != null
                    && (UNINDENTED_FIELD.matcher(line).matches() || line.startsWith("("));
            if (unindented) line = " " + line;
            if (!Character.isWhitespace(line.charAt(0))) {
                Matcher n = NAME.matcher(line);
                if (n.matches() && b != null && DISPLAY_NAME.contains(skeleton(n.group(1)))) {
                    b.displayName = n.group(2);
                    continue;
                }
                if (n.matches()) {
                    if (b != null) facts.add(b.fact(c));
                    b = new Block(n.group(2), i);
                    continue;
                }
                if (failed) continue; // the message under "[SC] ... FAILED nnnn:"
                throw fail(c, i, "SERVICE_NAME: NAME or an indented 'LABEL : value' line");
            }
            if (b == null) throw fail(c, i, "SERVICE_NAME: NAME before the service's fields");
            if ((f = FIELD.matcher(line)).matches()) {
                String label = skeleton(f.group(1));
                String value = f.group(2);
                Matcher s = STATE.matcher(value);
                Matcher code = CODE.matcher(value);
                if (s.matches()) {
                    b.status = status(s.group(1));
                } else if (code.matches()) {
                    if (b.codes < 2) {
                        Integer v = integer(code.group(1));
                        if (b.codes == 0) b.win32 = v;
                        else b.service = v;
                        b.codes++;
                    }
                } else if (label.equals("pid") || label.equals("id")) {
                    b.pid = integer(value);
                } else if (DISPLAY_NAME.contains(label)) {
                    b.displayName = value.isEmpty() ? null : value;
                }
                continue;
            }
            if (line.strip().startsWith("(")) continue; // (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)
            throw fail(c, i, "an indented 'LABEL : value' line of sc query");
        }
        if (b != null) facts.add(b.fact(c));
        if (facts.isEmpty() && !failed) throw fail(c, 0, "sc query output (SERVICE_NAME: and STATE)");
        for (Fact f : facts) {
            if (((ServiceState) f).status() == null) {
                throw fail(c, f.source().line() - c.firstLine(), "a STATE line (N  RUNNING/STOPPED/...) for service " + ((ServiceState) f).name());
            }
        }
        if (facts.isEmpty()) notInstalled(c, failedCode, failedLine).ifPresent(facts::add);
        return new Parsed(facts, servicesListed(c, facts.stream().filter(f -> f instanceof ServiceState).count(), ScQueryParser::namesAService),
                LABELS.language(c));
    }

    /** Whether a command line asks sc about one service by name ("sc query TermService"; not "sc query state= all"). */
    static boolean namesAService(String command) {
        Matcher m = QUERIED.matcher(command);
        return m.find() && !command.substring(m.end()).startsWith("=");
    }

    /**
     * Error 1060 for a service the command line names (a transcript's prompt, a capture's name): that
     * service is not installed. Without the command the name is unknown and nothing is concluded.
     */
    static java.util.Optional<Fact> notInstalled(Capture c, String failedCode, int failedLine) {
        if (!"1060".equals(failedCode) || c.command() == null) return java.util.Optional.empty();
        Matcher m = QUERIED.matcher(c.command());
        return m.find() ? java.util.Optional.of(new io.rdpdoctor.facts.ServiceNotInstalled(m.group(1), c.source(failedLine)))
                : java.util.Optional.empty();
    }

    static ServiceStatus status(String code) {
        return switch (code) {
            case "1" -> ServiceStatus.STOPPED;
            case "2" -> ServiceStatus.START_PENDING;
            case "3" -> ServiceStatus.STOP_PENDING;
            case "4" -> ServiceStatus.RUNNING;
            case "5" -> ServiceStatus.CONTINUE_PENDING;
            case "6" -> ServiceStatus.PAUSE_PENDING;
            case "7" -> ServiceStatus.PAUSED;
            default -> null;
        };
    }

    private static final class Block {
        final String name;
        final int line;
        ServiceStatus status;
        Integer win32;
        Integer service;
        int codes;
        Integer pid;
        String displayName;

        Block(String name, int line) {
            this.name = name;
            this.line = line;
        }

        ServiceState fact(Capture c) {
            Integer lastError = win32 == null || win32 == 0 || win32 == 1077 ? null : win32;
            Integer p = pid == null || pid == 0 ? null : pid;
            return new ServiceState(name, displayName, status, null, lastError, null, p, c.source(line));
        }
    }
}
