package org.ortaq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageCacheNegotiationTest {
  private static final EnumSet<ContentCoding> ALL = EnumSet.allOf(ContentCoding.class);
  private static final EnumSet<ContentCoding> WITHOUT_BROTLI = EnumSet.of(ContentCoding.GZIP, ContentCoding.IDENTITY);
  private static final Instant RENDERED = Instant.parse("2026-06-05T10:00:00Z");

  @ParameterizedTest(name = "Accept-Encoding \"{0}\" -> {1}, without brotli {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                           | IDENTITY | IDENTITY",
        "identity                     | IDENTITY | IDENTITY",
        "gzip, deflate, br, zstd      | BROTLI   | GZIP",
        "BR                           | BROTLI   | IDENTITY",
        "br;q=0, gzip                 | GZIP     | GZIP",
        "br ; q=0.0 , gzip ; q=0.8    | GZIP     | GZIP",
        "gzip;q=1, br;q=0.5           | GZIP     | GZIP",
        "br;q=0.5, gzip;q=0.5         | BROTLI   | GZIP",
        "x-gzip                       | GZIP     | GZIP",
        "gzip;q=0.001                 | GZIP     | GZIP",
        "gzip;q=0, br;q=0             | IDENTITY | IDENTITY",
        "*                            | BROTLI   | GZIP",
        "*;q=0                        | IDENTITY | IDENTITY",
        "*;q=0, identity              | IDENTITY | IDENTITY",
        "*;q=0.5, identity;q=1        | IDENTITY | IDENTITY",
        "deflate                      | IDENTITY | IDENTITY",
        "gzip;q=nonsense, br          | BROTLI   | IDENTITY",
        "',,'                         | IDENTITY | IDENTITY",
      })
  void choosesTheCodingTheReaderRanksHighest(String header, ContentCoding expected, ContentCoding withoutBrotli) {
    assertThat(AcceptEncoding.parse(header).choose(ALL)).isEqualTo(expected);
    assertThat(AcceptEncoding.parse(header).choose(WITHOUT_BROTLI)).isEqualTo(withoutBrotli);
  }

  @ParameterizedTest(name = "If-None-Match {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"abc\"'                    | true",
        "'W/\"abc\"'                  | true",
        "'\"x\", \"abc\"'             | true",
        "'\"x,y\",\"abc\"'            | true",
        "'*'                          | true",
        "'\"abcd\"'                   | false",
        "'abc'                        | false",
        "'\"abc'                      | false",
        "'\"x\", W/\"y\"'             | false",
      })
  void comparesEntityTagsWeakly(String ifNoneMatch, boolean matches) {
    assertThat(Revalidation.matchesAny(ifNoneMatch, "\"abc\"")).isEqualTo(matches);
  }

  @ParameterizedTest(name = "If-None-Match \"{0}\", If-Modified-Since \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''           | ''                              | false",
        "''           | Fri, 05 Jun 2026 10:00:00 GMT   | true",
        "''           | Fri, 5 Jun 2026 10:00:01 GMT    | true",
        "''           | Fri, 05 Jun 2026 09:59:59 GMT   | false",
        "''           | Friday, 05-Jun-26 10:00:00 GMT  | false",
        "''           | 2026-06-05T10:00:00Z            | false",
        "'\"abc\"'    | Fri, 05 Jun 2026 09:00:00 GMT   | true",
        "'\"old\"'    | Fri, 05 Jun 2026 11:00:00 GMT   | false",
      })
  void letsIfNoneMatchDecideBeforeIfModifiedSince(String ifNoneMatch, String ifModifiedSince, boolean notModified) {
    assertThat(Revalidation.notModified(ifNoneMatch, ifModifiedSince, "\"abc\"", RENDERED)).isEqualTo(notModified);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"2026-06-05T10:00:00Z, 'Fri, 05 Jun 2026 10:00:00 GMT'", "1999-12-31T23:59:59Z, 'Fri, 31 Dec 1999 23:59:59 GMT'"})
  void writesDatesAsImfFixdate(Instant instant, String httpDate) {
    assertThat(Revalidation.httpDate(instant)).isEqualTo(httpDate);
  }
}
