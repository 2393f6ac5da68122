package org.fairshed.notify.push;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188), one record:
 * ECDH between a fresh sender key pair and the browser's {@code p256dh} key, HKDF-SHA-256 keyed with the browser's
 * {@code auth} secret, AES-128-GCM. The body is {@code salt(16) || rs(4) || idlen(1)=65 || sender key(65) ||
 * ciphertext}; the plaintext is followed by the delimiter 0x02 and no padding.
 */
public final class PushEncryption {

    /** Record size written in the header. */
    public static final int RECORD_SIZE = 4096;
    /** Largest plaintext: a push service need not accept a body over 4096 bytes (86 of header, 16 of tag, 1 delimiter). */
    public static final int MAX_PLAINTEXT = 4096 - 86 - 16 - 1;

    private PushEncryption() {
    }

    public static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return encrypt(plaintext, uaPublic, authSecret, EcKeys.generate(), salt);
    }

    /** With the sender's key pair and salt given (the RFC's example fixes both). */
    public static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret, KeyPair sender, byte[] salt) {
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a push message holds at most " + MAX_PLAINTEXT + " bytes, got "
                    + plaintext.length);
        }
        if (authSecret.length != 16 || salt.length != 16) {
            throw new IllegalArgumentException("the auth secret and the salt are 16 bytes each");
        }
        try {
            byte[] asPublic = EcKeys.encode((ECPublicKey) sender.getPublic());
            KeyAgreement ka = KeyAgreement.getInstance("ECDH");
            ka.init(sender.getPrivate());
            ka.doPhase(EcKeys.decodePublic(uaPublic), true);
            byte[] ecdhSecret = ka.generateSecret();
            byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uaPublic, asPublic);
            byte[] ikm = expand(hmac(authSecret, ecdhSecret), keyInfo, 32);
            byte[] prk = hmac(salt, ikm);
            byte[] cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] record = Arrays.copyOf(plaintext, plaintext.length + 1);
            record[plaintext.length] = 2;
            byte[] ciphertext = aes.doFinal(record);
            ByteBuffer header = ByteBuffer.allocate(16 + 4 + 1 + asPublic.length);
            header.put(salt).putInt(RECORD_SIZE).put((byte) asPublic.length).put(asPublic);
            return concat(header.array(), ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot encrypt for this subscription: " + e.getMessage());
        }
    }

    /** HKDF-Extract, and HMAC-SHA-256 in general. */
    static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    /** HKDF-Expand for at most 32 bytes (one block). */
    static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
        return Arrays.copyOf(hmac(prk, concat(info, new byte[] {1})), length);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
