package io.rdpdoctor.diagnosis;

/**
 * A confirmed finding accounts for {@code id}, a diagnosis or a client message, as the catalogue
 * says ({@link io.rdpdoctor.knowledge.Explanations}). Derived by rules/derive/explained.drl, and
 * nowhere else: a rule that should stay silent once its evidence is accounted for says
 * {@code not Explained(id == "RDP-CERT-CREATE-FAILED")}, never a list of the explaining ids.
 *
 * @param id what is accounted for
 * @param by the confirmed diagnosis that accounts for it
 */
public record Explained(String id, String by) {
}
