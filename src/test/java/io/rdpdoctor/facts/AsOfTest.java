package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which day a host's facts are judged as of, and what expiry means against it. */
class AsOfTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-06-15T12:00:00Z"), ZoneOffset.UTC);

    private static FactSet hostCollectedAt(String collectedAt) {
        return new FactSet("t", List.of(new HostInfo("SRV1", null, null, null, null, null, null, null, null, null, null, null,
                collectedAt, null, null, null)));
    }

    @Test
    void theDayGivenWinsOverTheCollectionTime() {
        AsOf a = AsOf.of(hostCollectedAt("2025-01-02T03:04:05Z"), LocalDate.of(2024, 2, 29), CLOCK);
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(a.basis()).isEqualTo(AsOf.Basis.OPTION);
    }

    @Test
    void theCollectionTimeWinsOverTheClock() {
        AsOf a = AsOf.of(hostCollectedAt("2025-01-02T03:04:05Z"), null, CLOCK);
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(a.basis()).isEqualTo(AsOf.Basis.COLLECTED);
        assertThat(AsOf.of(hostCollectedAt("1/2/2025 3:04:05 PM"), null, CLOCK).date()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void theClockOnlyWhenNeitherIsKnown() {
        assertThat(AsOf.of(new FactSet("t", List.of()), null, CLOCK).date()).isEqualTo(LocalDate.of(2030, 6, 15));
        AsOf unreadable = AsOf.of(hostCollectedAt("last Tuesday"), null, CLOCK);
        assertThat(unreadable.basis()).isEqualTo(AsOf.Basis.CLOCK);
        assertThat(unreadable.describe()).contains("2030-06-15", "no collection time");
    }

    @Test
    void aCertificateExpiresTheDayAfterItsNotAfter() {
        Certificate c = new Certificate("Remote Desktop", "AA", null, null, "2027-01-01", true, true, null);
        assertThat(c.expiredOn(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(c.expiredOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(c.expiredOn(LocalDate.of(2027, 1, 2))).isTrue();
        assertThat(c.usableOn(LocalDate.of(2027, 1, 2))).isFalse();
    }

    @Test
    void anUnknownExpiryIsNotExpiredAndAMissingKeyIsNotUsable() {
        assertThat(new Certificate(null, "AA", null, null, null, true, null, null).usableOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(new Certificate(null, "AA", null, null, "2099-01-01", false, null, null).usableOn(LocalDate.of(2000, 1, 1))).isFalse();
    }
}
