package io.rdpdoctor.parse.fuzz;

import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.Parsers;
import java.util.List;

/**
 * The parsers in families, one fuzz test per family ({@link ParserFuzzTest}): about 34 parsers
 * fuzzed one family at a time fit the time a fuzz run can have. Every parser of
 * {@link Parsers#all()} is in exactly one family ({@code FuzzCorpusTest} fails the build otherwise),
 * so a new parser needs a line here. The first byte of a fuzz input picks the parser of its family.
 * The method name of each family's fuzz test is {@link #method()}.
 */
enum Family {
    TABLES("tables", "netstat-ano", "tasklist-svc", "qwinsta", "query-user"),
    SERVICES("services", "sc-query", "sc-qc", "get-service"),
    REGISTRY_POLICY("registryPolicy", "reg-query", "gpresult-r", "gpresult-x", "gpresult-h", "secedit-export",
            "win32-terminalservicesetting", "win32-tsgeneralsetting", "get-itemproperty"),
    FIREWALL("firewall", "netsh-firewall-show-rule", "netsh-advfirewall-show-allprofiles", "get-netfirewallrule",
            "get-netfirewallportfilter", "get-netfirewallprofile", "get-netconnectionprofile"),
    CERTS_ACL_EVENTS("certsAclEvents", "icacls", "certutil-store", "get-childitem-cert", "wevtutil-qe", "get-winevent", "event-viewer-text"),
    CLIENT_SYSTEM("clientSystem", "test-netconnection", "psping", "nslookup", "resolve-dnsname", "ipconfig-all",
            "systeminfo", "get-hotfix", "net-localgroup", "client-error");

    private final String method;
    private final List<String> ids;
    private volatile List<CommandParser> parsers;

    Family(String method, String... ids) {
        this.method = method;
        this.ids = List.of(ids);
    }

    /** The name of this family's {@code @FuzzTest} method (and of its corpus folder). */
    String method() {
        return method;
    }

    List<String> ids() {
        return ids;
    }

    /** The parsers, in the order of {@link #ids()}: selector byte {@code k} picks {@code parsers().get(k % size)}. */
    List<CommandParser> parsers() {
        List<CommandParser> p = parsers;
        if (p == null) {
            p = ids.stream().map(id -> Parsers.byId(id)
                    .orElseThrow(() -> new IllegalStateException("no parser " + id))).toList();
            parsers = p;
        }
        return p;
    }

    /** The selector byte that picks a parser in its family, or -1. */
    int selector(String id) {
        return ids.indexOf(id);
    }

    static Family of(String id) {
        for (Family f : values()) {
            if (f.ids.contains(id)) {
                return f;
            }
        }
        return null;
    }
}
