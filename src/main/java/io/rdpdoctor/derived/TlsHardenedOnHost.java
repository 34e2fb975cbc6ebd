package io.rdpdoctor.derived;

import java.util.List;

/**
 * The host's TLS was hardened: a cipher-hardening tool is installed (IIS Crypto), a hardening change
 * names ciphers or TLS versions, or a cipher is switched off under SCHANNEL\Ciphers. Windows' own
 * client still finds a suite in common; a client with an RDP stack of its own may not.
 *
 * @param fact the fact that shows it
 */
public record TlsHardenedOnHost(Object fact) implements Derived {

    @Override
    public List<Object> grounds() {
        return List.of(fact);
    }

    @Override
    public String describe() {
        return "the host's TLS ciphers or versions were hardened";
    }
}
