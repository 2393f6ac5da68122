package org.fairshed.common.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.fairshed.common.InputException;

/**
 * Reads a whole text file as strict UTF-8, bounded in size: every failure is an {@link InputException} naming the
 * file (missing, a folder, unreadable, larger than the limit, not UTF-8 with the line of the first bad byte).
 * A UTF-8 byte-order mark is dropped.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * @param file     the file to read
     * @param maxBytes largest size accepted (a documented limit from {@link org.fairshed.common.Limits})
     * @param what     what the file is, for messages: "case file", "scenario"
     */
    public static String readUtf8(Path file, long maxBytes, String what) {
        String source = file.toString();
        byte[] bytes = readBytes(file, maxBytes, what);
        return decode(bytes, source);
    }

    /** The bytes of {@code file}, refused beyond {@code maxBytes}. */
    public static byte[] readBytes(Path file, long maxBytes, String what) {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw InputException.of(source, "is a folder, not a " + what);
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw InputException.of(source, "is " + size + " bytes; a " + what + " may have at most " + maxBytes
                        + " bytes (" + (maxBytes >> 20) + " MiB)");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                throw InputException.of(source, "grew beyond " + maxBytes + " bytes while it was read");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw InputException.of(source, what + " not found");
        } catch (AccessDeniedException e) {
            throw InputException.of(source, "cannot be read: permission denied");
        } catch (IOException e) {
            throw InputException.of(source, "cannot be read: " + e.getMessage());
        }
    }

    /** {@code bytes} as strict UTF-8; a bad sequence is an error naming its line and byte offset. */
    public static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalid(bytes, start);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw InputException.atLine(source, line, String.format("is not UTF-8 text: byte 0x%02x at offset %d cannot be decoded "
                    + "(save the file as UTF-8)", offset < bytes.length ? bytes[offset] & 0xff : 0, offset));
        }
    }

    /** Offset of the first byte that starts no valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        decoder.decode(in, out, true);
        return in.position();
    }
}
