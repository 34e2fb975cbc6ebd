package io.rdpdoctor.facts;

import java.util.List;
import java.util.Locale;

/** Port lists as firewalls write them: "3389", "3389-3390", "Any", "*", "3389,3390". */
final class PortRanges {

    // compiled once: rules test ranges host after host
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("\\*|any|all|\\d{1,5}(\\s*-\\s*\\d{1,5})?");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    private PortRanges() {
    }

    /** A port ("3389"), a range ("1024-65535"), a list of them ("80,443") or any ("*", "Any", "All"). */
    static boolean isRange(String entry) {
        if (entry == null || entry.isBlank()) return false;
        for (String part : entry.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (!RANGE.matcher(p).matches()) return false;
            for (String n : p.split("-")) {
                n = n.trim();
                if (DIGITS.matcher(n).matches() && Integer.parseInt(n) > 65535) return false;
            }
        }
        return true;
    }

    static boolean covers(List<String> ports, int port) {
        if (ports == null || ports.isEmpty()) {
            return true; // no port filter: the rule applies to every port
        }
        for (String entry : ports) {
            for (String part : entry.split(",")) {
                String p = part.trim().toLowerCase(Locale.ROOT);
                if (p.equals("any") || p.equals("*") || p.equals("all")) {
                    return true;
                }
                int dash = p.indexOf('-');
                try {
                    if (dash > 0) {
                        int lo = Integer.parseInt(p.substring(0, dash).trim());
                        int hi = Integer.parseInt(p.substring(dash + 1).trim());
                        if (port >= lo && port <= hi) return true;
                    } else if (!p.isEmpty() && Character.isDigit(p.charAt(0)) && Integer.parseInt(p) == port) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    // keywords such as RPC or IPHTTPS name no numeric port
                }
            }
        }
        return false;
    }
}
