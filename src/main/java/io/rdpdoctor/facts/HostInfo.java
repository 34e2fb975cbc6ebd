package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The server: name, operating system and role. Fields left out of a fact file are null
 * (unknown), never guessed.
 *
 * @param edition    e.g. "Windows Server 2022 Datacenter", "Windows 11 Pro", "Windows 10 Home"
 * @param build      OS build number, e.g. 20348 (Server 2022), 26100 (24H2)
 * @param version    display version, e.g. "21H2", "24H2"
 * @param rdsRole    the Remote Desktop Session Host role is installed
 * @param virtual    runs in a virtual machine
 * @param addresses  the host's own IP addresses, as ipconfig shows them
 * @param editionId  EditionID from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion ("ServerStandard", "Core" = Home)
 * @param safeMode   the host runs in safe mode
 * @param revision   the update build revision (UBR; "20348.2700" has revision 2700): with the build, the patch level
 * @param lastUpdate the newest cumulative update installed, a KB or a date (e.g. "KB5044281", "2024-10-08")
 * @param collectedAt when these facts were collected (ISO-8601 date or date-time): the day expiry
 *                    dates are judged against ({@link AsOf})
 * @param customRdpPort RDP listens on a port other than 3389 whose number the ticket does not give
 *                    ("I use a custom RDP port"); PortNumber, when read, gives the number and wins
 * @param displayLanguage the Windows display language, a BCP 47 tag ("de-DE", "ja"): names shown in
 *                    it (firewall rule groups, groups, policies) are localized
 */
public record HostInfo(
        @JsonProperty(required = true) String name,
        String edition,
        Integer build,
        String version,
        Boolean domainJoined,
        String domain,
        Boolean rdsRole,
        Boolean virtual,
        CloudProvider cloud,
        List<String> addresses,
        String editionId,
        Boolean safeMode,
        String collectedAt,
        Integer revision,
        String lastUpdate,
        Boolean customRdpPort,
        String displayLanguage,
        Source source) implements Sourced<HostInfo> {

    /** Without {@code customRdpPort} (unknown). */
    public HostInfo(String name, String edition, Integer build, String version, Boolean domainJoined, String domain,
                    Boolean rdsRole, Boolean virtual, CloudProvider cloud, List<String> addresses, String editionId,
                    Boolean safeMode, String collectedAt, Integer revision, String lastUpdate, Source source) {
        this(name, edition, build, version, domainJoined, domain, rdsRole, virtual, cloud, addresses, editionId, safeMode,
                collectedAt, revision, lastUpdate, null, null, source);
    }

    /** Without {@code displayLanguage} (unknown). */
    public HostInfo(String name, String edition, Integer build, String version, Boolean domainJoined, String domain,
                    Boolean rdsRole, Boolean virtual, CloudProvider cloud, List<String> addresses, String editionId,
                    Boolean safeMode, String collectedAt, Integer revision, String lastUpdate, Boolean customRdpPort, Source source) {
        this(name, edition, build, version, domainJoined, domain, rdsRole, virtual, cloud, addresses, editionId, safeMode,
                collectedAt, revision, lastUpdate, customRdpPort, null, source);
    }

    public HostInfo {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        if (displayLanguage != null) {
            try {
                new java.util.Locale.Builder().setLanguageTag(displayLanguage.strip());
            } catch (java.util.IllformedLocaleException e) {
                throw new InvalidField("displayLanguage", "displayLanguage '" + displayLanguage
                        + "' is not a language tag; expected a BCP 47 tag such as en-US, de-DE, ja");
            }
        }
    }

    /** The display language is known and is not English: names Windows shows are localized. */
    public boolean localized() {
        return displayLanguage != null && !java.util.Locale.forLanguageTag(displayLanguage.strip()).getLanguage().equals("en");
    }

    public boolean isServer() {
        return edition != null && edition.toLowerCase(java.util.Locale.ROOT).contains("server");
    }

    @Override
    public HostInfo withSource(Source s) {
        return new HostInfo(name, edition, build, version, domainJoined, domain, rdsRole, virtual, cloud, addresses, editionId, safeMode, collectedAt, revision, lastUpdate, customRdpPort, displayLanguage, s);
    }

    @Override
    public String describe() {
        // a host known from a ticket's words ("our Azure VM") has no name
        return "host " + (name == null ? "(not named)" : name) + (edition == null ? "" : ", " + edition) + (build == null ? "" : " build " + build)
                + (cloud == null ? "" : ", cloud " + cloud.name().toLowerCase(java.util.Locale.ROOT));
    }
}
