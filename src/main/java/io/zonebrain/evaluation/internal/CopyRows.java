package io.zonebrain.evaluation.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's COPY text format, sent in chunks of about a megabyte: columns separated by tabs, null as
 * {@code \N}, and in text the four characters COPY reads specially (backslash, tab, newline, carriage return)
 * escaped, so any name or JSON goes through unchanged.
 */
final class CopyRows {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(4096);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 8192);
    private long bytes;

    CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** A number or boolean (no escaping needed), or null. */
    CopyRows value(Object v) {
        row.append(v == null ? "\\N" : v.toString()).append('\t');
        return this;
    }

    CopyRows text(String s) {
        append(s);
        row.append('\t');
        return this;
    }

    /** The row's last column, then the row goes to the buffer (and the buffer to the server when it is full). */
    void last(String s) throws SQLException {
        append(s);
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        row.setLength(0);
        if (buffer.size() >= CHUNK) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            bytes += buffer.size();
            buffer.reset();
        }
    }

    /** What was sent so far. */
    long bytes() {
        return bytes;
    }

    private void append(String s) {
        if (s == null) {
            row.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }
}
