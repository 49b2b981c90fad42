package org.ortaq.feed;

import static org.ortaq.feed.XmlCharacters.legal;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Builds an RSS 2.0 channel with Rome (https://www.rssboard.org/rss-specification). */
final class RssFeed {
  private RssFeed() {}

  static Channel of(FeedChannel channel, List<FeedEntry> entries) {
    var rss = new Channel("rss_2.0");
    rss.setEncoding("UTF-8");
    rss.setTitle(legal(channel.title()));
    rss.setLink(channel.siteUrl());
    rss.setDescription(legal(channel.description()));
    rss.setLanguage(channel.language().code());
    rss.setLastBuildDate(Date.from(channel.updated()));
    rss.setGenerator("Ortaq");
    rss.setDocs("https://www.rssboard.org/rss-specification");
    rss.setModules(new ArrayList<>(List.of(selfLink(channel.feedUrl()))));
    rss.setItems(entries.stream().map(RssFeed::item).toList());
    return rss;
  }

  // The RSS Advisory Board recommends atom:link rel="self" so a copied feed names its origin.
  private static Module selfLink(String feedUrl) {
    var link = new Link();
    link.setRel("self");
    link.setHref(feedUrl);
    link.setType("application/rss+xml");
    var module = new AtomLinkModuleImpl();
    module.setLink(link);
    return module;
  }

  private static Item item(FeedEntry entry) {
    var item = new Item();
    item.setTitle(legal(entry.title()));
    item.setLink(entry.url());
    var guid = new Guid();
    guid.setValue(entry.id());
    guid.setPermaLink(entry.id().equals(entry.url()));
    item.setGuid(guid);
    item.setPubDate(Date.from(entry.published()));
    var description = new Description();
    description.setType("text/html");
    description.setValue(legal(entry.summaryOrContent()));
    item.setDescription(description);
    if (!entry.contentHtml().isBlank()) {
      var content = new Content(); // Rome writes it as content:encoded
      content.setType(Content.HTML);
      content.setValue(legal(entry.contentHtml()));
      item.setContent(content);
    }
    item.setCategories(entry.categories().stream().map(RssFeed::category).toList());
    var modules = new ArrayList<Module>();
    if (!entry.author().isBlank()) {
      // RSS's own <author> must be an e-mail address; a byline goes to dc:creator.
      var dublinCore = new DCModuleImpl();
      dublinCore.setCreator(legal(entry.author()));
      modules.add(dublinCore);
    }
    if (!entry.imageUrl().isEmpty()) {
      modules.add(image(entry.imageUrl()));
    }
    item.setModules(modules);
    return item;
  }

  private static Category category(String name) {
    var category = new Category();
    category.setValue(legal(name));
    return category;
  }

  /**
   * The lead image as media:content (Media RSS), which readers show as a thumbnail. Not an
   * enclosure: RSS 2.0 requires its length in bytes, which the article row does not know.
   */
  static Module image(String imageUrl) {
    var content = new MediaContent(new UrlReference(URI.create(imageUrl)));
    content.setMedium("image");
    var media = new MediaEntryModuleImpl();
    media.setMediaContents(new MediaContent[] {content});
    return media;
  }
}
