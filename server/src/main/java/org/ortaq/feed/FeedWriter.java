package org.ortaq.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.Format.TextMode;
import org.jdom2.output.XMLOutputter;

/** Writes one channel and its entries as RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
public final class FeedWriter {
  public static final String RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";
  public static final String ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
  public static final String JSON_FEED_CONTENT_TYPE = "application/feed+json; charset=utf-8";

  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS); // RFC 3339 strings

  public String rss(FeedChannel channel, List<FeedEntry> entries) {
    return xml(document(RssFeed.of(channel, List.copyOf(entries))));
  }

  public String atom(FeedChannel channel, List<FeedEntry> entries) {
    var document = document(AtomFeed.of(channel, List.copyOf(entries)));
    // Rome's Atom generator drops the feed language; RFC 4287 carries it as xml:lang.
    document
        .getRootElement()
        .setAttribute("lang", channel.language().code(), Namespace.XML_NAMESPACE);
    return xml(document);
  }

  public String jsonFeed(FeedChannel channel, List<FeedEntry> entries) {
    try {
      return json.writeValueAsString(JsonFeed.of(channel, List.copyOf(entries)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON Feed could not be written", e);
    }
  }

  private static Document document(WireFeed feed) {
    try {
      return new WireFeedOutput().outputJDom(feed);
    } catch (FeedException e) {
      // Our records admit only what the formats allow, so this is a bug, not bad input.
      throw new IllegalStateException(feed.getFeedType() + " feed could not be written", e);
    }
  }

  // Indented for people reading the feed, yet text kept byte for byte (pretty format trims it).
  private static String xml(Document document) {
    var format = Format.getPrettyFormat().setEncoding("UTF-8").setTextMode(TextMode.PRESERVE);
    return new XMLOutputter(format).outputString(document);
  }
}
