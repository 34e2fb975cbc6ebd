package io.rdpdoctor.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A provider filter's sources that admit the whole internet, and those that admit clients from outside. */
class AddressRangesTest {

    @Test
    void theWholeInternetIsNoSourceOrAnAnyRangeInAnyOfItsSpellings() {
        assertThat(AddressRanges.admitTheInternet(List.of())).as("no source named").isTrue();
        assertThat(AddressRanges.admitTheInternet(null)).isTrue();
        assertThat(AddressRanges.admitTheInternet(List.of("10.0.0.0/8", " 0.0.0.0/0 "))).isTrue();
        assertThat(AddressRanges.admitTheInternet(List.of("::/0"))).isTrue();
        assertThat(AddressRanges.admitTheInternet(List.of("Any"))).isTrue();
        assertThat(AddressRanges.admitTheInternet(List.of("Internet"))).isTrue();
        assertThat(AddressRanges.admitTheInternet(List.of("*"))).isTrue();
        assertThat(AddressRanges.admitTheInternet(List.of("203.0.113.7/32", "10.0.0.0/8"))).isFalse();
        // one address outside is "outside", not the whole internet
        assertThat(AddressRanges.admitsOutside(List.of("203.0.113.7/32"))).isTrue();
        assertThat(AddressRanges.admitsOutside(List.of("10.0.0.0/8", "VirtualNetwork"))).isFalse();
    }
}
