package io.rdpdoctor.knowledge;

import java.util.List;

/**
 * The catalogue's client messages, as one fact in every session: rules/client-errors/client-messages.drl
 * matches a client's error against each of them ({@code MessageDef() from $known.all}). One fact
 * rather than one per message: a session took the ~80 messages in, and reset them, for every host,
 * also for the many hosts without a client error (a sixth of a batch's inference, bench/RESULTS.md).
 *
 * @param all every message, in catalogue order
 */
public record ClientMessages(List<MessageDef> all) implements java.io.Serializable {

    public ClientMessages {
        all = List.copyOf(all);
    }
}
