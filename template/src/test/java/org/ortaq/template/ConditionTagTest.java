package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTagTest {
  private static final PageContext PAGE = PageContext.builder()
      .categories(List.of(4))
      .newsId(42)
      .pageNumber(6)
      .tag("Şuşa")
      .module("static")
      .staticPage("about")
      .device(PageContext.Device.TABLET)
      .operatingSystem(true, false)
      .build();
  private static final Item ITEM = Item.builder().categories(List.of(7, 9)).position(2).build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "[category=1,3-5]c[/category];c", "[category=5]c[/category];''", "[not-category=5]n[/not-category];n",
      "[catlist=9]c[/catlist];c", "[catlist=1-6]c[/catlist];''", "[not-catlist=1]n[/not-catlist];n",
      "[newscount=1,2]c[/newscount];c", "[newscount=1,3]c[/newscount];''", "[not-newscount=2]n[/not-newscount];''",
      "[page-count=2,5-9]p[/page-count];p", "[page-count=1]p[/page-count];''", "[not-page-count=1]n[/not-page-count];n",
      "[news=40-50]n[/news];n", "[news=1]n[/news];''", "[not-news=1]n[/not-news];n",
      "[tags=şuşa,baki]t[/tags];t", "[not-tags=şuşa]t[/not-tags];''",
      "[static=about,contact]s[/static];s", "[static=contact]s[/static];''", "[not-static=contact]n[/not-static];n",
      "[tablet]t[/tablet][smartphone]s[/smartphone][desktop]d[/desktop][not-desktop]!d[/not-desktop];t!d",
      "[android]a[/android][ios]i[/ios][not-ios]!i[/not-ios];a!i",
      "[script]alert(1)[/script]x;x",
  })
  void keepsBlocksByThePageAndTheItem(String template, String expected) {
    assertThat(Render.of(template, PAGE, ITEM)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "group {0}: {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
      "5;[hide]secret[/hide];<div class=\"quote dlehidden\">You must be registered to see the hidden text.</div>",
      "4;[hide]secret[/hide];secret",
      "4;[hide=2,3]secret[/hide];<div class=\"quote dlehidden\">You must be registered to see the hidden text.</div>",
      "1;[hide=2,3]secret[/hide];secret",
      "5;[hide][/hide];[hide][/hide]",
  })
  void hidesTextFromGroupsThatMayNotSeeIt(int group, String template, String expected) {
    assertThat(Render.of(template, PageContext.builder().userGroup(group).build())).isEqualTo(expected);
  }

  @Test
  void showsNotNewsOnlyForAnEmptyList() {
    var theme = Render.theme(java.util.Map.of("shortstory.tpl", "<h2>{title}</h2>[not-news]<p>Xəbər yoxdur</p>[/not-news]"));
    var template = theme.template("shortstory.tpl");
    assertThat(template.render(PageContext.EMPTY, Item.builder().title("A").build())).isEqualTo("<h2>A</h2>");
    assertThat(template.renderNotNews(PageContext.EMPTY)).isEqualTo("<p>Xəbər yoxdur</p>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "[image-1]<img src=\"{image-1}\">[/image-1];<img src=\"/a.jpg\">",
      "{image-2}|{image-3};/b.png|/templates/Default/dleimages/no_image.jpg",
      "[image-3]x[/image-3][not-image-3]none[/not-image-3];none",
      "{IMAGE-1};{IMAGE-1}",
  })
  void findsImagesInTheShortStoryAndExtraFields(String template, String expected) {
    var item = Item.builder()
        .shortStory("<p><img src=\"/a.jpg\"> <img src=\"/templates/x/dleimages/spoiler.gif\"></p>")
        .xfield("poster", "<img src='/b.png' alt=''>")
        .build();
    assertThat(Render.of(template, item)).isEqualTo(expected);
  }
}
