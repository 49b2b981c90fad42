package org.ortaq.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few language strings the engine itself prints: month and day names for dates (DLE's
 * {@code $langdate} and {@code $customlangdate}), "today"/"yesterday" and the hidden-text notice,
 * for az, tr, en and ru. Names are applied with PHP {@code strtr} semantics: at each position the
 * longest English key wins, replacements are not re-read, matching is case-sensitive.
 */
record LanguagePack(
    String code,
    Map<Character, List<String[]>> nominative,
    Map<Character, List<String[]>> genitive,
    String today,
    String yesterday,
    String hiddenText) {

  private static final String[] ENGLISH_KEYS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"
  };

  private static final LanguagePack ENGLISH =
      new LanguagePack("en", Map.of(), Map.of(), "Today", "Yesterday",
          "You must be registered to see the hidden text.");

  private static final LanguagePack AZERBAIJANI = of("az",
      "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr "
          + "yan fev mar apr iyn iyl avq sen okt noy dek",
      "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr "
          + "yan fev mar apr iyn iyl avq sen okt noy dek",
      "Bazar_ertəsi Çərşənbə_axşamı Çərşənbə Cümə_axşamı Cümə Şənbə Bazar B.e. Ç.a. Ç. C.a. C. Ş. B.",
      "Bu gün", "Dünən", "Gizli mətni görmək üçün qeydiyyatdan keçməlisiniz.");

  private static final LanguagePack TURKISH = of("tr",
      "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık "
          + "Oca Şub Mar Nis Haz Tem Ağu Eyl Eki Kas Ara",
      "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık "
          + "Oca Şub Mar Nis Haz Tem Ağu Eyl Eki Kas Ara",
      "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar Pzt Sal Çar Per Cum Cmt Paz",
      "Bugün", "Dün", "Gizli metni görmek için kayıt olmalısınız.");

  private static final LanguagePack RUSSIAN = of("ru",
      "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
          + "янв фев мар апр июн июл авг сен окт ноя дек",
      "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
          + "янв фев мар апр июн июл авг сен окт ноя дек",
      "Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье Пн Вт Ср Чт Пт Сб Вс",
      "Сегодня", "Вчера", "Для просмотра скрытого текста необходимо зарегистрироваться.");

  static LanguagePack forCode(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "az" -> AZERBAIJANI;
      case "tr" -> TURKISH;
      case "ru" -> RUSSIAN;
      default -> ENGLISH;
    };
  }

  /** Localises English month and day names in formatted date text. */
  String localise(String formatted, boolean genitiveCase) {
    Map<Character, List<String[]>> map = genitiveCase ? genitive : nominative;
    if (map.isEmpty()) {
      return formatted;
    }
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < formatted.length(); i++) {
      char c = formatted.charAt(i);
      if (c < 'A' || c > 'Z') { // every English key starts with a capital ASCII letter
        continue;
      }
      List<String[]> candidates = map.get(c);
      if (candidates == null) {
        continue;
      }
      for (String[] pair : candidates) {
        if (formatted.startsWith(pair[0], i)) {
          if (out == null) {
            out = new StringBuilder(formatted.length() + 16);
          }
          out.append(formatted, copied, i).append(pair[1]);
          i += pair[0].length() - 1;
          copied = i + 1;
          break;
        }
      }
    }
    return out == null ? formatted : out.append(formatted, copied, formatted.length()).toString();
  }

  private static LanguagePack of(String code, String nominativeMonths, String genitiveMonths,
      String days, String today, String yesterday, String hiddenText) {
    return new LanguagePack(code, table(nominativeMonths, days), table(genitiveMonths, days),
        today, yesterday, hiddenText);
  }

  /** Pairs the English keys with the words (underscores stand for spaces), longest key first. */
  private static Map<Character, List<String[]>> table(String months, String days) {
    List<String> words = new ArrayList<>(List.of((months + " " + days).split(" ")));
    Map<Character, List<String[]>> byFirstLetter = new HashMap<>();
    for (int i = 0; i < ENGLISH_KEYS.length; i++) {
      String key = ENGLISH_KEYS[i];
      byFirstLetter.computeIfAbsent(key.charAt(0), c -> new ArrayList<>())
          .add(new String[] {key, words.get(i).replace('_', ' ')});
    }
    byFirstLetter.values().forEach(list ->
        list.sort(Comparator.comparingInt((String[] pair) -> pair[0].length()).reversed()));
    byFirstLetter.replaceAll((letter, list) -> List.copyOf(list));
    return Map.copyOf(byFirstLetter);
  }
}
