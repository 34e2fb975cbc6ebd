package io.rdpdoctor.facts;

import java.util.List;

/**
 * RD licensing state (Win32_TerminalServiceSetting, Win32_TSLicenseServer).
 *
 * @param mode            "PerUser", "PerDevice" or "NotConfigured"
 * @param gracePeriodDays days left in the grace period
 */
public record Licensing(String mode, Integer gracePeriodDays, List<String> licenseServers, Source source)
        implements Sourced<Licensing> {

    public Licensing {
        licenseServers = licenseServers == null ? List.of() : List.copyOf(licenseServers);
    }

    @Override
    public Licensing withSource(Source s) {
        return new Licensing(mode, gracePeriodDays, licenseServers, s);
    }

    @Override
    public String describe() {
        return "licensing mode " + (mode == null ? "unknown" : mode)
                + (gracePeriodDays == null ? "" : ", grace period days left " + gracePeriodDays)
                + (licenseServers.isEmpty() ? ", no license server" : ", license servers " + String.join(",", licenseServers));
    }
}
