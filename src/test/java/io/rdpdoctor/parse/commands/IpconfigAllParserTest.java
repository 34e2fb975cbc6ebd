package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.NetworkInterface;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs (en, de): the French, Spanish and Dutch
 * output of {@code ipconfig /all} (host name label, adapter titles, address labels, the media
 * state that means down), tunnel adapters by title and description, which addresses are the
 * host's, continuation lines, a title broken before its colon, and what is not ipconfig output.
 * The French, Spanish and Dutch blocks are real outputs from public write-ups (search-index file
 * ids in each test), cut to a few adapters.
 */
class IpconfigAllParserTest {

    private final IpconfigAllParser parser = new IpconfigAllParser();

    private static Capture capture(String text) {
        return new Capture("ipconfig.txt", "ipconfig /all", List.of(text.split("\n", -1)), 1);
    }

    private static int at(Capture c, String line) {
        return c.lines().indexOf(line);
    }

    private static List<NetworkInterface> interfaces(Parsed p) {
        return p.facts().stream().filter(NetworkInterface.class::isInstance).map(NetworkInterface.class::cast).toList();
    }

    private static HostInfo host(Parsed p) {
        return p.facts().stream().filter(HostInfo.class::isInstance).map(HostInfo.class::cast).findFirst().orElseThrow();
    }

    /** French Windows 10 (file id 5743055198): "Statut du média : Média déconnecté" is down. */
    @Test
    void frenchOutputWithDisconnectedMedia() throws ParseException {
        Capture c = capture("""
                Configuration IP de Windows

                   Nom de l’hôte . . . . . . . . . . : LAPTOP-6LNI85PH
                   Suffixe DNS principal . . . . . . :
                   Type de noeud. . . . . . . . . .  : Hybride
                   Routage IP activé . . . . . . . . : Non
                   Proxy WINS activé . . . . . . . . : Non
                   Liste de recherche du suffixe DNS.: auvence.co

                Carte Ethernet Ethernet :

                   Statut du média. . . . . . . . . . . . : Média déconnecté
                   Suffixe DNS propre à la connexion. . . :
                   Description. . . . . . . . . . . . . . : Realtek Gaming GbE Family Controller
                   Adresse physique . . . . . . . . . . . : BC-E9-2F-84-80-83
                   DHCP activé. . . . . . . . . . . . . . : Oui
                   Configuration automatique activée. . . : Oui

                Carte réseau sans fil Wi-Fi :

                   Suffixe DNS propre à la connexion. . . : auvence.co
                   Description. . . . . . . . . . . . . . : Intel(R) Wi-Fi 6 AX201 160MHz
                   Adresse physique . . . . . . . . . . . : F8-AC-65-DA-00-C5
                   DHCP activé. . . . . . . . . . . . . . : Oui
                   Configuration automatique activée. . . : Oui
                   Adresse IPv6 de liaison locale. . . . .: fe80::c6b:1f4b:4d7e:893d%3(préféré)
                   Adresse IPv4. . . . . . . . . . . . . .: 10.33.0.220(préféré)
                   Masque de sous-réseau. . . . . . . . . : 255.255.252.0
                   Passerelle par défaut. . . . . . . . . : 10.33.3.253
                   Serveur DHCP . . . . . . . . . . . . . : 10.33.3.254
                   IAID DHCPv6 . . . . . . . . . . . : 66628709
                   DUID de client DHCPv6. . . . . . . . : 00-01-00-01-26-78-14-F9-BC-E9-2F-84-80-83
                   Serveurs DNS. . .  . . . . . . . . . . : 10.33.10.146
                                                       10.33.10.148
                   NetBIOS sur Tcpip. . . . . . . . . . . : Activé
                """);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(interfaces(p)).containsExactly(
                new NetworkInterface(null, "Ethernet", null, false, null, List.of(), null, null, null, c.source(at(c, "Carte Ethernet Ethernet :"))),
                new NetworkInterface(null, "Wi-Fi", null, true, null, List.of("fe80::c6b:1f4b:4d7e:893d", "10.33.0.220"), null, null, null,
                        c.source(at(c, "Carte réseau sans fil Wi-Fi :"))));
        HostInfo h = host(p);
        assertThat(h.name()).isEqualTo("LAPTOP-6LNI85PH");
        assertThat(h.addresses()).containsExactly("10.33.0.220");
        assertThat(h.source()).isEqualTo(c.source(2));
        assertThat(p.facts().get(0)).isSameAs(h);
        assertThat(p.collected()).containsExactlyInAnyOrder(Area.INTERFACES, Area.HOST);
        assertThat(p.language().code()).isEqualTo("fr");
    }

    /** The same labels with the accents lost on the way ("Nom de l'hote", "Etat du media"). */
    @Test
    void frenchLabelsWithoutTheirAccents() throws ParseException {
        Capture c = capture("""
                Configuration IP de Windows
                   Nom de l'hote . . . . . . . . . . : SRV01
                Carte Ethernet Ethernet :
                   Etat du media. . . . . . . . . . . . . : Media deconnecte
                Carte Ethernet Ethernet 2 :
                   Adresse IP. . . . . . . . . . . . . . .: 10.0.0.5
                """);
        Parsed p = parser.parse(c);
        assertThat(host(p).name()).isEqualTo("SRV01");
        assertThat(interfaces(p)).extracting(NetworkInterface::alias, NetworkInterface::up)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ethernet", false), org.assertj.core.groups.Tuple.tuple("Ethernet 2", true));
        assertThat(host(p).addresses()).containsExactly("10.0.0.5");
    }

    /**
     * Spanish Windows 11 (file id 23333930497): "Nombre de host", "Adaptador desconocido X:",
     * "Adaptador de LAN inalámbrica X:", "Estado de los medios : medios desconectados" (down).
     */
    @Test
    void spanishOutputWithDisconnectedMedia() throws ParseException {
        Capture c = capture("""
                Configuración IP de Windows

                   Nombre de host. . . . . . . . . : CASA
                   Sufijo DNS principal  . . . . . :
                   Tipo de nodo. . . . . . . . . . : híbrido
                   Enrutamiento IP habilitado. . . : no
                   Proxy WINS habilitado . . . . . : no
                   Lista de búsqueda de sufijos DNS: home

                Adaptador desconocido CloudflareWARP:

                   Sufijo DNS específico para la conexión. . :
                   Descripción . . . . . . . . . . . . . . . : Cloudflare WARP Interface Tunnel
                   Dirección física. . . . . . . . . . . . . :
                   DHCP habilitado . . . . . . . . . . . . . : no
                   Configuración automática habilitada . . . : sí
                   Dirección IPv6 . . . . . . . . . . : 2606:4700:110:88c8:a73e:3a0f:fc50:67c2(Preferido)
                   Dirección IPv4. . . . . . . . . . . . . . : 172.16.0.2(Preferido)
                   Máscara de subred . . . . . . . . . . . . : 255.255.255.255
                   Puerta de enlace predeterminada . . . . . :
                   Servidores DNS. . . . . . . . . . . . . . : 127.0.2.2
                                                       127.0.2.3
                   NetBIOS sobre TCP/IP. . . . . . . . . . . : habilitado

                Adaptador de LAN inalámbrica Wi-Fi 2:

                   Estado de los medios. . . . . . . . . . . : medios desconectados
                   Sufijo DNS específico para la conexión. . :
                   Descripción . . . . . . . . . . . . . . . : Realtek 8852BE-VT Wireless LAN WiFi 6 PCI-E NIC #2
                   Dirección física. . . . . . . . . . . . . : BA-82-F2-58-60-0C
                   DHCP habilitado . . . . . . . . . . . . . : sí
                   Configuración automática habilitada . . . : sí

                Adaptador de LAN inalámbrica Wi-Fi:

                   Sufijo DNS específico para la conexión. . : home
                   Descripción . . . . . . . . . . . . . . . : Realtek 8852BE-VT Wireless LAN WiFi 6 PCI-E NIC
                   Dirección física. . . . . . . . . . . . . : B8-82-F2-58-60-0C
                   DHCP habilitado . . . . . . . . . . . . . : sí
                   Configuración automática habilitada . . . : sí
                   Dirección IPv6 . . . . . . . . . . : 2a0c:5a83:7103:b400:79e1:f3b8:161f:a93c(Preferido)
                   Dirección IPv6 temporal. . . . . . : 2a0c:5a83:7103:b400:5093:c295:a47c:8954(Preferido)
                   Dirección IPv4. . . . . . . . . . . . . . : 192.168.1.170(Preferido)
                   Máscara de subred . . . . . . . . . . . . : 255.255.255.0
                   Puerta de enlace predeterminada . . . . . : fe80::fe22:f4ff:fe5a:3770%10
                                                       192.168.1.1
                   Servidor DHCP . . . . . . . . . . . . . . : 192.168.1.1
                   IAID DHCPv6 . . . . . . . . . . . . . . . : 364413682
                   Servidores DNS. . . . . . . . . . . . . . : ::ffff:127.0.2.2
                                                       127.0.2.2
                   NetBIOS sobre TCP/IP. . . . . . . . . . . : habilitado
                """);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(interfaces(p)).containsExactly(
                new NetworkInterface(null, "CloudflareWARP", null, true, null, List.of("2606:4700:110:88c8:a73e:3a0f:fc50:67c2", "172.16.0.2"),
                        null, null, null, c.source(at(c, "Adaptador desconocido CloudflareWARP:"))),
                new NetworkInterface(null, "Wi-Fi 2", null, false, null, List.of(), null, null, null,
                        c.source(at(c, "Adaptador de LAN inalámbrica Wi-Fi 2:"))),
                new NetworkInterface(null, "Wi-Fi", null, true, null,
                        List.of("2a0c:5a83:7103:b400:79e1:f3b8:161f:a93c", "2a0c:5a83:7103:b400:5093:c295:a47c:8954", "192.168.1.170"),
                        null, null, null, c.source(at(c, "Adaptador de LAN inalámbrica Wi-Fi:"))));
        assertThat(host(p).name()).isEqualTo("CASA");
        assertThat(host(p).addresses()).containsExactly("2606:4700:110:88c8:a73e:3a0f:fc50:67c2", "172.16.0.2",
                "2a0c:5a83:7103:b400:79e1:f3b8:161f:a93c", "2a0c:5a83:7103:b400:5093:c295:a47c:8954", "192.168.1.170");
        assertThat(p.language().code()).isEqualTo("es");
    }

    /**
     * Dutch Windows XP (file id 56894767271): "Host-naam", "Ethernet-adapter X:", "IP-adres", a
     * description on the line under its label, eight spaces of indent.
     */
    @Test
    void dutchOutput() throws ParseException {
        Capture c = capture("""
                Windows IP-configuratie

                        Host-naam  . . . . . . . . . . . .: Dave
                        Primair DNS-achtervoegsel. . . . .:
                        Knooppunttype . . . . . . . . . . : gemengd
                        IP-routering ingeschakeld. . . . .: nee
                        WINS-proxy ingeschakeld . . . . . : nee

                Ethernet-adapter LAN-verbinding:

                        Verbindingsspec. DNS-achtervoegsel:
                        Beschrijving . . . . . . . . . . .:
                          Realtek RTL8139 Family PCI Fast Ethernet NIC
                        Fysiek adres. . . . . . . . . . . : 00-50-BF-5A-15-8E
                        DHCP ingeshakeld. . . . . . . . . : ja
                        Autom. configuratie ingeschakeld. : ja
                        IP-adres. . . . . . . . . . . . . : 192.168.0.201
                        Subnetmasker. . . . . . . . . . . : 255.255.255.0
                        Standaardgateway. . . . . . . . . : 192.168.0.1
                        DHCP-server . . . . . . . . . . . : 192.168.0.200
                """);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(interfaces(p)).containsExactly(new NetworkInterface(null, "LAN-verbinding", null, true, null, List.of("192.168.0.201"),
                null, null, null, c.source(at(c, "Ethernet-adapter LAN-verbinding:"))));
        assertThat(host(p).name()).isEqualTo("Dave");
        assertThat(host(p).addresses()).containsExactly("192.168.0.201");
        assertThat(p.language().code()).isEqualTo("nl");
    }

    @Test
    void tunnelsByTitleOrDescription() throws ParseException {
        Capture c = capture("""
                Windows IP Configuration

                   Host Name . . . . . . . . . . . . : SRV01

                Tunnel adapter isatap.corp.example:

                   Media State . . . . . . . . . . . : Media disconnected

                PPP adapter Office VPN:

                   IPv4 Address. . . . . . . . . . . : 10.8.0.6(Preferred)

                Unknown adapter OpenVPN TAP:

                   Description . . . . . . . . . . . : TAP-Windows Adapter V9

                Unknown adapter wg0:

                   Description . . . . . . . . . . . : WireGuard Tunnel

                Unknown adapter Local Area Connection:

                   Description . . . . . . . . . . . : Wintun Userspace Tunnel

                Ethernet adapter Ethernet 3:

                   Description . . . . . . . . . . . : Fortinet Virtual Ethernet Adapter (NDIS 6.30) VPN

                Ethernet adapter Ethernet0:

                   Description . . . . . . . . . . . : vmxnet3 Ethernet Adapter
                   IPv4 Address. . . . . . . . . . . : 10.0.0.5(Preferred)

                Adaptador de túnel isatap.Home:

                   Estado de los medios. . . . . . . . . . . : medios desconectados

                Carte PPP Accès VPN :

                   Adresse IPv4. . . . . . . . . . . . . .: 10.9.0.2(préféré)
                """);
        Parsed p = parser.parse(c);
        assertThat(interfaces(p)).extracting(NetworkInterface::alias, NetworkInterface::tunnel, NetworkInterface::up).containsExactly(
                org.assertj.core.groups.Tuple.tuple("isatap.corp.example", true, false),
                org.assertj.core.groups.Tuple.tuple("Office VPN", true, true),
                org.assertj.core.groups.Tuple.tuple("OpenVPN TAP", true, null),
                org.assertj.core.groups.Tuple.tuple("wg0", true, null),
                org.assertj.core.groups.Tuple.tuple("Local Area Connection", true, null),
                org.assertj.core.groups.Tuple.tuple("Ethernet 3", true, null),
                org.assertj.core.groups.Tuple.tuple("Ethernet0", null, true),
                org.assertj.core.groups.Tuple.tuple("isatap.Home", true, false),
                org.assertj.core.groups.Tuple.tuple("Accès VPN", true, true));
    }

    @Test
    void theHostsAddressesAreThoseOfConnectedAdaptersLessLinkLocalAndLoopback() throws ParseException {
        Capture c = capture("""
                Windows IP Configuration

                   Host Name . . . . . . . . . . . . : SRV01

                Ethernet adapter Ethernet0:

                   Link-local IPv6 Address . . . . . : FE80::1%4(Preferred)
                   IPv6 Address. . . . . . . . . . . : 2001:db8::5(Preferred)
                   Autoconfiguration IPv4 Address. . : 169.254.10.1(Preferred)
                   IPv4 Address. . . . . . . . . . . : 10.0.0.5(Preferred)
                                                       10.0.0.6
                   DHCPv6 IAID . . . . . . . . . . . : 50335744
                   DNS Servers . . . . . . . . . . . : 10.0.0.1
                                                       10.0.0.2

                Ethernet adapter Loopback:

                   IPv4 Address. . . . . . . . . . . : 127.0.0.2

                Ethernet adapter Ethernet1:

                   Media State . . . . . . . . . . . : Media disconnected
                   IPv4 Address. . . . . . . . . . . : 10.1.0.5
                """);
        Parsed p = parser.parse(c);
        List<NetworkInterface> nics = interfaces(p);
        assertThat(nics.get(0).addresses()).containsExactly("FE80::1", "2001:db8::5", "169.254.10.1", "10.0.0.5", "10.0.0.6");
        assertThat(nics.get(1).up()).isTrue();
        assertThat(nics.get(2).up()).isFalse();
        assertThat(nics.get(2).addresses()).containsExactly("10.1.0.5");
        assertThat(host(p).addresses()).containsExactly("2001:db8::5", "10.0.0.5", "10.0.0.6");
    }

    @Test
    void aTitleBrokenBeforeItsColonIsStillATitle() throws ParseException {
        Capture c = capture("""
                Windows IP Configuration

                Ethernet adapter Ethernet0
                :
                   IPv4 Address. . . . . . . . . . . : 10.0.0.5(Preferred)
                """);
        Parsed p = parser.parse(c);
        assertThat(interfaces(p)).containsExactly(new NetworkInterface(null, "Ethernet0", null, true, null, List.of("10.0.0.5"),
                null, null, null, c.source(2)));
        assertThat(p.collected()).containsExactly(Area.INTERFACES);
    }

    @Test
    void anAdapterWithoutAnIpv4AddressIsNotKnownToBeUp() throws ParseException {
        Capture c = capture("""
                Windows IP Configuration
                Ethernet adapter Ethernet0:
                   Link-local IPv6 Address . . . . . : fe80::1%4(Preferred)
                   Physical Address. . . . . . . . . : 00-15-5D-12-34-56
                """);
        Parsed p = parser.parse(c);
        assertThat(interfaces(p)).extracting(NetworkInterface::up).containsExactly((Boolean) null);
        assertThat(p.facts()).noneMatch(HostInfo.class::isInstance);
    }

    @Test
    void aLineThatIsNeitherTitleNorFieldFailsWithItsLineUnlessItIsTheLast() throws ParseException {
        Capture broken = capture("""
                Windows IP Configuration
                Ethernet adapter Ethernet0:
                   IPv4 Address. . . . . . . . . . . : 10.0.0.5
                this is not ipconfig
                   Subnet Mask . . . . . . . . . . . : 255.255.255.0""");
        assertThatThrownBy(() -> parser.parse(broken)).isInstanceOf(ParseException.class)
                .hasMessageContaining("ipconfig.txt:4").hasMessageContaining("adapter title");
        Capture cut = capture("""
                Windows IP Configuration
                Ethernet adapter Ethernet0:
                   IPv4 Address. . . . . . . . . . . : 10.0.0.5
                C:\\Users\\admin>""");
        assertThat(interfaces(parser.parse(cut))).extracting(NetworkInterface::alias).containsExactly("Ethernet0");
        Capture other = capture("   Host Name . . . . . . . . . . . . : SRV01\n   Node Type . . . . . . . . . . . . : Hybrid");
        assertThat(parser.recognises(other)).isFalse();
        assertThatThrownBy(() -> parser.parse(other)).isInstanceOf(ParseException.class).hasMessageContaining("Windows IP Configuration");
    }

    @Test
    void theTitleIsLookedForInTheFirstFiveLines() {
        assertThat(parser.recognises(capture("\n\n\n\nWindows IP Configuration\n"))).isTrue();
        assertThat(parser.recognises(capture("\n\n\n\n\nWindows IP Configuration\n"))).isFalse();
        assertThat(parser.recognises(capture("Windows-IP-Konfiguration"))).isTrue();
    }

    /**
     * Windows XP in German (file id 57015658167), Spanish ("Nombre del host", file id 56677798012)
     * and French (file id 57108801810; its description wrapped at 80 columns left out): the
     * "IP-Adresse", "Dirección IP" and "Adresse IP" labels, XP's titles and a PPP adapter.
     */
    @Test
    void windowsXpOutputs() throws ParseException {
        Capture de = capture("""
                Windows-IP-Konfiguration

                        Hostname. . . . . . . . . . . . . : henry
                        Primäres DNS-Suffix . . . . . . . :
                        Knotentyp . . . . . . . . . . . . : Unbekannt
                        IP-Routing aktiviert. . . . . . . : Ja
                        WINS-Proxy aktiviert. . . . . . . : Ja

                Ethernetadapter LAN-Verbindung:

                        Verbindungsspezifisches DNS-Suffix:
                        Physikalische Adresse . . . . . . : 00-50-22-E3-A1-26
                        DHCP aktiviert. . . . . . . . . . : Nein
                        IP-Adresse. . . . . . . . . . . . : 192.168.1.100
                        Subnetzmaske. . . . . . . . . . . : 255.255.255.0
                        Standardgateway . . . . . . . . . : 192.168.1.1
                        DNS-Server. . . . . . . . . . . . : 192.168.1.1

                PPP-Adapter Breitbandverbindung:

                        Verbindungsspezifisches DNS-Suffix:
                        Beschreibung. . . . . . . . . . . : WAN (PPP/SLIP) Interface
                        Physikalische Adresse . . . . . . : 00-53-45-00-00-00
                        DHCP aktiviert. . . . . . . . . . : Nein
                        IP-Adresse. . . . . . . . . . . . : 85.180.143.6
                        Subnetzmaske. . . . . . . . . . . : 255.255.255.255
                """);
        Parsed p = parser.parse(de);
        assertThat(interfaces(p)).containsExactly(
                new NetworkInterface(null, "LAN-Verbindung", null, true, null, List.of("192.168.1.100"), null, null, null, de.source(8)),
                new NetworkInterface(null, "Breitbandverbindung", null, true, true, List.of("85.180.143.6"), null, null, null, de.source(18)));
        assertThat(host(p).name()).isEqualTo("henry");
        assertThat(host(p).addresses()).containsExactly("192.168.1.100", "85.180.143.6");

        Capture es = capture("""
                Configuración IP de Windows

                        Nombre del host . . . . . . . . . : ESTUDIO
                        Sufijo DNS principal  . . . . . . :
                        Tipo de nodo . . . . . . . . . .  : desconocido

                Adaptador Ethernet Conexión de área local          :

                        Sufijo de conexión específica DNS :
                        Descripción. . . . . . . . . . .  : NVIDIA nForce 10/100 Mbps Ethernet
                        Dirección física. . . . . . . . . : 00-30-67-00-EE-2E
                        DHCP habilitado. . . . . . . . .  : No
                        Dirección IP. . . . . . . . . . . : 192.168.0.1
                        Máscara de subred . . . . . . . . : 255.255.255.0
                        Puerta de enlace predeterminada   :

                Adaptador PPP Highway - Conexión ADSL               :

                        Sufijo de conexión específica DNS :
                        Descripción. . . . . . . . . . .  : WAN (PPP/SLIP) Interface
                        Dirección IP. . . . . . . . . . . : 190.231.59.84
                        Servidores DNS . . . . . . . . . .: 200.45.191.35
                                                             200.45.48.233
                """);
        p = parser.parse(es);
        assertThat(interfaces(p)).containsExactly(
                new NetworkInterface(null, "Conexión de área local", null, true, null, List.of("192.168.0.1"), null, null, null, es.source(6)),
                new NetworkInterface(null, "Highway - Conexión ADSL", null, true, true, List.of("190.231.59.84"), null, null, null, es.source(16)));
        assertThat(host(p).name()).isEqualTo("ESTUDIO");

        Capture fr = capture("""
                Configuration IP de Windows

                        Nom de l'hôte . . . . . . . . . . : ordinathan
                        Suffixe DNS principal . . . . . . :
                        Liste de recherche du suffixe DNS : lan

                Carte Ethernet Connexion au réseau local:

                        Statut du média . . . . . . . . . : Média déconnecté
                        Description . . . . . . . . . . . : NVIDIA nForce Networking Controller
                        Adresse physique . . . . . . . . .: 00-0C-6E-0D-CC-1D

                Carte Ethernet Connexion au réseau local 2:

                        Suffixe DNS propre à la connexion : lan
                        Adresse IP. . . . . . . . . . . . : 10.0.0.1
                        Masque de sous-réseau . . . . . . : 255.255.255.0
                """);
        p = parser.parse(fr);
        assertThat(interfaces(p)).containsExactly(
                new NetworkInterface(null, "Connexion au réseau local", null, false, null, List.of(), null, null, null, fr.source(6)),
                new NetworkInterface(null, "Connexion au réseau local 2", null, true, null, List.of("10.0.0.1"), null, null, null, fr.source(12)));
        assertThat(host(p).name()).isEqualTo("ordinathan");
    }

    @Test
    void theDescriptionLabelOfEachLanguageNamesAVpnAdapter() throws ParseException {
        for (String label : List.of("Description", "Beschreibung", "Descripción", "Beschrijving")) {
            Capture c = capture("""
                    Windows IP Configuration
                    Ethernet adapter Ethernet 3:
                       %s . . . . . . . . . . . : Fortinet Virtual Ethernet Adapter (NDIS 6.30) VPN
                    Ethernet adapter Ethernet 4:
                       %s . . . . . . . . . . . : Intel(R) Ethernet Connection I219-V
                    """.formatted(label, label));
            assertThat(interfaces(parser.parse(c))).as(label).extracting(NetworkInterface::tunnel).containsExactly(true, null);
        }
    }

    @Test
    void eachLanguagesDisconnectedMediaIsDown() throws ParseException {
        for (String[] state : new String[][] {{"Media State", "Media disconnected"}, {"Medienstatus", "Medium getrennt"},
                {"Statut du média", "Média déconnecté"}, {"Estado de los medios", "medios desconectados"}}) {
            Capture c = capture("""
                    Windows IP Configuration
                    Ethernet adapter Ethernet0:
                       %s . . . . . . . . . . . : %s
                    Ethernet adapter Ethernet1:
                       %s . . . . . . . . . . . : connected
                    """.formatted(state[0], state[1], state[0]));
            assertThat(interfaces(parser.parse(c))).as(state[0]).extracting(NetworkInterface::up).containsExactly(false, null);
        }
    }

    @Test
    void theTitleAloneOrTheAdaptersAloneAreEnough() throws ParseException {
        Parsed titleOnly = parser.parse(capture("""
                Windows IP Configuration

                   Host Name . . . . . . . . . . . . : SRV01
                """));
        assertThat(titleOnly.facts()).extracting(f -> ((HostInfo) f).name()).containsExactly("SRV01");
        assertThat(titleOnly.collected()).containsExactlyInAnyOrder(Area.INTERFACES, Area.HOST);
        Parsed adaptersOnly = parser.parse(capture("""
                Ethernet adapter Ethernet0:

                   IPv4 Address. . . . . . . . . . . : 10.0.0.5(Preferred)
                """));
        assertThat(interfaces(adaptersOnly)).extracting(NetworkInterface::alias).containsExactly("Ethernet0");
        Parsed noName = parser.parse(capture("""
                Windows IP Configuration
                   Host Name . . . . . . . . . . . . :
                Ethernet adapter Ethernet0:
                   IPv4 Address. . . . . . . . . . . : 10.0.0.5(Preferred)
                """));
        assertThat(noName.facts()).noneMatch(HostInfo.class::isInstance);
        assertThat(noName.collected()).containsExactly(Area.INTERFACES);
    }
}
