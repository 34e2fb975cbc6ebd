package io.rdpdoctor.facts;

import java.util.List;

/**
 * RD licensing state (Win32_TerminalServiceSetting, Win32_TSLicenseServer).
 *
 * @param mode            "PerUser", "PerDevice" or "NotConfigured"
 * @param gracePeriodDays days left in the grace period
 * @param licenseServers  the license servers configured; empty: none configured; null: not known
 *                        (a ticket that does not list them says nothing about them)
 */
public record Licensing(String mode, Integer gracePeriodDays, List<String> licenseServers, Source source)
        implements Sourced<Licensing> {

    public Licensing {
        licenseServers = licenseServers == null ? null : List.copyOf(licenseServers);
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
        return new Licensing(mode, gracePeriodDays, licenseServers, s);
    }

    @Override
    public String describe() {
        return "licensing mode " + (mode == null ? "unknown" : mode)
                + (gracePeriodDays == null ? "" : ", grace period days left " + gracePeriodDays)
                + (licenseServers == null ? "" : licenseServers.isEmpty() ? ", no license server" : ", license servers " + String.join(",", licenseServers));
    }
}
