package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ortaq.text.Language;

class ArticleMetadataTest {
  private static final Publisher PUBLISHER =
      new Publisher(
          "Bakı Diaspora Mərkəzi",
          "https://ortaq.example/az/baki-diaspora/",
          "https://ortaq.example/uploads/logo.png");

  private final ArticleMetadata metadata = new ArticleMetadata();

  private static ArticleMetadataInput article(String headline, String author, String imageUrl) {
    return new ArticleMetadataInput(
        headline,
        "Şuşa Bəyannaməsi birgə media platforması çağırır; \"ortaq\" & <dayanışma>",
        "https://ortaq.example/az/news/2025/06/susa-beyannamesi",
        imageUrl,
        Language.AZ,
        List.of(Language.TR, Language.EN, Language.AZ),
        Instant.parse("2025-06-15T09:30:00Z"),
        Instant.parse("2025-06-16T12:00:05.5Z"),
        author,
        "Siyasət",
        List.of("Şuşa", "İstanbul'da forum"),
        "Ortaq",
        "https://ortaq.example/az/",
        PUBLISHER);
  }

  private static ArticleMetadataInput declaration() {
    return article(
        "Şuşa Bəyannaməsi: dörd il sonra",
        "Leyla Əliyeva",
        "https://ortaq.example/uploads/susa.jpg?w=1200&h=630");
  }

  private static String og(Document head, String property) {
    return head.select("meta[property=" + property + "]").attr("content");
  }

  private static JsonNode jsonLd(String html) throws Exception {
    var scripts = Jsoup.parse(html).select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    return new ObjectMapper().readTree(scripts.first().data());
  }

  @Test
  void openGraphDescribesTheArticle() {
    var head = Jsoup.parse(metadata.head(declaration()));

    assertThat(og(head, "og:type")).isEqualTo("article");
    assertThat(og(head, "og:title")).isEqualTo("Şuşa Bəyannaməsi: dörd il sonra");
    assertThat(og(head, "og:url"))
        .isEqualTo("https://ortaq.example/az/news/2025/06/susa-beyannamesi");
    assertThat(og(head, "og:image"))
        .isEqualTo("https://ortaq.example/uploads/susa.jpg?w=1200&h=630");
    assertThat(og(head, "og:site_name")).isEqualTo("Ortaq");
    assertThat(og(head, "article:published_time")).isEqualTo("2025-06-15T09:30:00Z");
    assertThat(og(head, "article:modified_time")).isEqualTo("2025-06-16T12:00:05Z");
    assertThat(og(head, "article:section")).isEqualTo("Siyasət");
    assertThat(head.select("meta[property=article:tag]"))
        .extracting(e -> e.attr("content"))
        .containsExactly("Şuşa", "İstanbul'da forum");
  }

  @Test
  void localeIsTheArticlesAndAlternatesAreItsTranslationsOnly() {
    var head = Jsoup.parse(metadata.openGraph(declaration()));

    assertThat(og(head, "og:locale")).isEqualTo("az_AZ");
    assertThat(head.select("meta[property=og:locale:alternate]"))
        .extracting(e -> e.attr("content"))
        .containsExactly("tr_TR", "en_US");
  }

  @Test
  void everyLanguageHasAnOpenGraphLocale() {
    assertThat(Language.all())
        .extracting(ArticleMetadata::openGraphLocale)
        .containsExactly("az_AZ", "tr_TR", "en_US", "ru_RU");
  }

  @Test
  void attributeValuesAreHtmlEscaped() {
    var html = metadata.openGraph(article("\"Quoted\" <b>bold</b> & 'single'", "", ""));

    assertThat(html)
        .contains("content=\"&quot;Quoted&quot; &lt;b&gt;bold&lt;/b&gt; &amp; &#39;single&#39;\"");
    assertThat(html)
        .contains(
            "content=\"Şuşa Bəyannaməsi birgə media platforması çağırır; &quot;ortaq&quot; &amp;"
                + " &lt;dayanışma&gt;\"");
    assertThat(og(Jsoup.parse(html), "og:title")).isEqualTo("\"Quoted\" <b>bold</b> & 'single'");
  }

  @Test
  void noImageMeansNoOgImageAndNoJsonLdImage() throws Exception {
    var html = metadata.head(article("Başlıq", "", ""));

    assertThat(Jsoup.parse(html).select("meta[property=og:image]")).isEmpty();
    assertThat(jsonLd(html).has("image")).isFalse();
  }

  @Test
  void jsonLdIsANewsArticleThatParsesBack() throws Exception {
    var json = jsonLd(metadata.head(declaration()));

    assertThat(json.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(json.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(json.path("headline").asText()).isEqualTo("Şuşa Bəyannaməsi: dörd il sonra");
    assertThat(json.path("datePublished").asText()).isEqualTo("2025-06-15T09:30:00Z");
    assertThat(json.path("dateModified").asText()).isEqualTo("2025-06-16T12:00:05Z");
    assertThat(json.path("inLanguage").asText()).isEqualTo("az");
    assertThat(json.path("image").get(0).asText())
        .isEqualTo("https://ortaq.example/uploads/susa.jpg?w=1200&h=630");
    assertThat(json.path("description").asText())
        .startsWith("Şuşa Bəyannaməsi birgə")
        .endsWith("& <dayanışma>");
    assertThat(json.path("mainEntityOfPage").path("@id").asText())
        .isEqualTo("https://ortaq.example/az/news/2025/06/susa-beyannamesi");
    assertThat(json.path("author").path("@type").asText()).isEqualTo("Person");
    assertThat(json.path("author").path("name").asText()).isEqualTo("Leyla Əliyeva");
    assertThat(json.path("publisher").path("@type").asText()).isEqualTo("Organization");
    assertThat(json.path("publisher").path("name").asText()).isEqualTo("Bakı Diaspora Mərkəzi");
    assertThat(json.path("publisher").path("logo").path("url").asText())
        .isEqualTo("https://ortaq.example/uploads/logo.png");
    assertThat(json.path("isPartOf").path("name").asText()).isEqualTo("Ortaq");
    assertThat(json.path("isPartOf").path("url").asText()).isEqualTo("https://ortaq.example/az/");
    assertThat(json.path("articleSection").asText()).isEqualTo("Siyasət");
    assertThat(json.path("keywords"))
        .extracting(JsonNode::asText)
        .containsExactly("Şuşa", "İstanbul'da forum");
  }

  @Test
  void withoutABylineThePublisherIsTheAuthor() throws Exception {
    var json = jsonLd(metadata.head(article("Başlıq", "", "")));

    assertThat(json.path("author").path("@type").asText()).isEqualTo("Organization");
    assertThat(json.path("author").path("name").asText()).isEqualTo("Bakı Diaspora Mərkəzi");
  }

  @Test
  void aHeadlineCannotBreakOutOfTheScriptElement() throws Exception {
    var attack = "</script><script>alert(1)</script><!-- İstanbul'da";
    var html = metadata.head(article(attack, attack, ""));
    var script = html.substring(html.indexOf("<script"));

    assertThat(script.indexOf("</script")).isEqualTo(script.lastIndexOf("</script"));
    assertThat(script).doesNotContain("<!--").doesNotContain("<script>alert");
    assertThat(script).contains("\\u003C/script\\u003E");
    var page = Jsoup.parse("<html><head>" + html + "</head><body></body></html>");
    assertThat(page.select("script")).hasSize(1);
    assertThat(jsonLd(html).path("headline").asText()).isEqualTo(attack);
    assertThat(jsonLd(html).path("author").path("name").asText()).isEqualTo(attack);
  }

  @Test
  void lineAndParagraphSeparatorsAreEscapedForOldJavaScriptParsers() throws Exception {
    var html = metadata.jsonLdScript(article("Bir\u2028iki\u2029üç", "", ""));

    assertThat(html).contains("Bir\\u2028iki\\u2029üç");
    assertThat(jsonLd(html).path("headline").asText()).isEqualTo("Bir\u2028iki\u2029üç");
  }

  @Test
  void longHeadlinesAreCutTo110CharactersInJsonLdButNotInOpenGraph() throws Exception {
    var title = "Şuşa Bəyannaməsi ".repeat(10).strip();
    var html = metadata.head(article(title, "", ""));

    var headline = jsonLd(html).path("headline").asText();
    assertThat(headline.codePointCount(0, headline.length())).isLessThanOrEqualTo(110);
    assertThat(headline).endsWith(" Bəyannaməsi Şuşa…");
    assertThat(og(Jsoup.parse(html), "og:title")).isEqualTo(title);
  }

  @Test
  void theHeadIsOneElementPerLine() {
    var lines = metadata.head(declaration()).lines().toList();

    assertThat(lines).allSatisfy(line -> assertThat(line).matches("<(meta|script) .*>"));
    assertThat(Jsoup.parse(metadata.head(declaration())).head().children())
        .extracting(Element::tagName)
        .last()
        .isEqualTo("script");
  }
}
