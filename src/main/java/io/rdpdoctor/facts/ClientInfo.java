package io.rdpdoctor.facts;

import java.util.Map;

/**
 * The client machine and its RDP client.
 *
 * @param rdpClient   "mstsc", "msrdc", "Microsoft Remote Desktop (macOS)", "FreeRDP", "Remmina", ...
 * @param lastUpdate  the newest update installed, a KB or date, when known
 * @param rdpOptions  options of the .rdp file, e.g. enablecredsspsupport:i:0, authentication level:i:2
 * @param allowEncryptionOracle the client's CredSSP policy (Encryption Oracle Remediation: 0 force updated
 *                    servers, 1 mitigated, 2 vulnerable), HKLM\...\CredSSP\Parameters on the client
 */
public record ClientInfo(
        String name,
        String os,
        Integer build,
        String lastUpdate,
        String rdpClient,
        String clientVersion,
        Boolean savedCredentials,
        Map<String, String> rdpOptions,
        Boolean vpn,
        Integer allowEncryptionOracle,
        Source source) implements Sourced<ClientInfo> {

    public ClientInfo {
        rdpOptions = rdpOptions == null ? Map.of() : Map.copyOf(rdpOptions);
    }

    @Override
    public ClientInfo withSource(Source s) {
        return new ClientInfo(name, os, build, lastUpdate, rdpClient, clientVersion, savedCredentials, rdpOptions, vpn, allowEncryptionOracle, s);
    }

    @Override
    public String describe() {
        return "client " + (name == null ? "" : name + " ") + (os == null ? "" : "(" + os + ") ")
                + (rdpClient == null ? "" : "using " + rdpClient + (clientVersion == null ? "" : " " + clientVersion))
                + (Boolean.TRUE.equals(vpn) ? ", on a VPN" : "");
    }
}
