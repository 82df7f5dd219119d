package uk.takingpart.base.text;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 CSV that is also safe to open in a spreadsheet (the audit export, attendee lists). */
public final class Csv {
    private Csv() {}

    /** Writes one record: cells separated by commas, ended by CRLF. */
    public static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    /**
     * A cell: a value a spreadsheet would run as a formula (starting with = + - @, a tab or a
     * carriage return) gets a leading apostrophe; a value holding a comma, quote or line break
     * is quoted, with quotes doubled. Null is an empty cell.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\r') < 0 && safe.indexOf('\n') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
