package vn.exemplarbot.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh random 12-byte nonce per seal, and HKDF-SHA256 (RFC 5869) to derive a
 * key for one use from the ballot key. A sealed text is base64 of the nonce then the ciphertext
 * with its 16-byte tag; the associated data names where it is stored, so it cannot be moved.
 */
public final class Aead {

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Aead() {}

  /** HKDF-SHA256 with a fixed salt: 32 bytes for this {@code info} under {@code key}. */
  public static byte[] derive(byte[] key, String info) {
    byte[] prk = hmac("exemplar-bot hkdf".getBytes(StandardCharsets.UTF_8), key);
    byte[] infoBytes = info.getBytes(StandardCharsets.UTF_8);
    byte[] block = Arrays.copyOf(infoBytes, infoBytes.length + 1);
    block[infoBytes.length] = 1;
    return hmac(prk, block);
  }

  public static String seal(byte[] key, String aad, String plain) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher gcm = cipher(Cipher.ENCRYPT_MODE, key, nonce, aad);
      byte[] sealed = gcm.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed to seal", e);
    }
  }

  /** The plain text; an {@link IllegalStateException} when the key or the place is not its own. */
  public static String open(byte[] key, String aad, String sealed) {
    byte[] bytes = Base64.getDecoder().decode(sealed);
    try {
      Cipher gcm = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE), aad);
      return new String(gcm.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed value does not open under this key and place");
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, String aad)
      throws GeneralSecurityException {
    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    gcm.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
    return gcm;
  }

  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java", e);
    }
  }
}
