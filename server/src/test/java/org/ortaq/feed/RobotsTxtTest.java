package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RobotsTxtTest {
  @ParameterizedTest
  @ValueSource(strings = {"https://ortaq.example", "https://ortaq.example/"})
  void allowsPublicPagesClosesAdminAndApiAndNamesTheSitemap(String siteUrl) {
    assertThat(RobotsTxt.render(siteUrl))
        .isEqualTo(
            """
            User-agent: *
            Disallow: /admin/
            Disallow: /api/
            Allow: /

            Sitemap: https://ortaq.example/sitemap.xml
            """);
  }

  @Test
  void rulesCarryThePathOfASiteServedBelowTheRoot() {
    var robots = RobotsTxt.render("https://example.org/ortaq/");

    assertThat(robots)
        .contains("Disallow: /ortaq/admin/\n", "Disallow: /ortaq/api/\n", "Allow: /ortaq/\n");
    assertThat(robots).contains("Sitemap: https://example.org/ortaq/sitemap.xml\n");
  }

  @Test
  void refusesARelativeSiteUrlBecauseSitemapLinesMustBeAbsolute() {
    assertThatIllegalArgumentException().isThrownBy(() -> RobotsTxt.render("/"));
  }

  @Test
  void isServedAsUtf8PlainText() {
    assertThat(RobotsTxt.CONTENT_TYPE).isEqualTo("text/plain; charset=utf-8");
  }
}
