package org.ortaq.text.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Strips Azerbaijani noun endings (case, plural, possessive, copula) that agree in vowel harmony.
 *
 * <p>Conservative on purpose: it removes inflection only, never derivation, and works on the term
 * alone (no lexicon). Two properties matter more than pretty
 * stems: an inflected form and its base form land on the same stem (each strip leaves a string that
 * is then stemmed exactly as if it had been the input), and short roots survive.
 *
 * <ul>
 *   <li>Suffixes are read from the end, longest first, up to {@value #MAX_STRIPS} times: {@code
 *       təşkilat·lar·ı·nın}, {@code əməkdaşlığ·ı·nın}, {@code Bəyannamə·si}.
 *   <li>The suffix's vowel must agree with the last vowel of what remains: {@code -lar} after a
 *       back vowel, {@code -lər} after a front one; {@code -ın/-in/-un/-ün} by roundness too.
 *   <li>A lone {@code -ı/-i/-u/-ü} (possessive or accusative after a consonant) is only taken from
 *       stems of four letters or more, which keeps {@code Bakı} and {@code ordu} whole. A lone
 *       dative {@code -a/-ə} is never taken: {@code Bəyannamə}, {@code qara} and {@code platforma}
 *       end the same way.
 *   <li>An {@code n} before a case ending is the buffer after a vowel ({@code Şuşa·nın}) or the
 *       stem's own last letter ({@code Azərbaycan·ın}); {@link #stemAsNFinal} gives the second
 *       reading, and the filter indexes both.
 *   <li>The {@code -lıq/-lik} noun suffix alternates before a vowel ({@code əməkdaşlığı}, {@code
 *       birliyi}); a stripped stem ending {@code -lığ/-luğ} or {@code -liy/-lüy} gets its {@code
 *       q}/{@code k} back.
 *   <li>Derivational suffixes ({@code -çı}, {@code -lıq}) are not stripped: {@code təşkilatçı}
 *       (organiser) stays apart from {@code təşkilat} (organisation), though its final {@code ı}
 *       goes like any lone vowel. Verbs are left alone apart from the copula.
 * </ul>
 *
 * <p>{@link #forFoldedText()} reads the same table over folded text (no {@code ə ı ö ü ş ç ğ}),
 * where vowel harmony can no longer be checked and Turkish spellings ({@code -ler}, {@code -te})
 * occur.
 */
public final class AzerbaijaniStemmer {
  private static final int MAX_STRIPS = 5;
  private static final int MIN_STEM = 2;
  private static final int MIN_STEM_BEFORE_LONE_VOWEL = 4;

  /** What the letter before a suffix must be, the "buffer" rules of Turkic morphology. */
  private enum Before {
    ANY,
    VOWEL,
    CONSONANT,
    /** A possessive {@code -ı/-i/-u/-ü}, which takes the n-buffer: {@code ölkəsi·ndə}. */
    POSSESSIVE,
    /**
     * A vowel other than {@code i}: dative {@code -ya} but not {@code Rusi·ya}, {@code Türki·yə}.
     */
    VOWEL_NOT_I
  }

  /**
   * One suffix: {@code A} stands for the two-way vowel (a/ə), {@code I} for the four-way vowel
   * (ı/i/u/ü); other letters are literal. {@code nBuffer}: it starts with the buffer {@code n} and
   * the rest is a suffix of its own, so a stem ending in {@code n} reads it the other way.
   */
  private record Suffix(String pattern, Before before, int minStem, boolean nBuffer) {
    Suffix(String pattern, Before before, int minStem) {
      this(pattern, before, minStem, false);
    }

    Suffix(String pattern, Before before) {
      this(pattern, before, pattern.equals("I") ? MIN_STEM_BEFORE_LONE_VOWEL : MIN_STEM);
    }
  }

  private static final List<Suffix> AZERBAIJANI =
      List.of(
          new Suffix("lAr", Before.ANY), // plural
          new Suffix("lArI", Before.ANY), // plural + possessive
          new Suffix("lArA", Before.ANY), // plural + dative
          new Suffix("dA", Before.ANY), // locative
          new Suffix("dAn", Before.ANY), // ablative
          new Suffix("ndA", Before.POSSESSIVE),
          new Suffix("ndAn", Before.POSSESSIVE),
          new Suffix("nA", Before.POSSESSIVE), // dative after a possessive
          new Suffix("yA", Before.VOWEL_NOT_I), // dative after a vowel
          new Suffix("In", Before.CONSONANT), // genitive
          new Suffix("nIn", Before.VOWEL),
          new Suffix("nI", Before.VOWEL), // accusative after a vowel
          new Suffix("sI", Before.VOWEL), // possessive, third person
          new Suffix("I", Before.CONSONANT), // possessive or accusative
          new Suffix("ImIz", Before.CONSONANT), // possessive, first person plural
          new Suffix("mIz", Before.VOWEL),
          new Suffix("dIr", Before.ANY, 3)); // copula; 3 keeps müdir, Nadir whole

  /** Turkish writes the locative, ablative and copula with t after a voiceless consonant. */
  private static final List<Suffix> TURKISH_DEVOICED =
      List.of(
          new Suffix("tA", Before.CONSONANT),
          new Suffix("tAn", Before.CONSONANT),
          new Suffix("tIr", Before.CONSONANT, 3));

  private final List<Suffix> suffixes;
  private final boolean folded;

  private AzerbaijaniStemmer(List<Suffix> table, boolean folded) {
    List<String> patterns = table.stream().map(Suffix::pattern).toList();
    this.suffixes =
        table.stream()
            .map(
                suffix ->
                    new Suffix(
                        suffix.pattern(),
                        suffix.before(),
                        suffix.minStem(),
                        suffix.pattern().startsWith("n")
                            && patterns.contains(suffix.pattern().substring(1))))
            .sorted(
                Comparator.comparingInt((Suffix suffix) -> suffix.pattern().length()).reversed())
            .toList();
    this.folded = folded;
  }

  /** The stemmer for Azerbaijani text lower-cased by {@code TurkishLowerCaseFilter}. */
  public AzerbaijaniStemmer() {
    this(AZERBAIJANI, false);
  }

  /** The same suffixes without vowel harmony, for text folded by {@link TurkicFoldingFilter}. */
  public static AzerbaijaniStemmer forFoldedText() {
    return new AzerbaijaniStemmer(
        Stream.concat(AZERBAIJANI.stream(), TURKISH_DEVOICED.stream()).toList(), true);
  }

  /** Stems the first {@code length} chars of {@code term} in place and returns the new length. */
  public int stem(char[] term, int length) {
    return stem(term, length, false);
  }

  /**
   * Stems like {@link #stem} but reads an {@code n} before a case ending as the stem's last letter
   * ({@code Azərbaycan·ın}, {@code gün·də}) rather than the buffer after a vowel ({@code Şuşa·nın},
   * {@code ölkəsi·ndə}). Without a lexicon both readings are possible, so {@link
   * AzerbaijaniStemFilter} indexes both when they differ.
   */
  public int stemAsNFinal(char[] term, int length) {
    return stem(term, length, true);
  }

  private int stem(char[] term, int length, boolean nFinal) {
    int stripped = 0;
    while (stripped < MAX_STRIPS) {
      int shorter = stripOne(term, length, nFinal);
      if (shorter == length) {
        break;
      }
      length = shorter;
      stripped++;
    }
    if (stripped > 0 || folded) {
      restoreNounSuffixConsonant(term, length);
    }
    return length;
  }

  private int stripOne(char[] term, int length, boolean nFinal) {
    for (Suffix suffix : suffixes) {
      int stem = length - suffix.pattern().length();
      if (!(nFinal && suffix.nBuffer())
          && stem >= suffix.minStem()
          && matches(suffix, term, stem, length)) {
        return stem;
      }
    }
    return length;
  }

  private boolean matches(Suffix suffix, char[] term, int stem, int length) {
    if (!fits(suffix.pattern(), term, stem)) {
      return false; // most suffixes fail on their letters alone: skip the vowel harmony work
    }
    int lastVowel = lastVowel(term, stem);
    if (lastVowel < 0 || !before(suffix.before(), term[stem - 1])) {
      return false;
    }
    String pattern = suffix.pattern();
    for (int i = 0; i < pattern.length(); i++) {
      char expected = pattern.charAt(i);
      char actual = term[stem + i];
      boolean ok =
          switch (expected) {
            case 'A' -> folded ? actual == 'a' || actual == 'e' : actual == twoWay(lastVowel);
            case 'I' -> folded ? actual == 'i' || actual == 'u' : actual == fourWay(lastVowel);
            default -> actual == expected;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** True when the letters could be the suffix with some vowel, before harmony is checked. */
  private boolean fits(String pattern, char[] term, int stem) {
    for (int i = pattern.length() - 1; i >= 0; i--) {
      char expected = pattern.charAt(i);
      char actual = term[stem + i];
      boolean ok =
          switch (expected) {
            case 'A' -> actual == 'a' || actual == (folded ? 'e' : 'ə');
            case 'I' -> actual == 'i' || actual == 'u' || !folded && (actual == 'ı' || actual == 'ü');
            default -> actual == expected;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean before(Before rule, char letter) {
    return switch (rule) {
      case ANY -> true;
      case VOWEL -> isVowel(letter);
      case CONSONANT -> !isVowel(letter);
      case POSSESSIVE -> letter == 'ı' || letter == 'i' || letter == 'u' || letter == 'ü';
      case VOWEL_NOT_I -> isVowel(letter) && letter != 'i';
    };
  }

  /**
   * {@code -lıq/-luq} and {@code -lik/-lük} soften before a vowel ({@code əməkdaşlığı}, {@code
   * birliyi}); in folded text the Turkish {@code birliği} and the Azerbaijani {@code əməkdaşlıq}
   * meet on {@code k}.
   */
  private void restoreNounSuffixConsonant(char[] term, int length) {
    if (length < 4 || term[length - 3] != 'l' || countVowels(term, length) < 2) {
      return;
    }
    char vowel = term[length - 2];
    char last = term[length - 1];
    if (folded) {
      if ((vowel == 'i' || vowel == 'u') && (last == 'g' || last == 'q' || last == 'y')) {
        term[length - 1] = 'k';
      }
    } else if ((vowel == 'ı' || vowel == 'u') && last == 'ğ') {
      term[length - 1] = 'q';
    } else if ((vowel == 'i' || vowel == 'ü') && last == 'y') {
      term[length - 1] = 'k';
    }
  }

  private static int lastVowel(char[] term, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (isVowel(term[i])) {
        return term[i];
      }
    }
    return -1;
  }

  private static int countVowels(char[] term, int end) {
    int count = 0;
    for (int i = 0; i < end; i++) {
      if (isVowel(term[i])) {
        count++;
      }
    }
    return count;
  }

  private static boolean isVowel(char letter) {
    return switch (letter) {
      case 'a', 'ı', 'o', 'u', 'e', 'ə', 'i', 'ö', 'ü' -> true;
      default -> false;
    };
  }

  private static char twoWay(int lastVowel) {
    return isBack(lastVowel) ? 'a' : 'ə';
  }

  private static char fourWay(int lastVowel) {
    return switch (lastVowel) {
      case 'a', 'ı' -> 'ı';
      case 'o', 'u' -> 'u';
      case 'ö', 'ü' -> 'ü';
      default -> 'i';
    };
  }

  private static boolean isBack(int vowel) {
    return vowel == 'a' || vowel == 'ı' || vowel == 'o' || vowel == 'u';
  }
}
