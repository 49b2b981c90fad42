package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkBlockTest {
  private static final Item ITEM = Item.builder()
      .value("full-link", "/n/1")
      .value("print-link", "/print/1")
      .value("day-news-link", "/2024/05/03/")
      .value("profile-link", "/user/admin/")
      .value("next-link", "/page/3/")
      .value("edit-link", "/admin/edit/1")
      .build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "[print-link]Print[/print-link];<a href=\"/print/1\">Print</a>",
      "[day-news]3 May[/day-news];<a href=\"/2024/05/03/\">3 May</a>",
      "[profile]admin[/profile];<a href=\"/user/admin/\">admin</a>",
      "[prev-link]«[/prev-link] [next-link]»[/next-link];<span>«</span> <a href=\"/page/3/\">»</a>",
      "[edit]Edit[/edit][complaint]Complain[/complaint];<a href=\"/admin/edit/1\">Edit</a>",
  })
  void turnsLinkBlocksIntoAnchorsFedFromValues(String template, String expected) {
    assertThat(Render.of(template, ITEM)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "[full-link]Read[/full-link];Read",
      "[com-link]Comments[/com-link];Comments",
  })
  void keepsTheBodyOfAlwaysShownLinksWithoutAUrl(String template, String expected) {
    assertThat(Render.of(template, Item.EMPTY)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "[com-link]Comments[/com-link];''",
      "[full-link]Read[/full-link];''",
  })
  void dropsALinkBlockSetToFalse(String template, String expected) {
    var item = Item.builder().value("full-link", "/n").block("com-link", false).block("full-link", false).build();
    assertThat(Render.of(template, item)).isEqualTo(expected);
  }
}
