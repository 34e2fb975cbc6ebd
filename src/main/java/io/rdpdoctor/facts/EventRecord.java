package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An event log entry. */
public record EventRecord(
        @JsonProperty(required = true) String log,
        @JsonProperty(required = true) String provider,
        @JsonProperty(required = true) Integer id,
        String level,
        String time,
        String message,
        Source source) implements Sourced<EventRecord> {

    public EventRecord {
        provider = EventProviders.canonical(provider); // rules compare providers with ==
    }

    public boolean mentions(String text) {
        return message != null && message.toLowerCase().contains(text.toLowerCase());
    }

    @Override
    public EventRecord withSource(Source s) {
        return new EventRecord(log, provider, id, level, time, message, s);
    }

    @Override
    public String describe() {
        String m = message == null ? "" : message.length() > 120 ? message.substring(0, 117) + "..." : message;
        return log + " event " + id + " from " + provider + (time == null ? "" : " at " + time) + (m.isEmpty() ? "" : ": " + m);
    }
}
