package io.rdpdoctor.parse.commands;

import java.util.ArrayList;
import java.util.List;

/** PowerShell Format-Table output: a header line, a dash underline that gives the columns, rows. */
final class Tables {

    private Tables() {
    }

    /** Start columns of the dash groups of an underline ("----  -----"), or null when it is not one. */
    static int[] columns(String underline) {
        if (!underline.strip().matches("-+( +-+)*")) return null;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < underline.length(); i++) {
            if (underline.charAt(i) == '-' && (i == 0 || underline.charAt(i - 1) == ' ')) starts.add(i);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The cells of a row cut at the columns (the last cell runs to the end), stripped. */
    static List<String> cells(String row, int[] cols) {
        List<String> out = new ArrayList<>();
        int[] b = new int[cols.length];
        for (int k = 0; k < cols.length; k++) {
            b[k] = Math.min(cols[k], row.length());
            // a value that overflowed its column ("NT AUTHORITY\A... 3/16/2017") pushes the next one right:
            // the cell starts after the last space before the column
            while (k > 0 && b[k] > b[k - 1] + 1 && b[k] < row.length() && row.charAt(b[k] - 1) != ' ') b[k]--;
        }
        for (int k = 0; k < cols.length; k++) {
            int from = b[k];
            int to = k + 1 < cols.length ? b[k + 1] : row.length();
            out.add(from >= to ? "" : row.substring(from, to).strip());
        }
        return out;
    }

    /** Header labels cut at the same columns. */
    static List<String> labels(String header, int[] cols) {
        return cells(header, cols);
    }
}
