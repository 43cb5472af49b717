package org.coprod.io;

import org.jspecify.annotations.Nullable;

/**
 * Values read before, found by the characters they were read from without making a string of them:
 * a million contributions name a few thousand people, dates and amounts, and each value looked up
 * this way is one string and one parse fewer. Open addressing over the characters' hash; it stops
 * taking new entries at a limit, as a cache of repeated text only.
 */
final class TextCache {
  private final int limit;
  private String[] keys = new String[256];
  // each key's hash, compared before its characters: keys of one length (dates, numbered ids)
  // would otherwise be compared character by character along a probe
  private int[] hashes = new int[256];
  private @Nullable Object[] values = new Object[256];
  private int size;

  TextCache(int limit) {
    this.limit = limit;
  }

  /** The value read before from these characters, or null. */
  @Nullable Object find(char[] text, int offset, int length) {
    String[] k = keys;
    int mask = k.length - 1;
    int h = hash(text, offset, length);
    for (int i = h & mask; ; i = (i + 1) & mask) {
      String key = k[i];
      if (key == null) {
        return null;
      }
      if (hashes[i] == h && same(key, text, offset, length)) {
        return values[i];
      }
    }
  }

  /** Remembers the value read from a text, while there is room. */
  void put(String text, Object value) {
    if (size >= limit) {
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    if (insert(keys, hashes, values, text, value)) {
      size++;
    }
  }

  private static boolean insert(
      String[] k, int[] hs, @Nullable Object[] v, String text, @Nullable Object value) {
    int mask = k.length - 1;
    int h = text.hashCode();
    for (int i = h & mask; ; i = (i + 1) & mask) {
      if (k[i] == null) {
        k[i] = text;
        hs[i] = h;
        v[i] = value;
        return true;
      }
      if (k[i].equals(text)) {
        v[i] = value;
        return false;
      }
    }
  }

  private void grow() {
    String[] k = new String[keys.length * 2];
    int[] hs = new int[keys.length * 2];
    @Nullable Object[] v = new Object[keys.length * 2];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        insert(k, hs, v, keys[i], values[i]);
      }
    }
    keys = k;
    hashes = hs;
    values = v;
  }

  /** The hash {@link String#hashCode()} gives the same characters. */
  private static int hash(char[] text, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  private static boolean same(String key, char[] text, int offset, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
