package org.ortaq.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ortaq.text.Language;

/**
 * The words of one language for generated text, drawn with Zipf's law (the word of rank r comes
 * up in proportion to 1 / r) from a vocabulary of {@link #SIZE} words, as in real news text.
 *
 * <p>Reshuffling ~40 seed sentences alone made even a rare word like {@code jeopolitik} match 15 %
 * of the corpus, so every benchmark query touched a large share of it. Here the seed texts' own
 * words keep their order of frequency but are spread over the ranks (the k-th most frequent at
 * rank about k + k² / 10): the seed's commonest words stay common, its rarer words end up in a
 * few hundred or thousand documents per million, and made-up words in the language's letters
 * fill the ranks between. The vocabulary depends only on the language; which words a text gets
 * depends only on the caller's {@link Random}, so a seed still gives the same corpus.
 */
final class ZipfWords {
  static final int SIZE = 50_000;

  private final Language language;
  private final String[] words;
  private final double[] cumulative;

  ZipfWords(Language language, List<String> seedSentences) {
    this.language = language;
    this.words = vocabulary(language, seedSentences);
    this.cumulative = new double[words.length];
    double sum = 0;
    for (int rank = 0; rank < words.length; rank++) {
      sum += 1.0 / (rank + 1);
      cumulative[rank] = sum;
    }
  }

  /** A sentence of 6 to 17 words, the first one capitalized, ending in a full stop. */
  String sentence(Random random) {
    int length = 6 + random.nextInt(12);
    var out = new StringBuilder(length * 8);
    for (int i = 0; i < length; i++) {
      String word = word(random);
      if (i == 0) {
        out.append(word.substring(0, 1).toUpperCase(language.locale())).append(word, 1, word.length());
      } else {
        out.append(' ').append(word);
      }
    }
    return out.append('.').toString();
  }

  /** One word, drawn by rank. */
  String word(Random random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, target);
    return words[Math.min(words.length - 1, found >= 0 ? found : -found - 1)];
  }

  /** The rank (0 = commonest) of {@code word}, or -1 when it is not in the vocabulary. */
  int rank(String word) {
    return Arrays.asList(words).indexOf(word);
  }

  private static String[] vocabulary(Language language, List<String> seedSentences) {
    List<String> seed = seedWordsByFrequency(seedSentences);
    String[] ranked = new String[SIZE];
    for (int k = 0; k < seed.size(); k++) {
      int rank = (int) Math.min(SIZE - 1, k + (long) k * k / 10);
      while (ranked[rank] != null) {
        rank = (rank + 1) % SIZE;
      }
      ranked[rank] = seed.get(k);
    }
    var taken = new LinkedHashSet<>(seed);
    var made = new Random(1_000L + language.ordinal());
    String[] letters = LETTERS.get(language);
    for (int rank = 0; rank < SIZE; rank++) {
      while (ranked[rank] == null) {
        String word = madeUp(letters[0], letters[1], made);
        if (taken.add(word)) {
          ranked[rank] = word;
        }
      }
    }
    return ranked;
  }

  /** Distinct words of the seed sentences, commonest first, ties in order of appearance. */
  private static List<String> seedWordsByFrequency(List<String> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    var order = new ArrayList<String>();
    for (String sentence : sentences) {
      for (String token : sentence.split("\\s+")) {
        String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (!word.isEmpty() && counts.merge(word, 1, Integer::sum) == 1) {
          order.add(word);
        }
      }
    }
    var sorted = new ArrayList<>(order);
    sorted.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a))); // stable: ties keep order
    return sorted;
  }

  /** Two to four syllables of consonant, vowel and sometimes a closing consonant. */
  private static String madeUp(String consonants, String vowels, Random random) {
    int syllables = 2 + random.nextInt(3);
    var word = new StringBuilder(syllables * 3);
    for (int i = 0; i < syllables; i++) {
      word.append(consonants.charAt(random.nextInt(consonants.length())));
      word.append(vowels.charAt(random.nextInt(vowels.length())));
      if (random.nextInt(3) == 0) {
        word.append(consonants.charAt(random.nextInt(consonants.length())));
      }
    }
    return word.toString();
  }

  private static final Map<Language, String[]> LETTERS = Map.of(
      Language.AZ, new String[] {"bcçdfgğhxjklmnpqrsştvyz", "aəıioöuüe"},
      Language.TR, new String[] {"bcçdfgğhjklmnprsştvyz", "aeıioöuü"},
      Language.EN, new String[] {"bcdfghjklmnprstvwz", "aeiou"},
      Language.RU, new String[] {"бвгджзклмнпрстфхцчшщ", "аеиоуыэюя"});
}
