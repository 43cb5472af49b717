package org.coprod.rules;

import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.coprod.core.Id;

/**
 * A finding's fingerprint: 16 hexadecimal digits made from its identity (the rule id, the kind and
 * the sorted ids of its subjects, each on a line of its own). With the project's {@code
 * fingerprintKey} it is an HMAC-SHA-256 of that identity, so that nobody without the key can
 * recover a short id by hashing guesses, while every tool that holds the project's file agrees on
 * it; without a key, a plain SHA-256, as before keys existed.
 */
final class Fingerprints {
  private Fingerprints() {}

  /** How many bytes of the hash a fingerprint keeps: 8, written as 16 hexadecimal digits. */
  private static final int BYTES = 8;

  /** The identity a fingerprint is made from: rule, kind and sorted subject ids, a line each. */
  private static byte[] identity(String rule, String kind, Seq<Id> subjects) {
    StringBuilder key = new StringBuilder(rule).append('\n').append(kind);
    subjects.map(Id::value).sorted().forEach(s -> key.append('\n').append(s));
    return key.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The fingerprint without a key: the first 16 hexadecimal digits of SHA-256. */
  static String unkeyed(String rule, String kind, Seq<Id> subjects) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity(rule, kind, subjects));
      return HexFormat.of().formatHex(hash, 0, BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The fingerprint under a key: the first 16 hexadecimal digits of HMAC-SHA-256.
   *
   * @param key the project's key, hexadecimal digits as the project file holds them (checked when
   *     the project was built)
   */
  static String keyed(String key, String rule, String kind, Seq<Id> subjects) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(HexFormat.of().parseHex(key), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(identity(rule, kind, subjects)), 0, BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HmacSHA256", e);
    }
  }

  /** A finding with its fingerprint made under a key. */
  static Finding keyed(String key, Finding f) {
    return f.withKeyedFingerprint(keyed(key, f.rule(), f.kind(), f.subjects()));
  }
}
