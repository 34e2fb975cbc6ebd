package io.rdpdoctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A value added to a finding or a question fills a placeholder; an absent value adds nothing. */
class FindingTest {

    @Test
    void aValueIsAddedAndAnAbsentOneLeftOut() {
        Finding f = Finding.likely("X").withPrior(0.3).with("port", 3390);
        assertThat(f.values()).containsExactlyEntriesOf(java.util.Map.of("port", "3390"));
        assertThat(f.prior()).isEqualTo(0.3);
        assertThat(f.with("user", null).values()).doesNotContainKey("user");
        assertThat(f.with("users", List.of()).values()).doesNotContainKey("users");

        Question q = Question.of("Q").with("port", 3390);
        assertThat(q.values()).containsEntry("port", "3390");
        assertThat(q.with("user", null).values()).doesNotContainKey("user");
    }
}
