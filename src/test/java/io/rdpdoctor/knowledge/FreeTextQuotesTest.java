package io.rdpdoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.Complaint;
import io.rdpdoctor.facts.ConnectionAttempt;
import io.rdpdoctor.facts.EventProviders;
import io.rdpdoctor.facts.EventRecord;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.FreeTextReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a ticket's free text quotes or says: a client message, an event text, a complaint in its phrases; loose words are not. */
class FreeTextQuotesTest {

    private final FreeTextQuotes quotes = FreeTextQuotes.of(TestRules.bundled().catalogue());

    private static Capture text(String... lines) {
        return new Capture("ticket.txt", null, Arrays.asList(lines), 10);
    }

    private static <T> List<T> all(FreeTextReader.Quoted q, Class<T> type) {
        return q.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aQuotedClientMessageIsAFailedAttemptWhoseErrorIsItsParagraph() {
        FreeTextReader.Quoted q = quotes.read(text(
                "Hi all, since yesterday none of our users can RDP to the RDS host.",
                "",
                "They get: The remote computer disconnected the session because of an error in the licensing protocol.",
                "Please try connecting to the remote computer again."));
        assertThat(q).isNotNull();
        ConnectionAttempt a = all(q, ConnectionAttempt.class).get(0);
        assertThat(a.succeeded()).isFalse();
        assertThat(a.errorText()).isEqualTo("They get: The remote computer disconnected the session because of an error in the "
                + "licensing protocol. Please try connecting to the remote computer again.");
        // the paragraph's first line, counted from the capture's first line (10)
        assertThat(a.source().line()).isEqualTo(12);
        assertThat(all(q, Collected.class)).extracting(Collected::area).containsExactly(Area.CONNECTION_ATTEMPTS);
        assertThat(q.what()).contains("MSG-LICENSING-PROTOCOL");
    }

    @Test
    void aQuotedEventTextIsThatEventAndTheEventsAreNotCollected() {
        FreeTextReader.Quoted q = quotes.read(text(
                "In the System log:",
                "The RD Session Host Server has failed to create a new self signed certificate to be used for RD Session Host",
                "Server authentication on SSL connections."));
        assertThat(q).isNotNull();
        List<EventRecord> events = all(q, EventRecord.class);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(1057);
            assertThat(e.provider()).isEqualTo(EventProviders.RCM);
        });
        assertThat(all(q, Collected.class)).isEmpty();
        assertThat(all(q, ConnectionAttempt.class)).isEmpty();
    }

    @Test
    void keywordsAndDistinctiveCodesCountButShortCodesAndAStagesGenericWordsDoNot() {
        assertThat(quotes.read(text("mstsc shows error code 0x204 every time"))).isNotNull();
        assertThat(quotes.read(text("[ERROR][com.freerdp.core] - ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]"))).isNotNull();
        assertThat(quotes.read(text("the value is 0x3 after the change"))).isNull();
        assertThat(quotes.read(text("I think it is CredSSP, not sure"))).as("a keyword names its message").isNotNull();
        assertThat(quotes.read(text("It just says connection timed out"))).isNull();
        assertThat(quotes.read(text("Pinging 10.0.0.5 with 32 bytes of data:", "Reply from 10.0.0.5: bytes=32 time<1ms TTL=128"))).isNull();
    }

    @Test
    void proseThatNamesACauseInItsWordsIsAReportThatItFailsThoughItNeverSaysRemoteDesktop() {
        FreeTextReader.Quoted q = quotes.read(text("Your VM is in an inaccessible state because it started in Safe Mode."));
        assertThat(q).isNotNull();
        assertThat(all(q, Complaint.class)).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Complaint.Kind.CANNOT_CONNECT));
        // words of a stage that name no cause ("timed out") and prose that names none stay unread
        assertThat(quotes.read(text("Your VM is in an inaccessible state since the restart."))).isNull();
    }

    @Test
    void aReportAroundAQuotedMessageIsAComplaintBesideTheAttemptSoItsWordsCanNameTheMessagesCause() {
        FreeTextReader.Quoted q = quotes.read(text(
                "RDP-Connections don't work with mRemoteNG when the admin user is in the AD group protected user",
                "",
                "Message: 'A user account restriction (e.g. a restriction based on the time of day) is preventing you from logging in.'"));
        assertThat(q).isNotNull();
        assertThat(all(q, Complaint.class)).singleElement().satisfies(c -> assertThat(c.text()).contains("protected user"));
        assertThat(all(q, ConnectionAttempt.class)).singleElement().satisfies(a -> assertThat(a.errorText()).contains("account restriction"));
    }

    @Test
    void aComplaintInItsPhrasesIsThatComplaintWithItsParagraphAsItsWords() {
        FreeTextReader.Quoted q = quotes.read(text(
                "Hello,",
                "",
                "since this morning we can't RDP to the file server,",
                "it just times out.",
                "",
                "Also: after the update last night the other server shows a black screen."));
        assertThat(q).isNotNull();
        assertThat(all(q, Complaint.class)).extracting(Complaint::kind, Complaint::text, c -> c.source().line())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Complaint.Kind.CANNOT_CONNECT,
                                "since this morning we can't RDP to the file server, it just times out.", 12),
                        org.assertj.core.groups.Tuple.tuple(Complaint.Kind.BLACK_SCREEN,
                                "Also: after the update last night the other server shows a black screen.", 15),
                        org.assertj.core.groups.Tuple.tuple(Complaint.Kind.AFTER_UPDATE,
                                "Also: after the update last night the other server shows a black screen.", 15));
        // a complaint is no attempt: the attempts were not collected
        assertThat(all(q, ConnectionAttempt.class)).isEmpty();
        assertThat(all(q, Collected.class)).isEmpty();
        assertThat(q.what()).contains("the complaint cannot-connect", "the complaint black-screen", "the complaint after-update");
    }

    @Test
    void aComplaintIsReadOnceAndInAnyOfTheLanguagesTicketsComeIn() {
        assertThat(all(quotes.read(text("RDP geht nicht: keine Verbindung zum Server", "", "wieder keine Verbindung")), Complaint.class))
                .singleElement().extracting(Complaint::kind).isEqualTo(Complaint.Kind.CANNOT_CONNECT);
        assertThat(all(quotes.read(text("Après la mise à jour, écran noir.")), Complaint.class))
                .extracting(Complaint::kind).containsExactlyInAnyOrder(Complaint.Kind.AFTER_UPDATE, Complaint.Kind.BLACK_SCREEN);
        assertThat(all(quotes.read(text("セキュリティ更新プログラムを適用した後、リモートデスクトップ接続が断続的に中断される")), Complaint.class))
                .extracting(Complaint::kind).contains(Complaint.Kind.AFTER_UPDATE);
        assertThat(all(quotes.read(text("リモートデスクトップ接続が断続的に中断される")), Complaint.class))
                .extracting(Complaint::kind).doesNotContain(Complaint.Kind.AFTER_UPDATE);
        assertThat(all(quotes.read(text("I cannot connet to the server")), Complaint.class))
                .as("a misspelling tickets make").extracting(Complaint::kind).containsExactly(Complaint.Kind.CANNOT_CONNECT);
        assertThat(all(quotes.read(text("Sinds vanochtend valt de verbinding meteen weg na het inloggen")), Complaint.class))
                .extracting(Complaint::kind).containsExactly(Complaint.Kind.DISCONNECTS_AFTER_LOGON);
        assertThat(all(quotes.read(text("远程桌面连接时黑屏")), Complaint.class))
                .extracting(Complaint::kind).containsExactly(Complaint.Kind.BLACK_SCREEN);
        assertThat(all(quotes.read(text("Instead of automatically being logged on as expected, the user is prompted for a password.")), Complaint.class))
                .as("the prompt instead of the saved logon").extracting(Complaint::kind).containsExactly(Complaint.Kind.ASKS_FOR_PASSWORD);
    }

    @Test
    void aPhraseCountsOnlyAtWordBoundariesAndNotWithoutTheCatalogue() {
        // "cannot connection" is not "cannot connect"; "blackscreens" is not "black screen"
        assertThat(quotes.read(text("cannot connection string be empty?"))).isNull();
        assertThat(quotes.read(text("the app draws blackscreens"))).isNull();
        assertThat(new FreeTextQuotes(() -> null).read(text("I cannot connect to the server"))).isNull();
    }

    @Test
    void eachParagraphThatQuotesAMessageIsItsOwnAttempt() {
        FreeTextReader.Quoted q = quotes.read(text(
                "An authentication error has occurred.",
                "The function requested is not supported",
                "",
                "Remote computer: SRV01",
                "",
                "Later, from another client: The remote computer requires Network Level Authentication, which your computer does not support."));
        List<ConnectionAttempt> attempts = all(q, ConnectionAttempt.class);
        assertThat(attempts).extracting(a -> a.source().line()).containsExactly(10, 15);
    }

    @Test
    void withoutTheCatalogueNothingIsRead() {
        FreeTextQuotes none = new FreeTextQuotes(() -> null);
        assertThat(none.read(text("error code 0x204"))).isNull();
        List<Fact> facts = quotes.read(text("error code 0x204")).facts();
        assertThat(facts).isNotEmpty();
    }

    @Test
    void proseThatSpeaksOfRemoteDesktopAndSaysNothingElseKnownIsAReportThatItFails() {
        FreeTextReader.Quoted q = quotes.read(text(
                "Subject: server APP07",
                "",
                "Since Monday nobody gets onto the Remote Desktop of APP07, the password prompt comes and then nothing."));
        assertThat(q).isNotNull();
        Complaint c = all(q, Complaint.class).get(0);
        assertThat(c.kind()).isEqualTo(Complaint.Kind.CANNOT_CONNECT);
        // the whole text is its words (a stage word may be anywhere in it); its source is the paragraph that speaks of it
        assertThat(c.text()).startsWith("Subject: server APP07 Since Monday").contains("password prompt");
        assertThat(c.source().line()).isEqualTo(12);
        assertThat(q.what()).contains("a ticket about Remote Desktop");
        assertThat(all(quotes.read(text("远程桌面连上以后过一会儿就自己断了，不知道为什么")), Complaint.class)).hasSize(1);
    }

    @Test
    void aTicketIsReadAsAReportOnlyWhenNothingElseIsKnownInItAndOnlyInProse() {
        // a complaint phrase says more than the topic: one complaint, of its kind, its paragraph its words
        assertThat(all(quotes.read(text("We use RDP a lot.", "", "Black screen after logon.")), Complaint.class))
                .singleElement().extracting(Complaint::kind).isEqualTo(Complaint.Kind.BLACK_SCREEN);
        // speaks of something else
        assertThat(quotes.read(text("the printer on the third floor is broken again since the weekend"))).isNull();
        // names Remote Desktop in no sentence: a listing, titles
        assertThat(quotes.read(text("Remote Desktop - User Mode (TCP-In)   True   Inbound   Allow",
                "Remote Desktop Services UserMode Port Redirector   Running"))).isNull();
        assertThat(new FreeTextQuotes(() -> null).read(text("RDP to the server is broken since the weekend"))).isNull();
    }

    @Test
    void proseIsFourWordsInARowOfWhichThreeStartInLowerCaseOrARunOfChineseOrJapanese() {
        assertThat(FreeTextQuotes.isProse("rdp stopped working after the update")).isTrue();
        assertThat(FreeTextQuotes.isProse("Nach dem Update geht RDP nicht mehr")).isTrue();
        assertThat(FreeTextQuotes.isProse("リモートデスクトップに接続できません")).isTrue();
        assertThat(FreeTextQuotes.isProse("Remote Desktop Services UserMode Port Redirector")).isFalse();
        assertThat(FreeTextQuotes.isProse("TermService  Running  Auto  3389")).isFalse();
        assertThat(FreeTextQuotes.isProse("firewall rules configured correctly")).isTrue();
        assertThat(FreeTextQuotes.isProse("RDP not working")).as("three words").isFalse();
        assertThat(FreeTextQuotes.isProse("STATE : 4 RUNNING (STOPPABLE, NOT_PAUSABLE)")).isFalse();
    }

    @Test
    void theClientATicketNamesIsTheOneTheFailureWasMetWith() {
        // a complaint told with a client named: a failed attempt made with it, at the stage the complaint says
        FreeTextReader.Quoted told = quotes.read(text("Since the upgrade I can't connect with xfreerdp to our 2019 host."));
        assertThat(all(told, ConnectionAttempt.class)).singleElement().satisfies(a -> {
            assertThat(a.app()).isEqualTo("FreeRDP");
            assertThat(a.succeeded()).isFalse();
            assertThat(a.stage()).isNull();
        });
        assertThat(all(quotes.read(text("Remmina shows a black screen after logon")), ConnectionAttempt.class))
                .singleElement().extracting(ConnectionAttempt::stage).isEqualTo(io.rdpdoctor.facts.FailureStage.AFTER_LOGON);
        // an attempt read from a quoted message was made with it
        FreeTextReader.Quoted quoted = quotes.read(text("rdesktop says:", "", "The remote computer requires Network Level Authentication, "
                + "which your computer does not support."));
        assertThat(all(quoted, ConnectionAttempt.class)).singleElement().extracting(ConnectionAttempt::app).isEqualTo("rdesktop");
        assertThat(quoted.what()).contains("the client rdesktop");
        // a client named without a failure in a text that is not prose is not read
        assertThat(quotes.read(text("remmina 1.4.35  installed"))).isNull();
    }

    @Test
    void softwareThatHooksRdpNamedBesideAFailureIsOnTheHost() {
        FreeTextReader.Quoted q = quotes.read(text("After the Windows update RDP Wrapper says not listening and I can't connect anymore."));
        assertThat(all(q, io.rdpdoctor.facts.Software.class)).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("RDP Wrapper");
            assertThat(w.kind()).isEqualTo(io.rdpdoctor.facts.Software.Kind.RDP_HOOK);
        });
        assertThat(all(q, ConnectionAttempt.class)).as("RDP Wrapper is no client").isEmpty();
    }

    @Test
    void aFirewallProductOrAVpnNamedBesideAFailureIsOnTheHostOrOnThePath() {
        FreeTextReader.Quoted q = quotes.read(text("Since ESET was rolled out we can't connect over the VPN anymore."));
        assertThat(all(q, io.rdpdoctor.facts.Software.class)).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("ESET");
            assertThat(s.kind()).isEqualTo(io.rdpdoctor.facts.Software.Kind.FIREWALL);
        });
        assertThat(all(q, io.rdpdoctor.facts.PathHop.class)).singleElement()
                .extracting(io.rdpdoctor.facts.PathHop::kind).isEqualTo(io.rdpdoctor.facts.PathHop.Kind.VPN);
    }

    @Test
    void aMultiFactorProductNamedBesideAFailureIsACredentialProviderOnTheHost() {
        FreeTextReader.Quoted q = quotes.read(text("Since we rolled out Duo MFA for RDP, users cannot log on to the terminal server."));
        assertThat(all(q, io.rdpdoctor.facts.Software.class)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(io.rdpdoctor.facts.Software.Kind.OTHER);
            assertThat(s.credentialProvider()).as("a name the credential-provider rules know").isTrue();
        });
    }

    @Test
    void aChangeToldBeforeTheFailureIsReadWithItsSentenceAndKindAndAnUpdatesKb() {
        FreeTextReader.Quoted q = quotes.read(text("Hi,", "",
                "RDP to our 2019 box stopped working. It happened after installing KB5005033 on Tuesday. We also use Defender."));
        assertThat(all(q, io.rdpdoctor.facts.Change.class)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(io.rdpdoctor.facts.Change.Kind.UPDATE);
            assertThat(c.name()).isEqualTo("KB5005033");
            assertThat(c.on()).as("left out: the host").isNull();
            assertThat(c.detail()).isEqualTo("It happened after installing KB5005033 on Tuesday.");
            assertThat(c.source().line()).isEqualTo(12);
        });
        assertThat(q.what()).contains("a change (update KB5005033)");
        // the kinds in their order: software installed, a baseline, a tool run, a setting, in the ticket's languages
        assertThat(all(quotes.read(text("Seit der Installation von simplewall geht kein RDP mehr.")), io.rdpdoctor.facts.Change.class))
                .extracting(io.rdpdoctor.facts.Change::kind).containsExactly(io.rdpdoctor.facts.Change.Kind.SOFTWARE_INSTALLED);
        assertThat(all(quotes.read(text("We applied the CIS benchmark to the servers and now RDP logons are denied.")), io.rdpdoctor.facts.Change.class))
                .extracting(io.rdpdoctor.facts.Change::kind).containsExactly(io.rdpdoctor.facts.Change.Kind.HARDENING_BASELINE);
        assertThat(all(quotes.read(text("After running the script, remote desktop cannot connect.")), io.rdpdoctor.facts.Change.class))
                .extracting(io.rdpdoctor.facts.Change::kind).containsExactly(io.rdpdoctor.facts.Change.Kind.TOOL_RUN);
        assertThat(all(quotes.read(text("Since we disabled TLS 1.0 our old thin clients cannot RDP in.")), io.rdpdoctor.facts.Change.class))
                .extracting(io.rdpdoctor.facts.Change::kind).containsExactly(io.rdpdoctor.facts.Change.Kind.CONFIGURATION);
    }

    @Test
    void aChangeIsOnTheClientWhenItsSentenceNamesAClientAndNoKb() {
        assertThat(all(quotes.read(text("Since updating Remmina I cannot connect to the terminal server.")), io.rdpdoctor.facts.Change.class))
                .singleElement().extracting(io.rdpdoctor.facts.Change::on).isEqualTo(io.rdpdoctor.facts.Change.Machine.CLIENT);
        // a KB is Windows' own update: the host's, though the sentence names the client that fails since
        assertThat(all(quotes.read(text("Since KB4103718 was installed, xfreerdp cannot connect to the server.")), io.rdpdoctor.facts.Change.class))
                .singleElement().satisfies(c -> {
                    assertThat(c.on()).isNull();
                    assertThat(c.name()).isEqualTo("KB4103718");
                });
    }

    @Test
    void aSentenceThatTellsTheFixOrNoFailureIsNoChangeBeforeTheFailure() {
        // the change that fixed it came after the failure
        assertThat(all(quotes.read(text("RDP did not connect. After disabling the policy it works again.")), io.rdpdoctor.facts.Change.class)).isEmpty();
        // "installed" alone says what is there, not that it changed
        assertThat(all(quotes.read(text("Our users cannot connect over remote desktop. The server has KB5005033 and Defender installed.")), io.rdpdoctor.facts.Change.class)).isEmpty();
        // a change with no failure reported at all is not read
        assertThat(quotes.read(text("After installing KB5005033 the printer spooler uses less memory."))).isNull();
        // one change of a kind per ticket: the first sentence that tells it
        assertThat(all(quotes.read(text("RDP fails since the update. After the update to 22H2 it got worse.")), io.rdpdoctor.facts.Change.class))
                .singleElement().extracting(io.rdpdoctor.facts.Change::detail).isEqualTo("RDP fails since the update.");
    }

    private static List<ConnectionAttempt> worked(FreeTextReader.Quoted q) {
        return all(q, ConnectionAttempt.class).stream().filter(a -> Boolean.TRUE.equals(a.succeeded())).toList();
    }

    @Test
    void anotherClientOrVersionThatConnectsIsAConnectionThatWorkedWithIt() {
        // Windows' own client named beside "works fine using": mstsc, the failing attempt made with the client named
        FreeTextReader.Quoted q = quotes.read(text("RDP to the 2012 R2 Core server fails when using Remmina. However it works fine using MS RDP."));
        assertThat(worked(q)).singleElement().extracting(ConnectionAttempt::app).isEqualTo("mstsc");
        assertThat(all(q, ConnectionAttempt.class)).filteredOn(a -> Boolean.FALSE.equals(a.succeeded()))
                .singleElement().extracting(ConnectionAttempt::app).isEqualTo("Remmina");
        // another version of the failing client, at the version the sentence names
        assertThat(worked(quotes.read(text("With guacamole 1.3 RDP immediately disconnects. This was not an issue with version 1.2."))))
                .singleElement().extracting(ConnectionAttempt::app).isEqualTo("Apache Guacamole 1.2");
        // another client, unnamed, while the ticket names none: told apart from "this ticket's client"
        FreeTextReader.Quoted unnamed = quotes.read(text("The RDP app asks me to unlock the PC again after logon. I do not get this with other RDP clients."));
        assertThat(worked(unnamed)).singleElement().extracting(ConnectionAttempt::app).isEqualTo("another RDP client");
        assertThat(all(unnamed, ConnectionAttempt.class)).filteredOn(a -> Boolean.FALSE.equals(a.succeeded()))
                .singleElement().extracting(ConnectionAttempt::app).isEqualTo("this ticket's client");
    }

    @Test
    void aBareWorksOrAWorksWithThatNamesNoClientIsNoOtherClient() {
        assertThat(worked(quotes.read(text("RDP to the server fails with Remmina. After the reboot it works with the new password.")))).isEmpty();
        assertThat(worked(quotes.read(text("We cannot RDP to the host since Monday. It works again after a restart.")))).isEmpty();
        // another version needs the failing client named
        assertThat(worked(quotes.read(text("We cannot RDP to the host. It worked with version 1.2 of the tool.")))).isEmpty();
    }

    @Test
    void theClientASentenceNamesAsTheOneThatWorksIsNotTheOneTheFailureWasMetWith() {
        FreeTextReader.Quoted q = quotes.read(text("The RDP app asks me to unlock the PC again after logon. I do not get this with other RDP clients like aRDP."));
        assertThat(worked(q)).singleElement().extracting(ConnectionAttempt::app).isEqualTo("aRDP");
        assertThat(all(q, ConnectionAttempt.class)).filteredOn(a -> Boolean.FALSE.equals(a.succeeded()))
                .singleElement().extracting(ConnectionAttempt::app).isEqualTo("this ticket's client");
    }

    @Test
    void everyClientProductIsOneTheRulesKnowByItsName() {
        // a client named in a ticket brings its stack's causes only if derived.ClientSwitches knows its name
        assertThat(TestRules.bundled().catalogue().productNames()).filteredOn(p -> p.as() == ProductNames.Role.CLIENT)
                .extracting(ProductNames::name)
                .allSatisfy(name -> assertThat(io.rdpdoctor.derived.ClientSwitches.ownRdpStack(name)
                        || io.rdpdoctor.derived.ClientSwitches.webGateway(name)).as(name).isTrue());
    }

    @Test
    void aVmInACloudIsTheHostInThatCloudAndTheProvidersOtherServicesAreNot() {
        FreeTextReader.Quoted q = quotes.read(text("Our Azure VM cannot be reached over RDP since yesterday, it times out."));
        assertThat(all(q, io.rdpdoctor.facts.HostInfo.class)).singleElement().satisfies(h -> {
            assertThat(h.cloud()).isEqualTo(io.rdpdoctor.facts.CloudProvider.AZURE);
            assertThat(h.virtual()).isTrue();
            assertThat(h.name()).as("not said").isNull();
            assertThat(h.describe()).isEqualTo("host (not named), cloud azure");
        });
        assertThat(all(quotes.read(text("RDP to the EC2 instance fails with an internal error.")), io.rdpdoctor.facts.HostInfo.class))
                .singleElement().extracting(io.rdpdoctor.facts.HostInfo::cloud).isEqualTo(io.rdpdoctor.facts.CloudProvider.AWS);
        // an Entra ID account or Azure Virtual Desktop is no VM of the host's
        assertThat(all(quotes.read(text("Since we moved to Azure AD accounts nobody can RDP to the office PCs.")), io.rdpdoctor.facts.HostInfo.class)).isEmpty();
    }

    @Test
    void theHostsWindowsTheTicketNamesIsTheHostsEditionAndBuildMergedWithItsCloud() {
        FreeTextReader.Quoted q = quotes.read(text("Our Azure VM cannot be reached over RDP since yesterday.",
                "", "The server is Windows Server 2016, 10.0.14393.3503."));
        // the loader merges the facts a paste gives (FactMerger), as it does every capture's
        List<Fact> merged = io.rdpdoctor.parse.FactMerger.merge(q.facts());
        assertThat(merged).filteredOn(io.rdpdoctor.facts.HostInfo.class::isInstance).map(io.rdpdoctor.facts.HostInfo.class::cast).singleElement().satisfies(h -> {
            assertThat(h.cloud()).isEqualTo(io.rdpdoctor.facts.CloudProvider.AZURE);
            assertThat(h.edition()).isEqualTo("Windows Server 2016");
            assertThat(h.build()).isEqualTo(14393);
            assertThat(h.revision()).isEqualTo(3503);
            assertThat(h.editionId()).as("words, not the host's registry").isNull();
        });
        assertThat(q.what()).contains("the host's Windows (Windows Server 2016, build 14393.3503)");
        // the client's Windows is not the host's; and a text that reports no failure is not read for it
        assertThat(all(quotes.read(text("RDP from Windows 11 to the server fails with an internal error.")), io.rdpdoctor.facts.HostInfo.class)).isEmpty();
        assertThat(quotes.read(text("Windows Server 2019 Datacenter, 16 GB RAM, 4 cores"))).isNull();
    }

    @Test
    void aLoopbackAddressTheTicketConnectsToIsTheFailedAttemptsTargetUnlessSomethingCarriesItOn() {
        // rdpwrap#3590's words
        FreeTextReader.Quoted q = quotes.read(text("I followed all the steps, but I can't open a second user session on the local machine "
                + "with Remote Desktop. Wrong name/ip: you can't connect to localhost or 127.0.0.1"));
        assertThat(all(q, ConnectionAttempt.class)).singleElement().satisfies(a -> {
            assertThat(a.target()).isEqualTo("localhost");
            assertThat(a.local()).isTrue();
            assertThat(a.succeeded()).isFalse();
        });
        // a container's published port carries localhost:3389 on to the guest (dockur/windows#1249's words)
        assertThat(all(quotes.read(text("Use RDP client to try to connect to localhost:3389 of the docker container, the password is refused")),
                ConnectionAttempt.class)).allSatisfy(a -> assertThat(a.target()).isNull());
    }

    @Test
    void anEventQuotedWithNoFailureInWordsIsAReportThatItFails() {
        FreeTextReader.Quoted q = quotes.read(text("Event ID: 50 Source: TermDD", "The RDP protocol component X.224 detected an error in the "
                + "protocol stream and has disconnected the client. In my case a corrupt virus scanner caused it."));
        assertThat(all(q, EventRecord.class)).isNotEmpty();
        assertThat(all(q, Complaint.class)).singleElement().extracting(Complaint::kind).isEqualTo(Complaint.Kind.CANNOT_CONNECT);
        // a failure said in words is the report: no second one
        FreeTextReader.Quoted said = quotes.read(text("Since Monday we cannot connect over RDP. Schannel event ID 36870 is logged each time."));
        assertThat(all(said, Complaint.class)).hasSize(1);
    }

    @Test
    void koreanProseIsReadAndRdpsOwnLibraryAndHyperVsRdpConsoleSpeakOfRemoteDesktop() {
        assertThat(all(quotes.read(text("Win10 원격데스크톱에서 원격 컴퓨터의 소리가 전달되지 않았다.")), Complaint.class))
                .extracting(Complaint::kind).containsExactly(Complaint.Kind.NO_AUDIO);
        assertThat(all(quotes.read(text("Does anyone have a working ini for this build? The termsrv.dll was replaced by the update.")), Complaint.class))
                .extracting(Complaint::kind).containsExactly(Complaint.Kind.CANNOT_CONNECT);
        assertThat(all(quotes.read(text("Enhanced Session Mode does not work when using Windows 10 Home as a guest OS.")), Complaint.class))
                .hasSize(1);
        // a Korean run that says nothing of Remote Desktop is not read
        assertThat(quotes.read(text("프린터가 작동하지 않습니다 오늘 아침부터"))).isNull();
    }
}
