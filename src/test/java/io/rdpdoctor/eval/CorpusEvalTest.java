package io.rdpdoctor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.factfile.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-case corpus as a regression guard: the scores may rise, never fall below the floors
 * measured (README, "Accuracy on real tickets"). Raise a floor when a change raises the score.
 */
class CorpusEvalTest {

    /** A split's floors: top-1 and top-3 may only rise, empty reports only shrink; none wrongly confirmed. */
    record Floor(int top1, int top3, int empty) {
    }

    // the floors, each split's counts when they were last raised (corpus/README.md tells each split's story)
    static final Map<String, Floor> FLOORS = new LinkedHashMap<>();
    static {
        // 42 since session 12: myrtille #12's crashed wfreerdp (words of the gateway's own) now names the gateway
        // first and NLA second; the same change put the gateway first on five other tickets
        FLOORS.put("tune", new Floor(44, 47, 0));
        FLOORS.put("holdout", new Floor(19, 22, 0));
        // measured untouched once (2026-12-05: 6 and 8, one empty, one wrong confirmed), tuned on since
        // top-1 18 since session 15's recount of the priors: an rdesktop ticket whose causes were a firewall
        // and NLA now lists the client's own defect (26 % of such clients' tickets) before NLA
        FLOORS.put("fresh", new Floor(19, 20, 1));
        // measured untouched once (2026-12-05 04:40, rules at 8ae066b: 18 and 19 of 35 expressible,
        // one empty, one wrong confirmed), looked at since
        // top-3 34 since session 12: CLIENT-DEFECT, by its prior over FreeRDP-like clients' tickets, now comes
        // third for such a client that fails silently (before PINNED-CERT; +3 elsewhere, -1 here, -1 in unseen4)
        FLOORS.put("unseen", new Floor(35, 37, 0));
        // collected at the end of session 7, measured once untouched with its final rules (fbbb3f4): 9
        // and 9 of 27 (of 19 expressible), four empty reports; looked at since
        FLOORS.put("unseen2", new Floor(17, 19, 2));
        // collected in session 8, measured once untouched (2026-12-05 07:30, rules at b9d2c64): 20 and
        // 24 of 73 (19 and 23 of 47 expressible), one empty report; looked at since
        // top-1 42 since session 20: the recount of a silent failure through a web gateway (the gateway 9 of
        // 24 such tickets, the host's NLA 2.5) puts the gateway before NLA; two JumpServer NLA tickets here
        // are now second (+5 first elsewhere)
        FLOORS.put("unseen3", new Floor(48, 56, 0));
        // collected at the start of session 9, measured once untouched (2026-12-05 09:20, the session's
        // starting rules at 3f30218): 18 and 21 of 59 (of 38 expressible), no empty report
        // top-3 39 since session 12; 38 since session 15: a WAN black-hole router's MTU ticket (sessions that
        // freeze) now lists RDP's UDP transport, new in the catalogue, among its after-logon hypotheses, before MTU
        FLOORS.put("unseen4", new Floor(41, 45, 0));
        // collected in session 9 after the session's rules were written, measured once untouched (2026-12-05
        // 09:45, rules at 696023f): 10 and 12 of 31 (of 20 expressible), one wrong confirmed; looked at since
        // top-1 22 since session 20: the same recount; electerm's node-rdpjs NLA ticket is now second
        FLOORS.put("unseen5", new Floor(22, 25, 0));
        // collected at the end of session 9, measured once untouched (2026-12-05 10:25, rules at 0723658):
        // 8 and 8 of 36 (of 21 expressible), one empty report; the session's starting rules: 6 and 6
        FLOORS.put("unseen6", new Floor(22, 23, 0));
        // collected in session 10 (five collectors, 50 cases), measured once untouched (2026-12-05 11:40,
        // rules at 3fdead0, and the session's starting rules at e9245a8: the same per case): 10 and 11
        // of 50 (of 23 expressible), no empty report, no wrong confirmed; looked at since
        FLOORS.put("unseen7", new Floor(31, 32, 0));
        // collected in the middle of session 10 (three collectors, 41 cases), measured once untouched with
        // the session's final rules (2026-12-05 12:15, rules at 96b8479) and its starting rules (e9245a8):
        // the same answer on every case, 12 and 14 of 41 (of 26 expressible), two empty reports; looked at since
        FLOORS.put("unseen8", new Floor(25, 28, 1));
        // collected in session 11 (four collectors, 50 cases after two duplicates were dropped), measured once
        // untouched with the session's starting rules (2026-12-05 13:45, rules at 3279c7c): 18 and 22 of 50
        // (of 40 expressible), no empty report, no wrong confirmed; looked at since
        FLOORS.put("unseen9", new Floor(31, 42, 0));
        // collected late in session 11 (four collectors, 25 cases: the stores are nearly used up), measured
        // once untouched with the rules then (2026-12-05 14:15, 41cfd5c) and the session's starting rules
        // (3279c7c): 6 and 8 of 16 expressible (session start: 8 and 8), no empty report, no wrong
        // confirmed; looked at since. Lowered from 14 to 13 in session 24: the old Mac client's "cannot verify the
        // identity" dialog is now known in Chinese too, and its documented causes put the client first; its
        // jdcloud ticket was fixed on the host (the security layer), so it is second there (the corpus has two
        // tickets of this dialog fixed each way)
        FLOORS.put("unseen10", new Floor(14, 16, 0));
        // collected at the start of session 12 (four collectors, 30 cases: security and lab tools, cloud images
        // and provisioning, tunnels and web gateways, Microsoft Japan's support blogs), measured once untouched
        // with the session's starting rules (2026-12-05 16:08, f1be937): 8 and 11 of 30 (of 22 expressible),
        // two empty reports, no wrong confirmed; looked at since
        FLOORS.put("unseen11", new Floor(21, 22, 1));
        // collected in session 12 after its first changes (three collectors, 24 cases: hardening and baseline
        // tools, labs and RemoteApp helpers, RDP client projects), measured once untouched with the rules then
        // (2026-12-05 16:17, 62fd983) and the session's starting rules (f1be937): 6 and 7 of 24 (of 21
        // expressible; start: 6 and 6), no empty report, one wrong confirmed (LOCKED-OUT, which named being
        // locked out a confirmed root cause: now a symptom of the causes that shut RDP for everybody); looked at since
        // top-1 15 since session 21 (16 before): winpodx#214's FreeRDP through its loopback forward now lists
        // first the certificate FreeRDP keeps for 127.0.0.1 (a rule's finding), before the client's own
        // defect from practice, which is second
        FLOORS.put("unseen12", new Floor(15, 18, 0));
        // collected late in session 12 (three collectors, 6 cases: the stores are used up), measured once untouched
        // with the rules then (2026-12-05 16:30, 778087c) and the session's starting rules (f1be937): 0 and 3
        // of 6 (start: 0 and 2), no empty report, no wrong confirmed; looked at since
        FLOORS.put("unseen13", new Floor(3, 6, 0));
        // collected at the start of session 13 (two collectors, 22 cases: remote-access tools, RDP Wrapper after
        // updates, MFA credential providers and security products' KBs), measured once untouched with the
        // session's starting rules (048d3bd): 10 and 12 of 22 (of 20 expressible), and with the rules then
        // (2026-12-05, the session's first three changes, made before the cases were seen): 12 and 14; one
        // empty report, no wrong confirmed; looked at since
        FLOORS.put("unseen14", new Floor(16, 18, 1));
        // collected at the start of session 14 (three collectors, 45 cases: trackers of RDP clients and of
        // tools that configure Windows, threads that quote an error code, Microsoft's articles in Polish,
        // Russian, Czech, Italian and Portuguese), measured once untouched with the session's starting rules
        // (eb77ed3) and with its first two changes, made before the cases were seen (f24f37a): 12 and 18 of
        // 45 (of 35 expressible) both, no empty report, no wrong confirmed; looked at since (three cases
        // relabelled, each saying why)
        FLOORS.put("unseen15", new Floor(29, 32, 0));
        // collected at the start of session 15 (three collectors: 22 cases, one dropped as the same thread another
        // collector had taken; community threads in Spanish, German, French and Dutch, English Q&A sites,
        // GitHub trackers not used before), measured once untouched with the session's starting rules
        // (8c2f470), its two new causes (4d64c68) and its recount of the priors, made before the cases were
        // read (09bf9e6): 9 / 11, 9 / 11 and 10 / 11 of 17 expressible (of 21), one empty report, no wrong
        // confirmed; looked at since
        FLOORS.put("unseen16", new Floor(14, 15, 0));
        // collected at the start of session 16 (three collectors, 31 cases: vendor and cloud knowledge bases
        // kept on GitHub, Microsoft's NT 4.0-era knowledge base, GitHub trackers not used before), measured
        // once untouched with the session's starting rules (be4861b) and with its changes made before the
        // cases were read (9a70b37): 7 / 12 of 23 expressible (of 31) both, no empty report, no wrong
        // confirmed; looked at since
        FLOORS.put("unseen17", new Floor(16, 20, 0));
        // collected in session 17 (two collectors, 14 cases: single-incident threads in other languages,
        // trackers of tools that wrap RDP; most of the stores' confirmed threads were used before), measured
        // once untouched with the session's starting rules (ec48736) and with its changes made before the
        // cases were collected (4a3e432): 5 / 7 of 13 expressible (of 14) both, one empty report, no wrong
        // confirmed; looked at since
        FLOORS.put("unseen18", new Floor(7, 8, 1));
        // collected in session 21 by three collectors who did not read the rules nor run rdp-doctor (7 cases:
        // the stores are used up), measured once untouched with the session's starting rules (f14f9a8) and with
        // its rules at 030de7f: 4 and 4 of 7 both, no empty report, no wrong confirmed; looked at since
        FLOORS.put("unseen19", new Floor(6, 6, 0));
        // collected in session 22 by two collectors who did not read the rules nor run rdp-doctor (17 cases:
        // single-incident posts and vendor articles, trackers), measured once untouched with the session's
        // starting rules (56b0423) and with its rules at b8c8e7a: 8 / 10 of 14 expressible both, no empty
        // report, no wrong confirmed
        FLOORS.put("unseen20", new Floor(9, 11, 0));
        // collected in session 23 by two collectors who did not read the rules nor run rdp-doctor (12 cases:
        // help articles, a wiki, forum answers, a city's IT helpdesk tracker), measured once untouched with the
        // session's starting rules (d0e0b95) and with its first two changes: 6 / 7 of 11 expressible both, no
        // empty report, no wrong confirmed
        FLOORS.put("unseen21", new Floor(8, 9, 0));
        // collected late in session 23 by a collector who did not read the rules nor run rdp-doctor (8 cases from
        // vendors' documentation repositories: AWS, Alibaba, a hosting provider's knowledge base, Microsoft), measured
        // once untouched with the session's starting rules (d0e0b95) and its final ones (a46a268): 3 / 4 of 5
        // expressible both, no empty report, no wrong confirmed
        FLOORS.put("unseen22", new Floor(4, 5, 0));
        // collected at the start of session 24 by a collector who did not read the rules nor run rdp-doctor (12 cases:
        // Azure's self-help texts for a VM that cannot be reached by RDP, and Entra's docs), measured once untouched with
        // the session's starting rules (1106a5e) and with its first change: 7 / 8 of 9 expressible both, no empty
        // report, no wrong confirmed
        FLOORS.put("unseen23", new Floor(7, 8, 0));
        // collected in session 24 by a collector who did not read the rules nor run rdp-doctor (11 cases: issue
        // trackers of RDP clients, web consoles, a city's helpdesk; GitLab's Remmina tracker), measured once untouched
        // with the session's starting rules (1106a5e) and with its first three changes: 4 / 4 of 10 expressible both,
        // no empty report, no wrong confirmed
        FLOORS.put("unseen24", new Floor(8, 8, 0));
        // collected late in session 24 by a collector who did not read the rules nor run rdp-doctor (7 cases: a personal
        // notes repository, a product's FAQ, a how-to), measured once untouched with the session's final rules (8d52bd4)
        // and its starting ones (1106a5e): 5 / 5 of 6 expressible both, no empty report, no wrong confirmed
        FLOORS.put("unseen25", new Floor(5, 5, 0));
        // collected at the start of session 25 by two collectors who did not read the rules nor run rdp-doctor (11 cases:
        // product FAQs, an archive of Microsoft's old KB articles, a cloud's bastion FAQ; issue trackers), measured once
        // untouched with the session's starting rules (d3e5fac) and with its first two changes (made before the cases
        // were seen): 5 / 5 of 11 expressible both, no empty report, no wrong confirmed
        FLOORS.put("unseen26", new Floor(8, 9, 0));
        // collected at the start of session 26 by three collectors who did not read the rules nor run rdp-doctor (18
        // cases: web pages, Microsoft's old KB archive, trackers of tools around Windows hosts, cloud docs), measured once
        // untouched with the session's starting rules (3148d17) and with its changes made before each lane was seen:
        // 9 / 10 of 15 expressible both, 1 empty report, no wrong confirmed; 12 / 14 since (2 empty: causes the
        // catalogue lacks)
        FLOORS.put("unseen27", new Floor(12, 14, 2));
        // collected at the start of session 27 by three collectors who did not read the rules nor run rdp-doctor (22
        // cases: Japanese, German and French pages, admins' blogs and notes kept in GitHub repositories, Microsoft's
        // old KB archive and FAQ), measured once untouched with the session's starting rules (7d1e25e) and with its
        // first change (made before the cases were seen): 8 / 13 of 16 expressible both, no empty expressible report,
        // no wrong confirmed; 13 / 15 since (1 empty: a cause the catalogue lacks)
        FLOORS.put("unseen28", new Floor(13, 15, 1));
        // collected in session 27 by three more collectors who did not read the rules nor run rdp-doctor (14 cases: GitHub
        // threads run like Q&A, Korean and Chinese blogs and docs, trackers of web gateways and RDP libraries), measured
        // once untouched with the session's starting rules (7d1e25e) and with its changes until then (237d610): 7 / 9 of
        // 12 expressible both, no empty report, no wrong confirmed; 10 / 12 since
        FLOORS.put("unseen29", new Floor(10, 12, 0));
        // collected late in session 27 by two more collectors who did not read the rules nor run rdp-doctor (12 cases:
        // GitHub Discussions, admins' blogs and lab notes kept in GitHub repositories), measured once untouched with the
        // session's starting rules (7d1e25e) and with its changes until then (9fae636): 6 / 9 of 12 expressible both,
        // no empty report, no wrong confirmed; 7 / 11 since
        FLOORS.put("unseen30", new Floor(7, 11, 0));
        // collected at the end of session 27 by three more collectors who did not read the rules nor run rdp-doctor (25
        // cases: trackers of web RDP gateways and RDP libraries, "issues encountered" sections of lab repositories,
        // documentation issues and pages), measured once untouched with the session's starting rules (7d1e25e) and with
        // its rules until then (f636377): 14 / 19 of 21 expressible both, no empty report, no wrong confirmed; 16 / 19 since
        FLOORS.put("unseen31", new Floor(16, 19, 0));
    }

    static CorpusEval.Result result;

    @BeforeAll
    static void score() throws Exception {
        result = new CorpusEval(new Diagnoser(TestRules.bundled(), TestRules.DAY)).run(Path.of("corpus"));
    }

    private static CorpusEval eval() {
        return new CorpusEval(new Diagnoser(TestRules.bundled(), TestRules.DAY));
    }

    @Test
    void everyCaseIsReadable() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.all().cases()).isGreaterThanOrEqualTo(80);
        assertThat(result.bySplit()).containsOnlyKeys(FLOORS.keySet());
    }

    @Test
    void noReportIsEmptyAndNoneIsWronglyConfirmed() {
        FLOORS.forEach((split, floor) -> {
            assertThat(result.bySplit().get(split).empty()).as(split + " empty").isLessThanOrEqualTo(floor.empty());
            assertThat(result.bySplit().get(split).wrongConfirmed()).as(split + " wrong confirmed").isZero();
        });
    }

    @Test
    void theScoresStayAtLeastWhereTheyWere() {
        FLOORS.forEach((split, floor) -> {
            CorpusEval.Score score = result.bySplit().get(split);
            assertThat(score.top1()).as(split + " top-1").isGreaterThanOrEqualTo(floor.top1());
            assertThat(score.top3()).as(split + " top-3").isGreaterThanOrEqualTo(floor.top3());
        });
    }

    /**
     * The tickets' own words pasted as they are ({@code eval --as-pasted}): measured when the free-text
     * reader came (session 18: 173 and 190 of 749, 494 empty; before it, every paste of words was not
     * understood); session 19's complaint phrases: 190 and 215, 368 empty; session 20's prose about Remote
     * Desktop read as a report that it fails: 225 and 276, 91 empty; with the client and RDP Wrapper a
     * ticket names: 240 and 305; with firewalls, VPNs and gateways: 242 and 308; with session 20's rules and
     * RDP Wrapper's names as topic words: 253, 311 and 85 empty; the words for firewall rules: 257; the words that say RDP was removed:
     * 260 and 314; the words for a Microsoft account: 263 and 318; the words for a changed
     * port: 265 and 321; for an expired password: 266 and 322;
     * with multi-factor products' credential providers named: 271 and 326; the words
     * for Remote Desktop Users and for XP clients with NLA: 273 and 327;
     * 'remote connection' among the topic words: 274, 328 and 84 empty; session 21's knowledge (messages of
     * Power Automate, Teleport, the AVD agent, the Remote Desktop apps' NTLM challenge; security products a
     * report names): 280, 338 and 80 empty of 749; with the seven cases of unseen19: 284, 342 and 82 empty of
     * 756; session 22's changes told in a sentence ("after installing KB5005033") and the other termsrv.dll
     * patchers named: 294, 353 and 82 empty; with another client or version that works
     * (product-names.yaml's comparisons): 296, 354 and 82 empty; with the 17 cases of unseen20: 301, 361 and
     * 84 empty of 773; every client derived.ClientSwitches knows by name among the products (Termix, electerm,
     * PyRDP, ncrack...), and a client named as the one that works not taken for the failing one: 305, 369, 84;
     * an event quoted with no failure in words a report that it fails, RCM 1068 read, the other antivirus
     * products named: 307, 373 and 75 empty; JSON pasted from elsewhere (a flow's error object) read as text, and
     * Power Automate's session time-limit errors known: 311, 377 and 71 empty; Korean prose, termsrv.dll and
     * Enhanced Session Mode among the topic words: 312, 378 and 64 empty; the words for the firewall's block-all
     * switch and for session time limits, Chinese and Japanese words for the password asked every time: 315, 381, 64;
     * the words for Remote Desktop switched off, locally or by policy: 318, 384 and 64 empty; an event by its
     * provider's short name ("Schannel 36874") and an uninstaller run as a tool run: 320, 386 and 64 empty; session 23's
     * Service Control Manager events quoted by ID without their provider, RDPWrapper and Terminalserver among the topic
     * words: 321, 387 and 62 empty; with the 12 cases of unseen21 and the words for a host that is off or halted at
     * BitLocker's screen: 327, 395 and 63 empty of 785; a host asleep in the report's words beside a client's message
     * (and the words for waking it): 328, 396 and 63 empty; the client's "The remote machine is AADJ joined" read as an
     * Entra-joined host, and the words for a changed listening port: 330, 398 and 63 empty; the words for a disabled
     * network adapter, a public network profile, CVE-2018-0886 and the CredSSP policy's settings: 334, 400 and 63 empty;
     * a VPN on the path with a report of a failure that names no stage, the words for the licensing grace period: 336,
     * 402 and 63 empty; Remote Desktop's short names and the RDS roles' and Windows 365's words among the topic words,
     * a thumbprint error after a renewal: 337, 403 and 56 empty; the report's words read beside a client's error that no
     * message knows, and the words for new connections refused while the open sessions go on: 338, 404 and 56 empty;
     * the user-right policies by their names, a GPU given to the VM, "since patch Tuesday": 342, 408 and 56 empty;
     * the NTSTATUS of a password that must change as logs print it (c0000224): 343, 409 and 56 empty; the console-session
     * dialog as users retell it ("I already have a local session"): 344, 410 and 56 empty; with the 8 cases of unseen22
     * and AWS's paravirtual network drivers by name: 347, 414 and 59 empty of 793; with the 12 cases of unseen23 (4 of
     * them empty) and the ticket's words that name one of its message's causes (Protected Users beside the
     * account-restriction message): 353, 422 and 63 empty of 805; with the 11 cases of unseen24, the words for Safe Mode,
     * a static address inside the VM, a disabled account, a user-defined route, and prose that names such a cause read
     * as a report that it fails though it never says "Remote Desktop": 367, 435 and 48 empty of 816; an event under its
     * own label ("Event ID 71:", "ID: 1036" beside "Source:") with its text, the words of error 1069 and of TermService's
     * exit code 5: 372, 441 and 46 empty; command output inside the prose read by its parser, Get-Service tables of chosen
     * properties: 373, 442 and 46 empty; IAP Desktop's tunnel timeout, FreeRDP's gateway 403, the RD Gateway's TS_RAP, and
     * Conditional Access among the causes of the Windows App's security error: 377, 446 and 45 empty; the words for TCP port
     * exhaustion, a Home edition, a credential provider, the Chinese text of the old Mac client's identity dialog: 382, 452
     * and 44 empty; the words for Restricted Admin and Remote Credential Guard, and a report's words beside a quoted
     * message: 383, 455 and 44 empty; "connections don't work" and "fails to login" among the complaint phrases: 384, 456
     * and 44 empty; with the 7 cases of unseen25: 388, 461 and 44 empty of 823; the words for TermService logging on
     * as Network Service: 389, 462 and 43 empty; FreeRDP's RD Gateway 503 with RPC error 6ba: 390, 463 and 42 empty;
     * session 25's new causes (the wait at "Securing remote connection", the busy session host's known leaks) and seven
     * cases relabelled to them or to causes the catalogue has, and the 11 cases of unseen26: 399, 476 and 42 empty of 834;
     * session 26's knowledge (the host's Windows and a loopback target read from the words, RCM 1012, a retold dialog)
     * and the 18 cases of unseen27: 418, 492 and 38 empty of 852; the rest of session 26's words (RDP Wrapper's .ini,
     * a VM without a public address, a GPU or the WDDM driver beside a black screen, the firewall rule's scope, a
     * bastion's Windows2016 platform, a blank password, saved credentials not passed, "can connect via IP"): 432, 506
     * and 37 empty; the guest's NIC driver, an old DNS address, the AVD agent's DownloadMsiException, sessions that
     * freeze, an instance not yet started: 441, 516 and 35 empty; the DHCP Client's failure off the clouds and the
     * host's NLA checkbox by its name: 443, 518 and 35 empty; with the 22 cases of unseen28 and session 27's knowledge
     * (labelled short codes in prose, the display driver's extended codes, the sign-in right retold in the policy's
     * words): 454, 530 and 35 empty of 874; mstsc's must-change-password dialog in Japanese, Japanese words for "after
     * the update", the Japanese dialog's labels for its codes: 456, 532 and 35 empty; with the 14 cases of unseen29 and
     * Teleport's and FreeRDP 3's names as tickets write them: 461, 537 and 35 empty of 888; with the 12 cases of
     * unseen30: 466, 546 and 35 empty of 900; with the 25 cases of unseen31 (one of them empty pasted): 476, 560 and 36
     * empty of 925.
     * The same floors' rule: may
     * rise, never fall; never wrongly confirmed.
     */
    @Test
    void theTicketsOwnWordsPastedAsTheyAreStayAtLeastWhereTheyWere() throws Exception {
        CorpusEval.Result pasted = new CorpusEval(new Diagnoser(TestRules.bundled(), TestRules.DAY),
                io.rdpdoctor.knowledge.FreeTextQuotes.of(TestRules.bundled().catalogue())).run(Path.of("corpus"));
        assertThat(pasted.problems()).isEmpty();
        assertThat(pasted.all().top1()).as("top-1 of the pasted words").isGreaterThanOrEqualTo(466);
        assertThat(pasted.all().top3()).as("top-3 of the pasted words").isGreaterThanOrEqualTo(546);
        assertThat(pasted.all().empty()).as("empty reports of the pasted words").isLessThanOrEqualTo(36);
        assertThat(pasted.all().wrongConfirmed()).isZero();
    }

    @Test
    void asPastedACaseIsItsObservedWordsAndNeedsNoFactFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("w.case.yaml"), "source: s\nkind: blog\ncause: c\nconfirmation: c\nfamily: credssp\n"
                + "observed: |\n  Since the update mstsc says: An authentication error has occurred.\n"
                + "  This could be due to CredSSP encryption oracle remediation.\nexpect: [CREDSSP-ORACLE]\n");
        CorpusEval words = new CorpusEval(new Diagnoser(TestRules.bundled(), TestRules.DAY),
                io.rdpdoctor.knowledge.FreeTextQuotes.of(TestRules.bundled().catalogue()));
        CorpusEval.Outcome o = words.runCase(dir.resolve("w.case.yaml"));
        assertThat(o.ranked()).first().isEqualTo("CREDSSP-ORACLE");
        assertThat(o.top1()).isTrue();
    }

    @Test
    void aCaseWithoutItsFactFileOrWithAnUnknownKeyIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path lonely = dir.resolve("x.case.yaml");
        Files.writeString(lonely, "source: s\nkind: blog\nobserved: o\ncause: c\nconfirmation: c\nfamily: other\n");
        assertThatThrownBy(() -> eval().runCase(lonely)).isInstanceOf(InputException.class)
                .hasMessageContaining("x.case.yaml").hasMessageContaining("no fact file");
        Files.writeString(lonely, "source: s\nkind: blog\nobserved: o\ncause: c\nconfirmation: c\nfamily: other\nexpected: [X]\n");
        assertThatThrownBy(() -> eval().runCase(lonely)).isInstanceOf(InputException.class)
                .hasMessageContaining(":7").hasMessageContaining("unknown key 'expected'");
    }

    @Test
    void expressibleIsFullPartialOrNoneAndAnythingElseIsAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("x.case.yaml");
        // "no" once counted as expressible: only "none" said otherwise
        Files.writeString(c, "source: s\nkind: blog\nobserved: o\ncause: c\nconfirmation: c\nfamily: other\nexpressible: no\n");
        assertThatThrownBy(() -> CorpusEval.readCase(c)).isInstanceOf(InputException.class)
                .hasMessageContaining("x.case.yaml:7").hasMessageContaining("full").hasMessageContaining("none");
        Files.writeString(c, "source: s\nkind: blog\nobserved: o\ncause: c\nconfirmation: c\nfamily: other\nexpressible: none\n");
        assertThat(CorpusEval.readCase(c).expressibleEvidence()).isFalse();
        Files.writeString(c, "source: s\nkind: blog\nobserved: o\ncause: c\nconfirmation: c\nfamily: other\nexpressible: partial\n");
        assertThat(CorpusEval.readCase(c).expressibleEvidence()).isTrue();
    }

    @Test
    void aRightFirstAnswerCountsAsTopOneAndAWrongOneDoesNot(@TempDir Path dir) throws Exception {
        String head = "source: s\nkind: blog\nobserved: o\ncause: c\nconfirmation: c\nfamily: credssp\n";
        Files.writeString(dir.resolve("c.facts.yaml"), "host: {name: H}\nconnectionAttempts:\n  - {succeeded: false, errorText: "
                + "'An authentication error has occurred. The function requested is not supported. "
                + "This could be due to CredSSP encryption oracle remediation.'}\n");
        Files.writeString(dir.resolve("c.case.yaml"), head + "expect: [CREDSSP-ORACLE]\n");
        CorpusEval.Outcome right = eval().runCase(dir.resolve("c.case.yaml"));
        assertThat(right.top1()).isTrue();
        assertThat(right.top3()).isTrue();
        assertThat(right.verdict()).isEqualTo("top-1");
        Files.writeString(dir.resolve("c.case.yaml"), head + "expect: [LICENSING]\n");
        CorpusEval.Outcome wrong = eval().runCase(dir.resolve("c.case.yaml"));
        assertThat(wrong.top1()).isFalse();
        assertThat(wrong.verdict()).isIn("miss", "top-3");
    }

    @Test
    void priorsAreEachCausesShareOfTheCasesThatNameOneForEachKindOfClientApart(@TempDir Path dir) throws Exception {
        String head = "source: s\nkind: blog\nobserved: o\ncause: c\nconfirmation: c\nfamily: other\n";
        Files.createDirectories(dir.resolve("split"));
        Files.writeString(dir.resolve("split/a.facts.yaml"), "host: {name: H}\nconnectionAttempts: [{app: xfreerdp, succeeded: false}]\n");
        Files.writeString(dir.resolve("split/a.case.yaml"), head + "expect: [NLA-MISMATCH, SECURITY-LAYER]\n");
        Files.writeString(dir.resolve("split/b.facts.yaml"), "host: {name: H}\nconnectionAttempts: [{app: mstsc, succeeded: false}]\n");
        Files.writeString(dir.resolve("split/b.case.yaml"), head + "expect: [NLA-MISMATCH]\n");
        Files.writeString(dir.resolve("split/c.facts.yaml"), "host: {name: H}\n");
        Files.writeString(dir.resolve("split/c.case.yaml"), head + "expect: []\nmissing: m\n");
        CorpusEval.Priors p = CorpusEval.priors(dir);
        assertThat(p.problems()).isEmpty();
        Files.writeString(dir.resolve("split/d.facts.yaml"), "host: {name: H}\nclient: {rdpClient: mstsc}\n");
        Files.writeString(dir.resolve("split/d.case.yaml"), head + "expect: [BAD-CREDENTIALS]\n");
        // the case naming no catalogue id is not counted; the xfreerdp case is counted apart
        assertThat(p.cases()).isEqualTo(1);
        assertThat(p.counts()).containsExactly(Map.entry("NLA-MISMATCH", 1.0));
        assertThat(p.prior("NLA-MISMATCH")).isEqualTo(1.0);
        assertThat(p.prior("SECURITY-LAYER")).isZero();
        CorpusEval.Priors withD = CorpusEval.priors(dir);
        assertThat(withD.cases()).isEqualTo(2);
        assertThat(withD.prior("NLA-MISMATCH")).isEqualTo(0.5);
        assertThat(withD.prior("BAD-CREDENTIALS")).isEqualTo(0.5);
        assertThat(p.ownStackCases()).isEqualTo(1);
        assertThat(p.priorOwnStack("NLA-MISMATCH")).isEqualTo(0.5);
        assertThat(p.priorOwnStack("SECURITY-LAYER")).isEqualTo(0.5);
        assertThat(p.prior("LICENSING")).isZero();
    }
}
