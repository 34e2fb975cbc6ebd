package io.rdpdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One access-control entry of a file or folder (icacls), with the principal's SID where known so
 * that "VORDEFINIERT\Administratoren" and "BUILTIN\Administrators" are the same principal.
 *
 * @param rights icacls notation, e.g. "F", "(R,W)", "(OI)(CI)F"
 */
public record AclEntry(
        @JsonProperty(required = true) String path,
        String principal,
        String sid,
        @JsonProperty(required = true) String rights,
        Boolean deny,
        Source source) implements Sourced<AclEntry> {

    private static final java.util.regex.Pattern FULL_CONTROL = java.util.regex.Pattern.compile(".*(^|[(])F([)]|$).*");

    public boolean fullControl() {
        return FULL_CONTROL.matcher(rights).matches();
    }

    @Override
    public AclEntry withSource(Source s) {
        return new AclEntry(path, principal, sid, rights, deny, s);
    }

    @Override
    public String describe() {
        return path + ": " + (principal != null ? principal : sid) + (Boolean.TRUE.equals(deny) ? " denied " : " ") + rights;
    }
}
