package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The memo of a pure function of two strings: computed once per pair, bounded, long keys not kept. */
class BoundedMemoTest {

    @Test
    void aPairIsComputedOnceAndItsAnswerKept() {
        BoundedMemo<String> memo = new BoundedMemo<>(10);
        AtomicInteger calls = new AtomicInteger();
        assertThat(memo.get("a", null, k -> k.a() + calls.incrementAndGet())).isEqualTo("a1");
        assertThat(memo.get("a", null, k -> k.a() + calls.incrementAndGet())).isEqualTo("a1");
        assertThat(memo.get("a", "0x204", k -> k.a() + calls.incrementAndGet())).as("another code, another pair").isEqualTo("a2");
        assertThat(memo.get(null, null, k -> "none" + calls.incrementAndGet())).isEqualTo("none3");
        assertThat(memo.get(null, null, k -> "none" + calls.incrementAndGet())).isEqualTo("none3");
    }

    @Test
    void fullItStartsAgainFromEmptySoItNeverHoldsMoreThanItsBound() {
        BoundedMemo<Integer> memo = new BoundedMemo<>(3);
        AtomicInteger calls = new AtomicInteger();
        for (String s : new String[] {"a", "b", "c", "d"}) memo.get(s, null, k -> calls.incrementAndGet());
        assertThat(calls).hasValue(4);
        memo.get("a", null, k -> calls.incrementAndGet());
        assertThat(calls).as("a was dropped when the memo was emptied").hasValue(5);
        memo.get("d", null, k -> calls.incrementAndGet());
        assertThat(calls).as("d was kept after it").hasValue(5);
    }

    @Test
    void aKeyLongerThanTheLimitIsComputedEveryTime() {
        BoundedMemo<Integer> memo = new BoundedMemo<>(10);
        AtomicInteger calls = new AtomicInteger();
        String ticket = "x".repeat(BoundedMemo.MAX_KEY_CHARS + 1);
        memo.get(ticket, null, k -> calls.incrementAndGet());
        memo.get(ticket, null, k -> calls.incrementAndGet());
        assertThat(calls).hasValue(2);
    }
}
