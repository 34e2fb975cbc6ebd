package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event log entry. A ticket may give it by provider and ID, or only by its text: a text the
 * rules know ({@link KnownEvents}) fills in the log, provider and ID it leaves out.
 */
public record EventRecord(
        String log,
        String provider,
        Integer id,
        String level,
        String time,
        String message,
        Source source) implements Sourced<EventRecord> {

    public EventRecord {
        if ((provider == null || id == null) && message != null) {
            KnownEvents.Known k = KnownEvents.identify(message);
            if (k != null && (provider == null || EventProviders.canonical(provider).equals(k.provider()))
                    && (id == null || id == k.id())) {
                provider = k.provider();
                id = k.id();
                log = log == null ? k.log() : log;
            }
        }
        if (id == null && message == null) {
            throw new IllegalArgumentException("an event needs its id (with provider and log) or its message text");
        }
        provider = EventProviders.canonical(provider); // rules compare providers with ==
    }

    public boolean mentions(String text) {
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The Service Control Manager's record of a service that failed to start, hung on starting, or
     * ended (7000, 7001 a dependency failed, 7009, 7011 a time-out, 7022 hung on starting, 7023, 7024,
     * 7031, 7034 terminated unexpectedly): which service, its message says.
     */
    public boolean serviceFailure() {
        return EventProviders.SCM.equals(provider) && id != null && SERVICE_FAILURE_IDS.contains(id);
    }

    /**
     * A display driver that stopped responding, crashed or was reset (Windows' timeout detection and
     * recovery): "Display" 4101 ("Display driver ... stopped responding and has successfully
     * recovered"), or any event of the GPU vendors' kernel drivers (NVIDIA nvlddmkm 13, 14, 153; AMD
     * amdkmdag, amdwddmg; Intel igfx), which log only their faults to the System log.
     */
    public boolean displayDriverReset() {
        if (provider == null) return false;
        if (provider.equalsIgnoreCase("Display")) return id != null && id == 4101;
        return GPU_KERNEL_DRIVER.matcher(provider).matches();
    }

    private static final java.util.regex.Pattern GPU_KERNEL_DRIVER = java.util.regex.Pattern.compile(
            "nvlddmkm|amdkmdag|amdwddmg|amdkmpfd|igfx\\w*", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<Integer> SERVICE_FAILURE_IDS = java.util.Set.of(7000, 7001, 7009, 7011, 7022, 7023, 7024, 7031, 7034);

    @Override
    public EventRecord withSource(Source s) {
        return new EventRecord(log, provider, id, level, time, message, s);
    }

    @Override
    public String describe() {
        String m = message == null ? "" : message.length() > 120 ? message.substring(0, 117) + "..." : message;
        return (log == null ? "" : log + " ") + "event" + (id == null ? "" : " " + id) + (provider == null ? "" : " from " + provider)
                + (time == null ? "" : " at " + time) + (m.isEmpty() ? "" : ": " + m);
    }
}
