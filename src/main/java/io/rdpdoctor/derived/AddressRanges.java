package io.rdpdoctor.derived;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Address arithmetic for the rules: whether an address lies in a firewall rule's remote
 * addresses (single addresses, CIDR "10.1.0.0/16", masks "10.1.0.0/255.255.0.0", ranges
 * "10.1.0.1-10.1.0.50", "Any"/"*"), which addresses an event message names, and which are private.
 * Windows Firewall keywords that depend on the host's own network (LocalSubnet, Internet, Intranet,
 * DNS, DHCP, WINS, DefaultGateway, ...) cannot be decided from a fact file: they make the answer
 * unknown (null) unless another entry decides it.
 */
public final class AddressRanges {

    private static final Pattern IPV4 = Pattern.compile("(?<![0-9.])((?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})(?![0-9.])");

    private AddressRanges() {
    }

    // compiled once: the rules ask these of every port test and attempt of every host
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern LOCAL_V6 = Pattern.compile("(fc|fd|fe80|::1).*");

    /** A literal IPv4 or IPv6 address (no name, no range). */
    public static boolean isAddress(String s) {
        if (s == null) return false;
        String t = s.trim();
        return IPV4.matcher(t).matches() || (t.contains(":") && IPV6_CHARS.matcher(t).matches());
    }

    /**
     * TRUE when one of the specs covers the address, FALSE when every spec is decidable and none
     * covers it, null when it cannot be told (a keyword such as LocalSubnet, or an unreadable address).
     * An empty list means any address.
     */
    public static Boolean contains(Collection<String> specs, String address) {
        if (specs == null || specs.isEmpty()) return Boolean.TRUE;
        BigInteger ip = toNumber(address);
        if (ip == null) return null;
        boolean undecided = false;
        for (String raw : specs) {
            if (raw == null) continue;
            for (String part : raw.split(",")) {
                Boolean c = covers(part.trim(), ip, address.contains(":"));
                if (Boolean.TRUE.equals(c)) return Boolean.TRUE;
                if (c == null) undecided = true;
            }
        }
        return undecided ? null : Boolean.FALSE;
    }

    /**
     * Whether a host-firewall admission's ground is an allow rule whose remote addresses certainly
     * leave this address out (false for a profile that is off, an unscoped rule, or an address that
     * cannot be decided).
     */
    public static boolean excludes(Object ground, String address) {
        return ground instanceof io.rdpdoctor.facts.FirewallRule r && Boolean.FALSE.equals(contains(r.remoteAddresses(), address));
    }

    /** Whether a host-firewall admission's ground is an allow rule limited to some remote addresses. */
    public static boolean scoped(Object ground) {
        return ground instanceof io.rdpdoctor.facts.FirewallRule r && restricted(r.remoteAddresses());
    }

    /**
     * Whether a firewall rule matches UDP traffic to this local port (protocol UDP or any; ports
     * "3389", "3389-3390", "3389,3390", "Any", "*"; none listed: any port).
     */
    public static boolean coversUdpPort(io.rdpdoctor.facts.FirewallRule r, int port) {
        if (r.protocol() != null && r.protocol() != io.rdpdoctor.facts.Protocol.UDP && r.protocol() != io.rdpdoctor.facts.Protocol.ANY) {
            return false;
        }
        if (r.localPorts().isEmpty()) return true;
        for (String raw : r.localPorts()) {
            for (String part : raw.split(",")) {
                String t = part.trim();
                if (t.equalsIgnoreCase("any") || t.equals("*")) return true;
                try {
                    if (t.contains("-")) {
                        String[] p = t.split("-", 2);
                        if (port >= Integer.parseInt(p[0].trim()) && port <= Integer.parseInt(p[1].trim())) return true;
                    } else if (!t.isEmpty() && Integer.parseInt(t) == port) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    // a keyword such as RPC: not this port
                }
            }
        }
        return false;
    }

    /** Whether none of the specs is "any address": the rule is limited to some remote addresses. */
    public static boolean restricted(Collection<String> specs) {
        if (specs == null || specs.isEmpty()) return false;
        for (String s : specs) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            if (t.equals("any") || t.equals("*")) return false;
        }
        return true;
    }

    private static Boolean covers(String spec, BigInteger ip, boolean v6) {
        String t = spec.toLowerCase(Locale.ROOT);
        if (t.isEmpty()) return Boolean.FALSE;
        if (t.equals("any") || t.equals("*")) return Boolean.TRUE;
        try {
            if (t.contains("/")) {
                String[] p = t.split("/", 2);
                BigInteger net = toNumber(p[0]);
                if (net == null) return null;
                boolean netV6 = p[0].contains(":");
                if (netV6 != v6) return Boolean.FALSE;
                int bits = netV6 ? 128 : 32;
                int prefix;
                if (p[1].contains(".")) {
                    BigInteger mask = toNumber(p[1]);
                    if (mask == null) return null;
                    prefix = mask.bitCount();
                } else {
                    prefix = Integer.parseInt(p[1]);
                }
                if (prefix < 0 || prefix > bits) return null;
                return net.shiftRight(bits - prefix).equals(ip.shiftRight(bits - prefix));
            }
            if (t.contains("-") && !t.startsWith("-")) {
                String[] p = t.split("-", 2);
                BigInteger lo = toNumber(p[0]);
                BigInteger hi = toNumber(p[1]);
                if (lo == null || hi == null) return null;
                if (p[0].contains(":") != v6) return Boolean.FALSE;
                return ip.compareTo(lo) >= 0 && ip.compareTo(hi) <= 0;
            }
            if (isAddress(t)) {
                if (t.contains(":") != v6) return Boolean.FALSE;
                BigInteger a = toNumber(t);
                return a != null && a.equals(ip);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null; // a keyword: LocalSubnet, Internet, Intranet, DNS, DHCP, WINS, DefaultGateway, ...
    }

    private static BigInteger toNumber(String address) {
        if (!isAddress(address)) return null;
        try {
            return new BigInteger(1, InetAddress.getByName(address.trim()).getAddress());
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * An RFC 1918 IPv4 address (or range written from one) by its leading octets: 10., 192.168.,
     * 172.16. to 172.31. Without a regex: the rules ask it of every port test of every host.
     */
    public static boolean isRfc1918(String a) {
        if (a == null) return false;
        String t = a.trim();
        if (t.startsWith("10.") || t.startsWith("192.168.")) return true;
        if (!t.startsWith("172.") || t.length() < 7 || t.charAt(6) != '.'
                || !Character.isDigit(t.charAt(4)) || !Character.isDigit(t.charAt(5))) return false;
        int second = (t.charAt(4) - '0') * 10 + (t.charAt(5) - '0');
        return second >= 16 && second <= 31;
    }

    /**
     * Whether a cloud filter's allow rule lets a client from outside the private network in: it names
     * no source, or a source that is not a private range (RFC 1918, carrier-grade NAT) nor a
     * provider's internal tag (Azure VirtualNetwork / AzureLoadBalancer, an AWS security-group
     * reference). GCE's default-allow-internal (10.128.0.0/9, tcp:0-65535) and Azure's
     * AllowVnetInBound admit every port, but only from inside the VPC / VNet.
     */
    public static boolean admitsOutside(Collection<?> sourceRanges) {
        if (sourceRanges == null || sourceRanges.isEmpty()) return true;
        for (Object o : sourceRanges) {
            String r = String.valueOf(o).trim().toLowerCase(Locale.ROOT);
            boolean internal = isRfc1918(r) || r.startsWith("100.64.") || r.equals("virtualnetwork")
                    || r.equals("azureloadbalancer") || r.startsWith("sg-");
            if (!internal) return true;
        }
        return false;
    }

    /**
     * Whether a provider filter's source ranges admit the whole internet: none named, or 0.0.0.0/0,
     * ::/0, "*", "Any", "Internet" (a security finding; {@link #admitsOutside} is the wider question).
     */
    public static boolean admitTheInternet(Collection<?> sourceRanges) {
        if (sourceRanges == null || sourceRanges.isEmpty()) return true;
        for (Object o : sourceRanges) {
            String r = String.valueOf(o).trim().toLowerCase(Locale.ROOT);
            if (r.equals("0.0.0.0/0") || r.equals("::/0") || r.equals("*") || r.equals("any") || r.equals("internet") || r.equals("0.0.0.0")) return true;
        }
        return false;
    }

    /** RFC 1918, carrier-grade NAT (100.64.0.0/10), loopback, link-local and IPv6 unique-local addresses. */
    public static boolean isPrivate(String address) {
        return Boolean.TRUE.equals(contains(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
                "127.0.0.0/8", "169.254.0.0/16"), address))
                || (address != null && LOCAL_V6.matcher(address.trim().toLowerCase(Locale.ROOT)).matches());
    }

    /** Whether every address in the list is private (and the list is not empty). */
    public static boolean allPrivate(Collection<String> addresses) {
        if (addresses == null || addresses.isEmpty()) return false;
        for (String a : addresses) {
            if (!isPrivate(a)) return false;
        }
        return true;
    }

    /** Whether the two lists share an address. */
    public static boolean overlap(Collection<String> a, Collection<String> b) {
        if (a == null || b == null) return false;
        for (String x : a) {
            for (String y : b) {
                if (x.trim().equalsIgnoreCase(y.trim())) return true;
            }
        }
        return false;
    }

    /** The IPv4 addresses a text names (an event message's "Source Network Address", whatever its language). */
    public static List<String> addressesIn(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = IPV4.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** How many distinct public IPv4 addresses the messages of these events name. */
    public static int distinctPublicSources(Collection<?> events) {
        Set<String> seen = new LinkedHashSet<>();
        for (Object o : events) {
            if (o instanceof io.rdpdoctor.facts.EventRecord e) {
                for (String a : addressesIn(e.message())) {
                    if (!isPrivate(a) && !a.startsWith("0.") && !a.equals("255.255.255.255")) seen.add(a);
                }
            }
        }
        return seen.size();
    }
}
