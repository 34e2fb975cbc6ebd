package io.rdpdoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A certificate's store and thumbprint as the rules ask about them. */
class CertificateTest {

    private static Certificate in(String store, String thumbprint) {
        return new Certificate(store, thumbprint, null, null, null, null, null, null);
    }

    @Test
    void theRemoteDesktopStoreByItsNamesOrNoStoreAtAll() {
        assertThat(in("Remote Desktop", "AB").inRemoteDesktopStore()).isTrue();
        assertThat(in("RemoteDesktop", "AB").inRemoteDesktopStore()).isTrue();
        assertThat(in(null, "AB").inRemoteDesktopStore()).as("read without a store").isTrue();
        assertThat(in("My", "AB").inRemoteDesktopStore()).isFalse();
    }

    @Test
    void aThumbprintIsItsHexDigitsWhateverSeparatesThemAndInAnyCase() {
        Certificate c = in(null, "0A1B2C3D4E5F60718293A4B5C6D7E8F901234567");
        assertThat(c.hasThumbprint("0a 1b 2c 3d 4e 5f 60 71 82 93 a4 b5 c6 d7 e8 f9 01 23 45 67")).isTrue();
        assertThat(c.hasThumbprint("0A1B2C3D4E5F60718293A4B5C6D7E8F901234568")).isFalse();
        assertThat(c.hasThumbprint(null)).isFalse();
        assertThat(Certificate.sameThumbprint("--", "")).as("no digit is no thumbprint").isFalse();
    }

    private static Certificate forSubject(String subject) {
        return new Certificate("My", "AB", subject, null, null, null, null, null);
    }

    @Test
    void theCommonNameOfTheSubject() {
        assertThat(forSubject("CN=ts01.contoso.com").commonName()).isEqualTo("ts01.contoso.com");
        assertThat(forSubject("O=Contoso, CN = TS01, C=US").commonName()).isEqualTo("TS01");
        assertThat(forSubject("O=Contoso").commonName()).isNull();
        assertThat(forSubject(null).commonName()).isNull();
    }

    @Test
    void aCertificateForAnotherHostThanTheNameTheClientConnectsTo() {
        Certificate ts02 = forSubject("CN=ts02.contoso.com");
        assertThat(ts02.namesAnotherHostThan("ts01.contoso.com")).isTrue();
        assertThat(ts02.namesAnotherHostThan("TS01")).as("by the first label").isTrue();
        assertThat(ts02.namesAnotherHostThan("ts02")).as("the short name of the same host").isFalse();
        assertThat(ts02.namesAnotherHostThan("TS02.contoso.com:3389")).as("a port and another case").isFalse();
        assertThat(ts02.namesAnotherHostThan("10.0.0.5")).as("an address is never in the name").isFalse();
        assertThat(ts02.namesAnotherHostThan("localhost")).isFalse();
        assertThat(ts02.namesAnotherHostThan(null)).isFalse();
        assertThat(forSubject("CN=*.contoso.com").namesAnotherHostThan("ts01.contoso.com")).as("a wildcard").isFalse();
        assertThat(forSubject(null).namesAnotherHostThan("ts01")).isFalse();
    }
}
