package org.ortaq.text.analysis;

import java.util.Arrays;

/**
 * The stems a stem filter made of the words it saw last, so that a frequent word is stemmed once
 * rather than at every occurrence: stemming profiled at a sixth of a rebuild's CPU time, and a few
 * thousand words make up most of any text. One cache belongs to one token stream (one thread); when
 * it holds {@code limit} words it starts again empty, which keeps it to the words in use now.
 *
 * <p>An open-addressing table of its own rather than Lucene's {@code CharArrayMap}: that map's
 * polynomial hash, masked to a power of two, put similar words in neighbouring slots, and probing
 * them cost more than it saved (profiled).
 */
final class StemCache {
  static final int DEFAULT_LIMIT = 16_384;

  private static final int FIRST_SLOTS = 64;

  private final int limit;
  private int mask;
  private int[] hashes;
  private char[][] words;
  private char[][][] stems;
  private int size;

  StemCache() {
    this(DEFAULT_LIMIT);
  }

  /**
   * A cache of at most {@code limit} words. Its table starts small and doubles while it is more
   * than half full, so the caches of threads that analyze only a few query words stay small.
   */
  StemCache(int limit) {
    this.limit = limit;
    allocate(FIRST_SLOTS);
  }

  /** The stems remembered for {@code term[0, length)}, or null when there are none. */
  char[][] find(char[] term, int length) {
    int hash = hash(term, length);
    for (int slot = hash & mask; words[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && Arrays.equals(words[slot], 0, words[slot].length, term, 0, length)) {
        return stems[slot];
      }
    }
    return null;
  }

  /**
   * Remembers the {@code stems} of {@code word} (a whole array, not a term buffer) when it is not
   * remembered yet; neither array may change afterwards.
   */
  void remember(char[] word, char[][] stemsOfWord) {
    if (size >= limit) {
      Arrays.fill(words, null);
      Arrays.fill(stems, null);
      size = 0;
    } else if (size * 2 >= words.length) {
      grow();
    }
    int hash = hash(word, word.length);
    int slot = hash & mask;
    while (words[slot] != null) {
      if (hashes[slot] == hash && Arrays.equals(words[slot], word)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    put(slot, hash, word, stemsOfWord);
    size++;
  }

  private void grow() {
    int[] oldHashes = hashes;
    char[][] oldWords = words;
    char[][][] oldStems = stems;
    allocate(oldWords.length * 2);
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] != null) {
        int slot = oldHashes[i] & mask;
        while (words[slot] != null) {
          slot = (slot + 1) & mask;
        }
        put(slot, oldHashes[i], oldWords[i], oldStems[i]);
      }
    }
  }

  private void allocate(int slots) {
    mask = slots - 1;
    hashes = new int[slots];
    words = new char[slots][];
    stems = new char[slots][][];
  }

  private void put(int slot, int hash, char[] word, char[][] stemsOfWord) {
    hashes[slot] = hash;
    words[slot] = word;
    stems[slot] = stemsOfWord;
  }

  /** A polynomial hash with MurmurHash3's finalizer, so that its low bits depend on every char. */
  private static int hash(char[] text, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + text[i];
    }
    hash ^= hash >>> 16;
    hash *= 0x85ebca6b;
    hash ^= hash >>> 13;
    hash *= 0xc2b2ae35;
    return hash ^ (hash >>> 16);
  }
}
