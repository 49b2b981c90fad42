package org.ortaq.feed;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemaps (https://www.sitemaps.org/protocol.html) with hreflang alternates as Google reads
 * them (xhtml:link inside each url), and the sitemap index that lists several.
 */
public final class SitemapWriter {
  public static final String CONTENT_TYPE = "application/xml; charset=utf-8";

  /** The protocol's limit of URLs in one sitemap, and of sitemaps in one index. */
  public static final int MAX_URLS = 50_000;

  /** The protocol's limit of one uncompressed sitemap or index: 50 MiB. */
  public static final int MAX_BYTES = 52_428_800;

  static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

  /** A urlset of at most {@link #MAX_URLS} pages; {@link #split} cuts longer lists. */
  public String sitemap(List<SitemapUrl> urls) {
    requireWithinLimit(urls.size(), "URLs in one sitemap");
    return write(
        xml -> {
          xml.writeStartElement("urlset");
          xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
          xml.writeNamespace("xhtml", XHTML_NAMESPACE);
          for (var url : urls) {
            xml.writeStartElement("url");
            element(xml, "loc", url.loc());
            element(xml, "lastmod", w3cDatetime(url.lastModified()));
            for (var alternate : url.alternates()) {
              xml.writeEmptyElement("xhtml", "link", XHTML_NAMESPACE);
              xml.writeAttribute("rel", "alternate");
              xml.writeAttribute("hreflang", alternate.hreflang());
              xml.writeAttribute("href", alternate.href());
            }
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  /** A sitemapindex listing at most {@link #MAX_URLS} sitemaps. */
  public String sitemapIndex(List<SitemapReference> sitemaps) {
    requireWithinLimit(sitemaps.size(), "sitemaps in one index");
    return write(
        xml -> {
          xml.writeStartElement("sitemapindex");
          xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
          for (var sitemap : sitemaps) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", sitemap.loc());
            element(xml, "lastmod", w3cDatetime(sitemap.lastModified()));
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  /** Cuts {@code urls} into consecutive parts of at most {@code maxUrls}, none empty. */
  public static List<List<SitemapUrl>> split(List<SitemapUrl> urls, int maxUrls) {
    if (maxUrls < 1 || maxUrls > MAX_URLS) {
      throw new IllegalArgumentException("maxUrls must be in 1.." + MAX_URLS + ": " + maxUrls);
    }
    var parts = new ArrayList<List<SitemapUrl>>();
    for (int start = 0; start < urls.size(); start += maxUrls) {
      parts.add(List.copyOf(urls.subList(start, Math.min(urls.size(), start + maxUrls))));
    }
    return List.copyOf(parts);
  }

  /** Cuts {@code urls} into parts of at most {@link #MAX_URLS}. */
  public static List<List<SitemapUrl>> split(List<SitemapUrl> urls) {
    return split(urls, MAX_URLS);
  }

  private static void requireWithinLimit(int count, String what) {
    if (count > MAX_URLS) {
      throw new IllegalArgumentException(
          count + " " + what + " exceed the limit of " + MAX_URLS + "; split them");
    }
  }

  // W3C Datetime (https://www.w3.org/TR/NOTE-datetime) in UTC, to the second.
  private static String w3cDatetime(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(XmlCharacters.legal(text));
    xml.writeEndElement();
  }

  private String write(Body body) {
    var out = new StringWriter();
    try {
      var xml = factory.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(SITEMAP_NAMESPACE);
      xml.setPrefix("xhtml", XHTML_NAMESPACE);
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("sitemap could not be written", e);
    }
    var text = out.toString();
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("sitemap exceeds 50 MiB; split it into smaller parts");
    }
    return text;
  }

  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }
}
