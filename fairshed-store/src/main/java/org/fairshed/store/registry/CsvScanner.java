package org.fairshed.store.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.common.InputException;

/**
 * RFC 4180 records from a UTF-8 stream, with the line each starts on: fields separated by commas, optionally quoted
 * ({@code ""} inside quotes is a quote, a quoted field may span lines), records ended by CRLF or LF, a leading
 * byte-order mark dropped. Bounded: more than {@code maxBytes} bytes or a record longer than {@link #MAX_RECORD_CHARS}
 * is a fatal {@link InputException}, as is text that is not UTF-8 or an unclosed quote.
 */
final class CsvScanner {

    static final int MAX_RECORD_CHARS = 64 * 1024;
    private static final int EOF = -1;

    private final String source;
    private final Reader reader;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int position;
    private int line = 1;
    private int recordLine;
    private boolean started;

    CsvScanner(InputStream in, String source, long maxBytes) {
        this.source = source;
        this.reader = new InputStreamReader(new BoundedInputStream(in, maxBytes, source), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The line the last record started on. */
    int recordLine() {
        return recordLine;
    }

    /** The next record's fields, null at the end of the input. */
    List<String> next() {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\ufeff') {
                c = read();
            }
        }
        if (c == EOF) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int chars = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (++chars > MAX_RECORD_CHARS) {
                throw InputException.atLine(source, recordLine, "has a record longer than " + MAX_RECORD_CHARS
                        + " characters (an unclosed quote?)");
            }
            if (quoted) {
                if (c == EOF) {
                    throw InputException.atLine(source, recordLine, "has a quoted field that is never closed");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == EOF) {
                if (c == '\n') {
                    line++;
                }
                fields.add(trimCr(field, wasQuoted));
                return fields;
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (wasQuoted && c != '\r') {
                throw InputException.atLine(source, recordLine, "has text after a closing quote in field "
                        + (fields.size() + 1));
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private static String trimCr(StringBuilder field, boolean wasQuoted) {
        int n = field.length();
        if (!wasQuoted && n > 0 && field.charAt(n - 1) == '\r') {
            field.setLength(n - 1);
        }
        return field.toString();
    }

    private int read() {
        if (position == length) {
            try {
                length = reader.read(buffer, 0, buffer.length);
            } catch (CharacterCodingException e) {
                throw InputException.atLine(source, line, "is not UTF-8 text (save the file as UTF-8)");
            } catch (IOException e) {
                if (e.getCause() instanceof InputException ie) {
                    throw ie;
                }
                throw InputException.of(source, "cannot be read: " + e.getMessage());
            }
            position = 0;
            if (length <= 0) {
                length = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }

    /** Refuses to read past {@code max} bytes. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private final long max;
        private final String source;
        private long count;

        BoundedInputStream(InputStream in, long max, String source) {
            this.in = in;
            this.max = max;
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new IOException("too large", InputException.of(source, "is larger than " + max
                        + " bytes, the most a registry file may have"));
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
