package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhpDateTest {
  /** Reference §10.3: 2024-05-03 14:05:09 Europe/Moscow, as PHP 8.2 prints it. */
  private static final Instant MOMENT = Instant.parse("2024-05-03T11:05:09Z");
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "d|03", "j|3", "D|Fri", "l|Friday", "N|5", "w|5", "S|rd", "z|123", "W|18",
      "F|May", "M|May", "m|05", "n|5", "t|31", "L|1", "o|2024", "Y|2024", "y|24",
      "a|pm", "A|PM", "g|2", "G|14", "h|02", "H|14", "i|05", "s|09", "u|000000", "v|000",
      "B|503", "e|Europe/Moscow", "T|MSK", "I|0", "O|+0300", "P|+03:00", "p|+03:00", "Z|10800",
      "c|2024-05-03T14:05:09+03:00", "r|Fri, 03 May 2024 14:05:09 +0300", "U|1714734309",
      "\\Y\\m|Ym", "x!|x!", "\"\"|\"\"", "j.n.y|3.5.24"
  })
  void formatsEveryLetterLikePhp(String format, String expected) {
    assertThat(PhpDate.format(format, MOMENT, MOSCOW)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "2024-01-01T00:00:00Z|jS W o|1st 01 2024",
      "2021-01-03T00:00:00Z|W o N w|53 2020 7 0",
      "2024-02-22T00:00:00Z|jS t|22nd 29",
      "2024-02-11T00:00:00Z|jS g a|11th 12 am",
      "2024-12-31T23:59:59Z|z y|365 24",
  })
  void handlesOrdinalsIsoWeeksAndMidnightInUtc(String instant, String format, String expected) {
    assertThat(PhpDate.format(format, Instant.parse(instant), ZoneId.of("UTC"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "en|l, j F Y (D, M)|Friday, 3 May 2024 (Fri, May)",
      "az|l, j F Y (D, M)|Cümə, 3 may 2024 (C., may)",
      "tr|l, j F Y (D, M)|Cuma, 3 Mayıs 2024 (Cum, Mayıs)",
      "ru|l, j F Y (D, M)|Пятница, 3 май 2024 (Пт, май)",
      "ru|\\M\\a\\r\\c\\h|март",
      "az|F M|may may",
  })
  void localisesNamesOnTheOutputWithStrtr(String language, String format, String expected) {
    var pack = LanguagePack.forCode(language);
    assertThat(pack.localise(PhpDate.format(format, MOMENT, MOSCOW), false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2024-01-15T09:00:00Z|yanvar|January|Ocak|январь|января",
      "2024-08-15T09:00:00Z|avqust|August|Ağustos|август|августа",
      "2024-12-15T09:00:00Z|dekabr|December|Aralık|декабрь|декабря",
  })
  void namesMonthsInEveryLanguage(String instant, String az, String en, String tr, String ru, String ruGenitive) {
    String month = PhpDate.format("F", Instant.parse(instant), ZoneId.of("UTC"));
    assertThat(LanguagePack.forCode("az").localise(month, false)).isEqualTo(az);
    assertThat(LanguagePack.forCode("en").localise(month, false)).isEqualTo(en);
    assertThat(LanguagePack.forCode("tr").localise(month, false)).isEqualTo(tr);
    assertThat(LanguagePack.forCode("ru").localise(month, false)).isEqualTo(ru);
    assertThat(LanguagePack.forCode("ru").localise(month, true)).isEqualTo(ruGenitive);
  }
}
