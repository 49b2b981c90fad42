package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XfieldTagTest {
  private static final Item ITEM = Item.builder()
      .xfield("Source", "<b>AzərTac</b> &amp; APA")
      .xfield("empty", "  ")
      .xfield("blank", "<p><br></p>")
      .xfield("genre", "drama, tarix")
      .xfield("poster", "<img src=\"/p/full.jpg\" alt=\"Afişa\">")
      .xfield("gallery", "<img src=\"/g/1.jpg\" alt=\"Bir\"><img src=\"/g/2.jpg\" alt=\"İki\">")
      .xfield("event", "2024-06-15 10:30")
      .build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", value = {
      "[xfvalue_source] => <b>AzərTac</b> &amp; APA",
      "[XFVALUE_SOURCE] => <b>AzərTac</b> &amp; APA",
      "[xfvalue_missing]| => |",
      "[xfvalue_source limit=\"9\"] => AzərTac",
      "[xfvalue_source limit=\"9\"] [xfvalue_source limit=\"5\"] => AzərTac [xfvalue_source limit=\"5\"]",
      "[xfvalue_event format=\"j F Y, H:i\"] => 15 June 2024, 10:30",
      "[xfvalue_image_url_poster]|[xfvalue_thumb_url_poster]|[xfvalue_image_description_poster] => /p/full.jpg|/p/full.jpg|Afişa",
      "[xfvalue_gallery image=\"2\"] => <img src=\"/g/2.jpg\" alt=\"İki\">",
      "[xfvalue_gallery image-url=\"1\"]|[xfvalue_gallery image-description=\"2\"] => /g/1.jpg|İki",
      "[xfgiven_gallery image=\"2\"]2[/xfgiven_gallery image=\"2\"][xfnotgiven_gallery image=\"3\"]-3[/xfnotgiven_gallery image=\"3\"] => 2-3",
      "[xfgiven_source]s[/xfgiven_source][xfgiven_empty]e[/xfgiven_empty][xfnotgiven_missing]m[/xfnotgiven_missing] => sm",
      "[ifxfvalue genre=\"tarix\"]t[/ifxfvalue][ifxfvalue genre!=\"drama\"]!d[/ifxfvalue] => t",
      "[ifxfvalue source=\"x,<b>AzərTac</b> &amp; APA\"]exact[/ifxfvalue] => exact",
      "[ifxfset fields=\"source,poster\"]both[/ifxfset][ifxfset fields=\"source,blank\"]no[/ifxfset] => both",
      "[ifxfnotset fields=\"blank,empty,missing\"]none[/ifxfnotset] => none",
  })
  void showsExtraFieldsAndTheirBlocks(String template, String expected) {
    assertThat(Render.of(template, ITEM)).isEqualTo(expected);
  }
}
