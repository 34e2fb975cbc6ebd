package io.rdpdoctor.facts;

import java.util.List;

/**
 * RD licensing state (Win32_TerminalServiceSetting, Win32_TSLicenseServer).
 *
 * @param mode            "PerUser", "PerDevice" or "NotConfigured"
 * @param gracePeriodDays days left in the grace period
 * @param licenseServers  the license servers configured; empty: none configured; null: not known
 *                        (a ticket that does not list them says nothing about them)
 * @param licenseServerVersion the Windows Server version of the license server, as its year (2016, 2019, ...)
 * @param calVersion      the version of the RDS CALs installed on the license server, as its year
 * @param calType         the type of those CALs (Per User or Per Device)
 * @param activated       the license server is activated
 */
public record Licensing(String mode, Integer gracePeriodDays, List<String> licenseServers,
        Integer licenseServerVersion, Integer calVersion, CalType calType, Boolean activated, Source source)
        implements Sourced<Licensing> {

    public Licensing {
        licenseServers = licenseServers == null ? null : List.copyOf(licenseServers);
        checkYear("licenseServerVersion", licenseServerVersion);
        checkYear("calVersion", calVersion);
    }

    /** Windows Server versions are named by year; 2012 R2 is written 2012 (one CAL and license-server generation). */
    private static void checkYear(String field, Integer year) {
        if (year != null && (year < 2003 || year > 2099)) {
            throw new InvalidField(field, field + " is " + year + "; expected a Windows Server version as its year "
                    + "(2008, 2012, 2016, 2019, 2022, 2025)");
        }
    }

    /** The licensing mode read as a CAL type (PerUser, PerDevice; 4 and 2 as WMI and the registry give it), else null. */
    public CalType modeAsCalType() {
        if (mode == null) return null;
        String m = mode.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return switch (m) {
            case "peruser", "4" -> CalType.PER_USER;
            case "perdevice", "2" -> CalType.PER_DEVICE;
            default -> null;
        };
    }

    /** The license servers are known, and there are none. */
    public boolean noLicenseServer() {
        return licenseServers != null && licenseServers.isEmpty();
    }

    /** At least one license server is known. */
    public boolean hasLicenseServer() {
        return licenseServers != null && !licenseServers.isEmpty();
    }

    @Override
    public Licensing withSource(Source s) {
        return new Licensing(mode, gracePeriodDays, licenseServers, licenseServerVersion, calVersion, calType, activated, s);
    }

    @Override
    public String describe() {
        return "licensing mode " + (mode == null ? "unknown" : mode)
                + (gracePeriodDays == null ? "" : ", grace period days left " + gracePeriodDays)
                + (licenseServers == null ? "" : licenseServers.isEmpty() ? ", no license server" : ", license servers " + String.join(",", licenseServers))
                + (licenseServerVersion == null ? "" : ", license server Windows Server " + licenseServerVersion)
                + (calVersion == null ? "" : ", RDS " + calVersion + " CALs")
                + (calType == null ? "" : " " + (calType == CalType.PER_USER ? "Per User" : "Per Device"))
                + (activated == null ? "" : activated ? ", activated" : ", not activated");
    }
}
