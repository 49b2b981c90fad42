package org.ortaq.text.analysis;

import java.util.Arrays;

/**
 * The stems a stem filter made of the words it saw recently (or whatever else is worked out per
 * word), so that a frequent word is stemmed once rather than at every occurrence: stemming profiled
 * at a sixth of a rebuild's CPU time, and a few thousand words make up most of any text. One cache
 * belongs to one token stream (one thread).
 *
 * <p>Two generations of at most {@code limit / 2} words each: new words go into the young one; when
 * it is full it becomes the old one and the oldest is dropped, and a word found in the old one is
 * copied back into the young one. Frequent words so stay however long the tail of rare words is
 * (emptying one table when full made the rare words push the frequent ones out every few thousand
 * articles).
 *
 * <p>Open-addressing tables of its own rather than Lucene's {@code CharArrayMap}: that map's
 * polynomial hash, masked to a power of two, put similar words in neighbouring slots, and probing
 * them cost more than it saved (profiled).
 */
final class StemCache<T> {
  static final int DEFAULT_LIMIT = 32_768;

  private final int generationLimit;
  private Table<T> young = new Table<>();
  private Table<T> old = new Table<>();

  StemCache() {
    this(DEFAULT_LIMIT);
  }

  /** A cache of at most {@code limit} words in all (at least two). */
  StemCache(int limit) {
    this.generationLimit = Math.max(1, limit / 2);
  }

  /** What is remembered for {@code term[0, length)}, or null when nothing is. */
  T find(char[] term, int length) {
    int hash = hash(term, length);
    int slot = young.slot(term, length, hash);
    if (young.hashes[slot] != EMPTY) {
      return young.value(slot);
    }
    int oldSlot = old.slot(term, length, hash);
    if (old.hashes[oldSlot] == EMPTY) {
      return null;
    }
    T value = old.value(oldSlot);
    put(old.words[oldSlot], hash, value);
    return value;
  }

  /**
   * Remembers {@code value} for {@code word} (a whole array, not a term buffer) when nothing is
   * remembered for it yet; neither may change afterwards.
   */
  void remember(char[] word, T value) {
    put(word, hash(word, word.length), value);
  }

  private void put(char[] word, int hash, T value) {
    if (young.size >= generationLimit) {
      old = young;
      young = new Table<>();
    }
    young.put(young.slot(word, word.length, hash), hash, word, value);
  }

  /** The hash of no word: {@link #hash} never returns it, so the tables mark empty slots with it. */
  private static final int EMPTY = 0;

  /**
   * A polynomial hash with MurmurHash3's finalizer, so that its low bits depend on every char;
   * never {@link #EMPTY}.
   */
  private static int hash(char[] text, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + text[i];
    }
    hash ^= hash >>> 16;
    hash *= 0x85ebca6b;
    hash ^= hash >>> 13;
    hash *= 0xc2b2ae35;
    hash ^= hash >>> 16;
    return hash == EMPTY ? 1 : hash;
  }

  /**
   * Linear probing over the hashes alone (one int array, so a probe touches one cache line and a
   * word is compared only when its hash matches); starts at 64 slots and doubles while more than
   * half full, so the caches of threads that analyze only a few query words stay small.
   */
  private static final class Table<T> {
    private int mask = 63;
    private int[] hashes = new int[64];
    private char[][] words = new char[64][];
    private Object[] values = new Object[64];
    private int size;

    /** The slot holding {@code term[0, length)}, or the empty slot where it would go. */
    int slot(char[] term, int length, int hash) {
      int slot = hash & mask;
      int found;
      while ((found = hashes[slot]) != EMPTY
          && !(found == hash && Arrays.equals(words[slot], 0, words[slot].length, term, 0, length))) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    @SuppressWarnings("unchecked")
    T value(int slot) {
      return (T) values[slot];
    }

    void put(int slot, int hash, char[] word, T value) {
      if (hashes[slot] != EMPTY) {
        return;
      }
      hashes[slot] = hash;
      words[slot] = word;
      values[slot] = value;
      size++;
      if (size * 2 > words.length) {
        grow();
      }
    }

    private void grow() {
      int[] oldHashes = hashes;
      char[][] oldWords = words;
      Object[] oldValues = values;
      mask = oldWords.length * 2 - 1;
      hashes = new int[oldWords.length * 2];
      words = new char[oldWords.length * 2][];
      values = new Object[oldWords.length * 2];
      for (int i = 0; i < oldWords.length; i++) {
        if (oldHashes[i] != EMPTY) {
          int slot = oldHashes[i] & mask;
          while (hashes[slot] != EMPTY) {
            slot = (slot + 1) & mask;
          }
          hashes[slot] = oldHashes[i];
          words[slot] = oldWords[i];
          values[slot] = oldValues[i];
        }
      }
    }
  }
}
