package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises: the columns of a dash underline, the cells of a row cut at them
 * (the last to the end; a cell that starts left of its column starts after the space before it), and the
 * header's labels. The rows are Get-HotFix's (its javadoc's and the en-1-cim sample's).
 */
class TablesTest {

    private static final String RULE = "------        -----------      --------      -----------          -----------";

    @Test
    void theColumnsOfAnUnderline() {
        assertThat(Tables.columns(RULE)).containsExactly(0, 14, 31, 45, 66);
        assertThat(Tables.columns("  --  ---")).containsExactly(2, 6);
        assertThat(Tables.columns("------  -x--")).isNull();
        assertThat(Tables.columns("Source  Description")).isNull();
    }

    @Test
    void theCellsOfARow() {
        int[] cols = Tables.columns(RULE);
        assertThat(Tables.cells("SRV01         Security Update  KB5005033     NT AUTHORITY\\SYSTEM  9/14/2021 12:00:00 AM", cols))
                .containsExactly("SRV01", "Security Update", "KB5005033", "NT AUTHORITY\\SYSTEM", "9/14/2021 12:00:00 AM");
        assertThat(Tables.cells("              Update           KB5004331", cols)).containsExactly("", "Update", "KB5004331", "", "");
        // the en-1-cim sample's row: InstalledBy cut to its width, InstalledOn one column left of its own
        assertThat(Tables.cells("              Update           KB3199986     SRV01-XXXXXXXX\\A... 11/15/2016 12:00:00 AM", cols))
                .containsExactly("", "Update", "KB3199986", "SRV01-XXXXXXXX\\A...", "11/15/2016 12:00:00 AM");
        assertThat(Tables.labels("Source        Description      HotFixID      InstalledBy          InstalledOn", cols))
                .isEqualTo(List.of("Source", "Description", "HotFixID", "InstalledBy", "InstalledOn"));
    }
}
