package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.ServiceStatus;
import io.rdpdoctor.facts.StartType;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs, for each of Get-Service's three forms:
 * the default table (rows as Microsoft's Get-Service page prints them, a display name cut by the
 * table, a name cut by the table refused, a broken row), Format-List blocks (ServiceName before
 * Name, the Status and StartType names, what is not a property line) and ConvertTo-Json (an object
 * or an array, Status and StartType as Windows PowerShell 5.1's numbers or PowerShell 7's names),
 * and which captures are taken as Get-Service output at all.
 */
class GetServiceParserTest {

    private final GetServiceParser parser = new GetServiceParser();

    private static Capture capture(String text) {
        return new Capture("svc.txt", "Get-Service", List.of(text.split("\n", -1)), 1);
    }

    private static ServiceState state(String name, String display, ServiceStatus status, StartType start, Capture c, int at) {
        return new ServiceState(name, display, status, start, null, null, null, c.source(at));
    }

    @Test
    void aQueryOfNamedServicesLeavesTheOthersUnknown() throws ParseException {
        String table = """

                Status   Name               DisplayName
                ------   ----               -----------
                Running  TermService        Remote Desktop Services
                """;
        Parsed named = parser.parse(new Capture("svc.txt", "Get-Service -Name TermService,UmRdpService", List.of(table.split("\n", -1)), 1));
        assertThat(named.facts()).hasSize(1);
        assertThat(named.collected()).isEmpty();
        assertThat(parser.parse(capture(table)).collected()).containsExactly(Area.SERVICES);
        assertThat(GetServiceParser.namesAService("Get-Service 'TermService'")).isTrue();
        assertThat(GetServiceParser.namesAService("Get-Service | Format-Table")).isFalse();
    }

    // the table

    @Test
    void theTableGivesEachRowsStatusNameAndDisplayName() throws ParseException {
        Capture c = capture("""

                Status   Name               DisplayName
                ------   ----               -----------
                Running  AdobeARMservice    Adobe Acrobat Update Service
                Stopped  AJRouter           AllJoyn Router Service

                Stopped  ALG                Application Layer Gateway Service
                Running  Appinfo            Application Information
                Stopped  SessionEnv         Remote Desktop Configuration Se...
                Paused   Spooler
                """);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                state("AdobeARMservice", "Adobe Acrobat Update Service", ServiceStatus.RUNNING, null, c, 3),
                state("AJRouter", "AllJoyn Router Service", ServiceStatus.STOPPED, null, c, 4),
                state("ALG", "Application Layer Gateway Service", ServiceStatus.STOPPED, null, c, 6),
                state("Appinfo", "Application Information", ServiceStatus.RUNNING, null, c, 7),
                state("SessionEnv", null, ServiceStatus.STOPPED, null, c, 8),
                state("Spooler", null, ServiceStatus.PAUSED, null, c, 9));
        assertThat(p.collected()).containsExactly(Area.SERVICES);
        assertThat(p.language()).isEqualTo(Language.NEUTRAL);
    }

    @Test
    void everyStatusName() throws ParseException {
        Capture c = capture("""
                Status   Name               DisplayName
                ------   ----               -----------
                StartPending    A  a
                StopPending     B  b
                ContinuePending C  c
                PausePending    D  d
                """);
        assertThat(parser.parse(c).facts()).extracting(f -> ((ServiceState) f).status()).containsExactly(
                ServiceStatus.START_PENDING, ServiceStatus.STOP_PENDING, ServiceStatus.CONTINUE_PENDING, ServiceStatus.PAUSE_PENDING);
    }

    @Test
    void aNameCutByTheTableIsRefused() {
        Capture c = capture("""
                Status   Name               DisplayName
                ------   ----               -----------
                Running  TermService        Remote Desktop Services
                Running  RemoteDesktopSe... Remote Desktop Services Us...
                """);
        assertThatThrownBy(() -> parser.parse(c)).isInstanceOf(ParseException.class)
                .hasMessageContaining("svc.txt:4").hasMessageContaining("truncated");
    }

    @Test
    void aBrokenRowFailsWithItsLineButACutLastLineIsLeft() throws ParseException {
        Capture broken = capture("""
                Status   Name               DisplayName
                ------   ----               -----------
                Running  TermService        Remote Desktop Services
                Unknown  UmRdpService       Remote Desktop Services UserMode Port Redirector
                Running  SessionEnv         Remote Desktop Configuration""");
        assertThatThrownBy(() -> parser.parse(broken)).isInstanceOf(ParseException.class)
                .hasMessageContaining("svc.txt:4").hasMessageContaining("a row");
        Capture lone = capture("""
                Status   Name               DisplayName
                ------   ----               -----------
                Running
                Running  SessionEnv         Remote Desktop Configuration""");
        assertThatThrownBy(() -> parser.parse(lone)).isInstanceOf(ParseException.class).hasMessageContaining("svc.txt:3");
        Capture cut = capture("""
                Status   Name               DisplayName
                ------   ----               -----------
                Running  TermService        Remote Desktop Services
                Runn""");
        assertThat(parser.parse(cut).facts()).containsExactly(state("TermService", "Remote Desktop Services", ServiceStatus.RUNNING, null, cut, 2));
    }

    @Test
    void theTableNeedsItsUnderlineOfThreeColumns() {
        assertThatThrownBy(() -> parser.parse(capture("Status   Name               DisplayName")))
                .isInstanceOf(ParseException.class).hasMessageContaining("svc.txt:1").hasMessageContaining("dash underline");
        assertThatThrownBy(() -> parser.parse(capture("Status   Name               DisplayName\nRunning  TermService        Remote Desktop Services")))
                .isInstanceOf(ParseException.class).hasMessageContaining("svc.txt:2").hasMessageContaining("dash underline");
        assertThatThrownBy(() -> parser.parse(capture("Status   Name               DisplayName\n------   ----")))
                .isInstanceOf(ParseException.class).hasMessageContaining("svc.txt:2").hasMessageContaining("three columns");
    }

    // Format-List

    @Test
    void formatListBlocksWithTheirStartType() throws ParseException {
        Capture c = capture("""

                Name                : TermService
                DisplayName         : Remote Desktop Services
                Status              : Running
                DependentServices   : {UmRdpService}
                ServicesDependedOn  : {RPCSS, TermDD}
                StartType           : Automatic

                Name                : UmRdpService
                DisplayName         :
                Status              : StopPending
                StartType           : Disabled

                Name                : SessionEnv
                StartType           : Boot

                Name                : Tssdis
                Status              : Stopped
                StartType           : System
                """);
        assertThat(parser.recognises(c)).isTrue();
        assertThat(parser.parse(c).facts()).containsExactly(
                state("TermService", "Remote Desktop Services", ServiceStatus.RUNNING, StartType.AUTOMATIC, c, 1),
                state("UmRdpService", null, ServiceStatus.STOP_PENDING, StartType.DISABLED, c, 8),
                state("SessionEnv", null, null, StartType.BOOT, c, 13),
                state("Tssdis", null, ServiceStatus.STOPPED, StartType.SYSTEM, c, 16));
    }

    @Test
    void serviceNameComesBeforeNameAndTheFirstOfARepeatedPropertyCounts() throws ParseException {
        Capture c = capture("""
                Name        : TermService
                ServiceName : TermService2
                Status      : Paused
                Status      : Running
                StartType   : AutomaticDelayedStart
                DependentServices   : {UmRdpService,
                                      SessionEnv}
                """);
        assertThat(parser.parse(c).facts()).containsExactly(state("TermService2", null, ServiceStatus.PAUSED, StartType.AUTOMATIC_DELAYED, c, 0));
    }

    @Test
    void formatListErrorsNameTheirLine() {
        assertThatThrownBy(() -> parser.parse(capture("Name      : TermService\nthis is not a property\n")))
                .isInstanceOf(ParseException.class).hasMessageContaining("svc.txt:2").hasMessageContaining("'Property : value'");
        assertThatThrownBy(() -> parser.parse(capture("\nName      : TermService\nStatus    : Sleeping\n")))
                .isInstanceOf(ParseException.class).hasMessageContaining("svc.txt:2").hasMessageContaining("Status").hasMessageContaining("TermService");
        assertThatThrownBy(() -> parser.parse(capture("DisplayName : Remote Desktop Services\nStatus : Running\n")))
                .isInstanceOf(ParseException.class).hasMessageContaining("svc.txt:1").hasMessageContaining("Name : SERVICE");
        assertThatThrownBy(() -> parser.parse(capture("Name :\nStatus : Running\n")))
                .isInstanceOf(ParseException.class).hasMessageContaining("Name : SERVICE");
        assertThatThrownBy(() -> parser.parse(capture("\n   \n")))
                .isInstanceOf(ParseException.class).hasMessageContaining("Get-Service output");
        assertThatThrownBy(() -> parser.parse(capture("   indented only\n")))
                .isInstanceOf(ParseException.class).hasMessageContaining("a Name : SERVICE line");
    }

    // ConvertTo-Json

    @Test
    void jsonOfWindowsPowerShellGivesNumbers() throws ParseException {
        Capture c = capture("""
                [
                    {
                        "Name":  "TermService",
                        "DisplayName":  "Remote Desktop Services",
                        "Status":  4,
                        "StartType":  0
                    },
                    {
                        "Name":  "SessionEnv",
                        "DisplayName":  "",
                        "Status":  7,
                        "StartType":  1
                    },
                    {
                        "ServiceName":  "UmRdpService",
                        "Name":  "other",
                        "DisplayName":  {"Value": "nested"},
                        "Status":  null,
                        "StartType":  4
                    },
                    {
                        "Name":  "Tssdis",
                        "DisplayName":  null,
                        "StartType":  9
                    },
                    {
                        "Name":  "Spooler",
                        "Status":  1,
                        "StartType":  2
                    }
                ]
                """);
        assertThat(parser.recognises(c)).isTrue();
        assertThat(parser.parse(c).facts()).containsExactly(
                state("TermService", "Remote Desktop Services", ServiceStatus.RUNNING, StartType.BOOT, c, 0),
                state("SessionEnv", null, ServiceStatus.PAUSED, StartType.SYSTEM, c, 0),
                state("UmRdpService", null, null, StartType.DISABLED, c, 0),
                state("Tssdis", null, null, null, c, 0),
                state("Spooler", null, ServiceStatus.STOPPED, StartType.AUTOMATIC, c, 0));
    }

    @Test
    void jsonOfPowerShell7GivesNamesAndAnObjectIsOneService() throws ParseException {
        Capture c = capture("""

                {
                  "Name": "TermService",
                  "DisplayName": "Remote Desktop Services",
                  "Status": "Running",
                  "StartType": "Manual"
                }
                """);
        assertThat(parser.recognises(c)).isTrue();
        assertThat(parser.parse(c).facts()).containsExactly(
                state("TermService", "Remote Desktop Services", ServiceStatus.RUNNING, StartType.MANUAL, c, 1));
        Capture auto = capture("{\"Name\": \"TermService\", \"Status\": \"Stopped\", \"StartType\": \"Automatic\"}");
        assertThat(parser.parse(auto).facts()).extracting(f -> ((ServiceState) f).startType()).containsExactly(StartType.AUTOMATIC);
    }

    @Test
    void jsonErrors() {
        assertThatThrownBy(() -> parser.parse(capture("[ {\"Name\": \"TermService\", ")))
                .isInstanceOf(ParseException.class).hasMessageContaining("the JSON of Get-Service");
        assertThatThrownBy(() -> parser.parse(capture("[ {\"DisplayName\": \"Remote Desktop Services\"} ]")))
                .isInstanceOf(ParseException.class).hasMessageContaining("\"Name\" or \"ServiceName\"");
        assertThatThrownBy(() -> parser.parse(capture("[ {\"Name\": \"\", \"Status\": 4} ]")))
                .isInstanceOf(ParseException.class).hasMessageContaining("\"Name\" or \"ServiceName\"");
        assertThatThrownBy(() -> parser.parse(capture("[ {\"Name\": \"TermService\", \"Status\": 12} ]")))
                .isInstanceOf(ParseException.class).hasMessageContaining("a Status for service TermService");
        assertThatThrownBy(() -> parser.parse(capture("[ {\"Name\": \"TermService\", \"Status\": \"Sleeping\"} ]")))
                .isInstanceOf(ParseException.class).hasMessageContaining("a Status for service TermService");
    }

    // which captures are Get-Service output

    @Test
    void recognisesJsonByItsServiceProperties() {
        assertThat(parser.recognises(capture("[{\"ServiceName\": \"TermService\"}]"))).isTrue();
        assertThat(parser.recognises(capture("{\"Name\": \"a\", \"Status\": 4, \"DisplayName\": \"b\"}"))).isTrue();
        assertThat(parser.recognises(capture("{\"Name\": \"a\", \"Status\": 4}"))).isFalse();
        assertThat(parser.recognises(capture("{\"Name\": \"a\", \"DisplayName\": \"b\"}"))).isFalse();
        assertThat(parser.recognises(capture("{\"Status\": 4, \"DisplayName\": \"b\"}"))).isFalse();
        assertThat(parser.recognises(capture("  [\n\"ServiceName\"\n]"))).isTrue();
        assertThat(parser.recognises(capture("\n\n"))).isFalse();
        assertThat(parser.recognises(capture(""))).isFalse();
    }

    @Test
    void recognisesAListByNameFollowedByAServiceOnlyProperty() {
        for (String second : List.of("ServiceName", "StartType", "ServiceType", "CanPauseAndContinue")) {
            assertThat(parser.recognises(capture("Name : TermService\n" + second + " : x"))).as(second).isTrue();
            assertThat(parser.recognises(capture(second + " : x\nName : TermService"))).as(second + " before Name").isFalse();
        }
        assertThat(parser.recognises(capture("Name : TermService\nStatus : Running\nDisplayName : Remote Desktop Services"))).isFalse();
        String far = "Name : TermService\n" + "Other : x\n".repeat(19) + "StartType : Manual";
        assertThat(parser.recognises(capture(far))).isFalse();
        String near = "Name : TermService\n" + "Other : x\n".repeat(18) + "StartType : Manual";
        assertThat(parser.recognises(capture(near))).isTrue();
        assertThat(parser.recognises(capture("Status   Name               DisplayName\n------   ----               -----------"))).isTrue();
        // properties of the engineer's choice (Select-Object Status, Name): a table of services too
        assertThat(parser.recognises(capture("Status   Name\n------   ----"))).isTrue();
        assertThat(parser.recognises(capture("Name   Status   Size\n----   ------   ----"))).as("a property no service has").isFalse();
        assertThat(parser.recognises(capture("Name   DisplayName\n----   -----------"))).as("neither status nor start type").isFalse();
    }

    @Test
    void aTableOfSelectedPropertiesIsReadByItsHeaderInAnyOrder() throws ParseException {
        Parsed p = parser.parse(capture("Name         StartType  Status\n----         ---------  ------\nTermService  Disabled   Stopped\nSessionEnv   Manual     Running"));
        assertThat(p.facts()).hasSize(2);
        ServiceState term = (ServiceState) p.facts().get(0);
        assertThat(term.name()).isEqualTo("TermService");
        assertThat(term.startType()).isEqualTo(StartType.DISABLED);
        assertThat(term.status()).isEqualTo(ServiceStatus.STOPPED);
        // with DisplayName, whose cells hold spaces, by the underline's columns
        Parsed d = parser.parse(capture("Name        DisplayName              Status\n----        -----------              ------\nTermService Remote Desktop Services  Running"));
        assertThat(((ServiceState) d.facts().get(0)).displayName()).isEqualTo("Remote Desktop Services");
        assertThat(((ServiceState) d.facts().get(0)).status()).isEqualTo(ServiceStatus.RUNNING);
        // a status that is none fails with its line
        assertThatThrownBy(() -> parser.parse(capture("Name Status\n---- ------\nTermService Sleeping")))
                .isInstanceOf(ParseException.class).hasMessageContaining(":3:");
    }
}
