package org.fairshed.store.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.fairshed.common.InputException;

/**
 * Seals the secrets the server must keep readable (webhook signing secrets, its VAPID private key) before they go into
 * the database, under a key that lives outside it: AES-256-GCM with a random 96-bit nonce, the row the value belongs
 * to as associated data (a sealed value copied into another row does not open). A sealed value reads
 * {@code fs1:<key id>:<base64 of nonce and ciphertext with its tag>}; the key id (the first 8 bytes of an HMAC of a
 * fixed label under the key) names which key sealed it, so a process given another key says so instead of failing
 * with a bad tag. A dump of the database, a read replica or a backup then hold no usable secret without the key file.
 * Immutable and thread-safe; {@link #toString} never shows the key.
 */
public final class SecretBox {

    public static final String PREFIX = "fs1:";
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKeySpec key;
    private final String id;
    private final SecureRandom random = new SecureRandom();

    private SecretBox(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a secret box key is " + KEY_BYTES + " bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.id = keyId(key);
    }

    /** A box over {@code key} (32 bytes). */
    public static SecretBox of(byte[] key) {
        return new SecretBox(key);
    }

    /**
     * A box with a key of this process alone: what it seals no later process can open. For tests and one-shot tools;
     * a server keeps its key in a file ({@link #fromFile}).
     */
    public static SecretBox ephemeral() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new SecretBox(key);
    }

    /**
     * The key in {@code file} (one line: base64 of 32 bytes), made there first when the file does not exist (readable
     * and writable by its owner only). A key file that others may read, or that does not hold a key, is refused with
     * an {@link InputException} naming the file.
     */
    public static SecretBox fromFile(Path file) {
        String source = file.toString();
        if (Files.notExists(file)) {
            create(file);
        }
        try {
            refuseIfShared(file);
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            byte[] key;
            try {
                key = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw InputException.atLine(source, 1, "must hold the base64 of a " + KEY_BYTES + "-byte key, and "
                        + "does not decode as base64");
            }
            if (key.length != KEY_BYTES) {
                throw InputException.atLine(source, 1, "must hold the base64 of a " + KEY_BYTES + "-byte key, got "
                        + key.length + " bytes");
            }
            return new SecretBox(key);
        } catch (IOException e) {
            throw InputException.of(source, "the secrets key file cannot be read: " + e.getMessage());
        }
    }

    private static void create(Path file) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] line = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            boolean posix = Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null;
            // written to a private file next to it, then moved into place: never a half-written key, never readable
            // by others even for a moment, and of two processes making it at once the first move wins
            Path tmp = posix ? Files.createTempFile(parent, ".secrets-", ".tmp", PosixFilePermissions.asFileAttribute(
                    OWNER_ONLY)) : Files.createTempFile(parent, ".secrets-", ".tmp");
            try {
                Files.write(tmp, line);
                try {
                    Files.createLink(file, tmp);
                } catch (UnsupportedOperationException e) {
                    Files.move(tmp, file);
                }
            } catch (FileAlreadyExistsException e) {
                // another process made it first: its key is the one
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw InputException.of(file.toString(), "the secrets key file cannot be made: " + e.getMessage());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static void refuseIfShared(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> p = view.readAttributes().permissions();
        if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw InputException.of(file.toString(), "the secrets key file may be read or written by others ("
                    + PosixFilePermissions.toString(p) + "): allow its owner only (chmod 600)");
        }
    }

    /** Which key this is: 16 hex digits, safe to log and to compare with a sealed value's. */
    public String id() {
        return id;
    }

    /** Whether {@code value} is a sealed value (else it is a clear one, written before sealing existed). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The key id a sealed value names. */
    public static String keyIdOf(String sealed) {
        int end = sealed.indexOf(':', PREFIX.length());
        if (!isSealed(sealed) || end < 0) {
            throw new SecretBoxException("not a sealed value (" + PREFIX + "<key id>:<data>)");
        }
        return sealed.substring(PREFIX.length(), end);
    }

    /** {@code plain} sealed for the row {@code context} (e.g. {@code webhook:wh_...}). */
    public String seal(String plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + id + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The clear text of {@code sealed}, which must have been sealed for {@code context} under this key; a
     * {@link SecretBoxException} says which of the two does not hold (or that the value was altered).
     */
    public String open(String sealed, String context) {
        String sealedBy = keyIdOf(sealed);
        if (!sealedBy.equals(id)) {
            throw new SecretBoxException("sealed under the secrets key " + sealedBy + ", and this server's key is "
                    + id + ": give it the key file the store was sealed with");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(sealed.substring(PREFIX.length() + id.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new SecretBoxException("a sealed value whose data is not base64");
        }
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretBoxException("a sealed value too short to hold a nonce and a tag");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretBoxException("a sealed value that does not open for " + context + " (altered, or copied "
                    + "from another row)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * A key of its own for {@code purpose} (an HMAC of the purpose under this key): the same on every server given this
     * key file, useless to anyone who has the database alone.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(("fairshed derived key: " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static String keyId(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal("fairshed secrets key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "SecretBox[key " + id + "]";
    }
}
