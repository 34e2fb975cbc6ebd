package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.EventProviders;
import io.rdpdoctor.facts.EventRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events a ticket names by provider and ID: the ID after an event word, the provider named beside it. */
class EventMentionsTest {

    private static List<String> named(String text) {
        return EventMentions.in(text, null).stream().map(e -> e.provider() + " " + e.id() + " " + e.log()).toList();
    }

    @Test
    void anIdAfterAnEventWordWithTheProviderNamedBesideIt() {
        assertThat(named("The System log is full of Schannel event ID 36870 since the cert was renewed"))
                .containsExactly(EventProviders.SCHANNEL + " 36870 System");
        assertThat(named("Event 1058 from TerminalServices-RemoteConnectionManager every hour"))
                .containsExactly(EventProviders.RCM + " 1058 System");
        assertThat(named("Im Systemprotokoll: TermDD, Ereignis-ID 56"))
                .containsExactly(EventProviders.TERMDD + " 56 System");
        assertThat(named("Dans le journal : ID de l'événement 7031, Service Control Manager"))
                .containsExactly(EventProviders.SCM + " 7031 System");
    }

    @Test
    void eachIdTakesTheNearestProvider() {
        assertThat(named("TermDD event 50, and later Schannel event 36888"))
                .containsExactly(EventProviders.TERMDD + " 50 System", EventProviders.SCHANNEL + " 36888 System");
    }

    @Test
    void idsOnlyOneProviderUsesNeedNoProvider() {
        assertThat(named("lots of event 4625 from random IPs")).containsExactly(EventProviders.SECURITY_AUDITING + " 4625 Security");
        assertThat(named("I get event id 36874 on the server")).containsExactly(EventProviders.SCHANNEL + " 36874 System");
    }

    @Test
    void aServiceControlManagerIdQuotedWithTheManagersSentenceIsTheManagers() {
        // Microsoft's Azure article on the Network Store Interface service quotes its events this way
        assertThat(named("Event ID: 7022 ... The Network Store Interface service hung on starting."))
                .containsExactly(EventProviders.SCM + " 7022 System");
        assertThat(named("Ereignis-ID 7024: Der Dienst \"Remotedesktopdienste\" wurde mit folgendem dienstspezifischem Fehler beendet"))
                .containsExactly(EventProviders.SCM + " 7024 System");
        assertThat(named("ID de l'événement 7000 : Le service Services Bureau à distance n'a pas pu démarrer"))
                .containsExactly(EventProviders.SCM + " 7000 System");
        // 7001 without the manager's sentence is also Winlogon's logon notification: no provider
        assertThat(named("event 7001 in the System log at each logon")).isEmpty();
        assertThat(named("event 7022 and the server hangs")).isEmpty();
    }

    @Test
    void aNumberThatIsNoEventsIdOrAnIdWithoutAKnownProviderIsNothing() {
        assertThat(named("port 3389 is open, ping 10.0.0.5 works, error 1058 on the client")).isEmpty();
        assertThat(named("event 1058 in the log")).as("1058: which provider's?").isEmpty();
        assertThat(named("the Schannel settings were hardened in 2019")).isEmpty();
    }

    @Test
    void theParagraphIsTheEventsMessage() {
        List<EventRecord> e = EventMentions.in("Application Error event 1000: faulting module rdpwrap.dll in svchost.exe_TermService", null);
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.provider()).isEqualTo(EventProviders.APPLICATION_ERROR);
            assertThat(x.mentions("rdpwrap")).isTrue();
        });
    }

    @Test
    void anIdRightAfterItsProvidersShortNameCountsWithoutTheWordEvent() {
        assertThat(named("On the RDS gateway I see `Schannel 36874` errors")).containsExactly(EventProviders.SCHANNEL + " 36874 System");
        assertThat(named("TermDD 56 in the System log, and Schannel error 36888")).containsExactly(
                EventProviders.TERMDD + " 56 System", EventProviders.SCHANNEL + " 36888 System");
        // a provider's name then a year or a port is no event
        assertThat(named("Schannel was hardened, the TermDD driver is on port 3389 since 2019")).isEmpty();
    }

    @Test
    void anIdUnderItsOwnLabelWithTheEventsTextAfterItIsTheEventItsProviderUnknownOrNamedBeside() {
        List<EventRecord> quoted = EventMentions.in("The Terminal Server event log will display:\n  Event ID 71:\n"
                + "  The maximum connection count was exceeded for the RDP-TCP protocol.", null);
        assertThat(quoted).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(71);
            assertThat(e.provider()).isNull();
            assertThat(e.mentions("maximum connection count was exceeded")).isTrue();
        });
        assertThat(named("Event Details\nID: 1036\nSource: Microsoft-Windows-TerminalServices-RemoteConnectionManager\n"
                + "Message: Terminal Server session creation failed. The relevant status code was %1."))
                .containsExactly(EventProviders.RCM + " 1036 null");
        // an ID under its label with no text of the event after it, or "ID:" with no "Source:" beside it, is nothing
        assertThat(EventMentions.in("I see event ID 71 again", null)).isEmpty();
        assertThat(EventMentions.in("Ticket\nID: 4711\nOpened by the helpdesk for the user in the branch office", null)).isEmpty();
        assertThat(EventMentions.in("Ticket ID: 4711 Source: the helpdesk portal, opened for the user in the branch office", null))
                .as("a Source: that names no provider the rules know").isEmpty();
        // the same event page with its lines joined, as a ticket's paragraph gives it
        assertThat(named("Event Details ID: 1036 Source: Microsoft-Windows-TerminalServices-RemoteConnectionManager "
                + "Message: Terminal Server session creation failed.")).containsExactly(EventProviders.RCM + " 1036 null");
    }
}
