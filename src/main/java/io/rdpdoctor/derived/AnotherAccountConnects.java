package io.rdpdoctor.derived;

import io.rdpdoctor.facts.ConnectionAttempt;
import java.util.List;

/**
 * One account fails where another account connects, the same way to the same host (no target,
 * port or origin that differs; {@link Users#differentAccounts}): what would refuse everyone let the
 * other through, so the failing account's own rights or credentials are in question.
 *
 * @param failed the failing attempt
 * @param worked the other account's attempt that connected
 */
public record AnotherAccountConnects(ConnectionAttempt failed, ConnectionAttempt worked) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(failed, worked);
    }

    @Override
    public String describe() {
        return "another account connects the same way";
    }
}
