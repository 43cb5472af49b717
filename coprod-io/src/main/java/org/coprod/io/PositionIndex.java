package org.coprod.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the values of a file are, kept compactly so that problems found after reading (by the
 * model's validation, which knows only paths such as {@code contributions[3].participant}) can be
 * placed on a line without holding a tree of the file.
 *
 * <p>A file is cut into <em>units</em>: each item of a top-level list ({@code contributions[3]}),
 * the {@code project} mapping, a CSV row. A unit is stored as a few varint-coded bytes: its start,
 * then for each value inside it the id of its path within the unit ({@code expenses.reimbursed},
 * {@code decidedBy[2]}), its line as an offset from the unit's line, and its column. Paths within
 * units are interned once in a small trie. A million contributions cost some tens of megabytes.
 */
final class PositionIndex {
  /** A line and a column, both from 1. */
  record Position(int line, int column) {}

  private static final int ROOT = 0;
  private static final int END = 0;

  private final Map<String, Position> keys = new HashMap<>();
  private final Map<String, Units> sections = new HashMap<>();
  private final Map<String, Integer> names = new HashMap<>();
  private final Children children = new Children();
  private int nextId = 1;
  private byte[] data = new byte[1024];
  private int size;
  private boolean full;
  private boolean inUnit;
  private int unitLine;

  private static final class Units {
    int[] offsets = new int[16];
    int count;
  }

  /** Remembers where the value of a top-level key starts. */
  void key(String key, int line, int column) {
    keys.putIfAbsent(key, new Position(line, column));
  }

  /**
   * Starts unit {@code index} of a section; units of a section come in order, and a unit that comes
   * out of order (a repeated section, already a problem) is not recorded.
   */
  void beginUnit(String section, int index, int line, int column) {
    Units units = sections.computeIfAbsent(section, s -> new Units());
    inUnit = !full && units.count == index;
    if (!inUnit) {
      return;
    }
    if (units.count == units.offsets.length) {
      units.offsets = Arrays.copyOf(units.offsets, units.count * 2);
    }
    if (!reserve(10)) {
      inUnit = false;
      return;
    }
    units.offsets[units.count++] = size;
    unitLine = line;
    writeVarint(line);
    writeVarint(column);
  }

  /** Ends the current unit. */
  void endUnit() {
    if (inUnit && reserve(5)) {
      writeVarint(END);
    }
    inUnit = false;
  }

  /** The id of the path {@code parent.name} within a unit; {@code 0} is the unit itself. */
  int child(int parent, String name) {
    Integer code = names.get(name);
    if (code == null) {
      code = names.size();
      names.put(name, code);
    }
    return child(parent, code.longValue());
  }

  /** The id of the path {@code parent[index]} within a unit. */
  int child(int parent, int index) {
    return child(parent, -1L - index);
  }

  private int child(int parent, long segment) {
    long key = ((long) parent << 32) ^ (segment & 0xFFFF_FFFFL);
    int id = children.get(key);
    if (id == Children.ABSENT) {
      id = nextId++;
      children.put(key, id);
    }
    return id;
  }

  /**
   * Path ids by (parent id, segment), in open addressing over primitive arrays: every value of a
   * file asks for its path's id, and a map of boxed longs cost a visible share of reading a large
   * file.
   */
  private static final class Children {
    static final int ABSENT = -1;

    private long[] keys = new long[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    int get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return values[i];
        }
      }
      return ABSENT;
    }

    void put(long key, int value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (used[i] && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (!used[i]) {
        used[i] = true;
        keys[i] = key;
        size++;
      }
      values[i] = value;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldUsed[i]) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E37_79B9_7F4A_7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }

  /** Remembers where the value with this path id starts, in the current unit. */
  void record(int id, int line, int column) {
    if (!inUnit || !reserve(15)) {
      return;
    }
    writeVarint(id);
    writeVarint(zigzag(line - unitLine));
    writeVarint(column);
  }

  /**
   * Where the value at a path is: the value itself if it was recorded, else the nearest enclosing
   * value that was (for a missing key, the mapping that lacks it).
   */
  @Nullable Position find(String path) {
    List<Object> segments = segments(path);
    if (segments.isEmpty() || !(segments.get(0) instanceof String section)) {
      return null;
    }
    Units units = sections.get(section);
    if (units == null) {
      return keys.get(section);
    }
    if (segments.size() == 1) {
      return keys.get(section);
    }
    int unit;
    int rest;
    if (segments.get(1) instanceof Integer index) {
      unit = index;
      rest = 2;
    } else {
      unit = 0;
      rest = 1;
    }
    if (unit < 0 || unit >= units.count) {
      return keys.get(section);
    }
    // ids of the path's prefixes within the unit, shortest first
    List<Integer> chain = new ArrayList<>();
    int id = ROOT;
    for (int i = rest; i < segments.size(); i++) {
      Object s = segments.get(i);
      Integer next = s instanceof String name ? lookup(id, name) : lookup(id, (Integer) s);
      if (next == null) {
        break;
      }
      chain.add(next);
      id = next;
    }
    return bestIn(units.offsets[unit], chain);
  }

  private @Nullable Integer lookup(int parent, String name) {
    Integer code = names.get(name);
    return code == null
        ? null
        : found(children.get(((long) parent << 32) ^ (code.longValue() & 0xFFFF_FFFFL)));
  }

  private @Nullable Integer lookup(int parent, int index) {
    return found(children.get(((long) parent << 32) ^ ((-1L - index) & 0xFFFF_FFFFL)));
  }

  private static @Nullable Integer found(int id) {
    return id == Children.ABSENT ? null : id;
  }

  private Position bestIn(int offset, List<Integer> chain) {
    int[] at = {offset};
    int line = readVarint(at);
    int column = readVarint(at);
    Position best = new Position(line, column);
    int bestDepth = -1;
    while (at[0] < size) {
      int id = readVarint(at);
      if (id == END) {
        break;
      }
      int l = line + unzigzag(readVarint(at));
      int c = readVarint(at);
      int depth = chain.lastIndexOf(id);
      if (depth > bestDepth) {
        best = new Position(l, c);
        bestDepth = depth;
      }
    }
    return best;
  }

  /** {@code a.b[2].c} as {@code ["a", "b", 2, "c"]}. */
  private static List<Object> segments(String path) {
    List<Object> out = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char ch = path.charAt(i);
      if (ch == '.') {
        i++;
      } else if (ch == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          break;
        }
        try {
          out.add(Integer.parseInt(path.substring(i + 1, close)));
        } catch (NumberFormatException e) {
          break;
        }
        i = close + 1;
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        out.add(path.substring(i, end));
        i = end;
      }
    }
    return out;
  }

  private static int zigzag(int v) {
    return (v << 1) ^ (v >> 31);
  }

  private static int unzigzag(int v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** Makes room for whole entries only, so a full index still decodes. */
  private boolean reserve(int bytes) {
    if (full) {
      return false;
    }
    if (size > data.length - bytes) {
      if (data.length >= Integer.MAX_VALUE / 2) {
        // past a gigabyte of positions the file is beyond any limit we admit; stop recording
        full = true;
        return false;
      }
      data = Arrays.copyOf(data, data.length * 2);
    }
    return true;
  }

  private void writeVarint(int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      data[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    data[size++] = (byte) v;
  }

  private int readVarint(int[] at) {
    int result = 0;
    int shift = 0;
    while (true) {
      byte b = data[at[0]++];
      result |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
      shift += 7;
    }
  }
}
