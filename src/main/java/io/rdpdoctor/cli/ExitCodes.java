package io.rdpdoctor.cli;

/** The documented exit codes (README, "Exit codes"). */
public final class ExitCodes {

    /** Every input was read and no cause or symptom was found. */
    public static final int NO_DIAGNOSIS = 0;
    /** An unexpected failure inside rdp-doctor: a bug to report. */
    public static final int INTERNAL_ERROR = 1;
    /**
     * Standard output could not be written (a full disk, a closed pipe): the same code as an
     * internal error, with its own message ("cannot write standard output").
     */
    public static final int OUTPUT_ERROR = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /**
     * An input, or a part of one, could not be read (missing, empty, malformed) or was not
     * understood (no command recognised, a gpresult /r with no policy, a client message that
     * matches nothing, a fact file with nothing but a host name: the report says so first,
     * {@code diagnosis.Understanding}); the others were still diagnosed.
     */
    public static final int INPUT_ERROR = 3;
    /** At least one diagnosis was found (and every input was read). */
    public static final int DIAGNOSES_FOUND = 4;
    /** The rules could not be loaded (DRL syntax error, bad catalogue entry). */
    public static final int RULE_ERROR = 5;
    /** test-rules: a scenario or a contract check failed, or the directory holds no scenario. */
    public static final int TESTS_FAILED = 6;

    private ExitCodes() {
    }
}
