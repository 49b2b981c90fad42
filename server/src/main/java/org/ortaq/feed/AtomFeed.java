package org.ortaq.feed;

import static org.ortaq.feed.XmlCharacters.legal;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Builds an Atom 1.0 feed (RFC 4287) with Rome. */
final class AtomFeed {
  private AtomFeed() {}

  static Feed of(FeedChannel channel, List<FeedEntry> entries) {
    var feed = new Feed("atom_1.0");
    feed.setEncoding("UTF-8");
    feed.setId(channel.feedUrl());
    feed.setTitleEx(text(Content.TEXT, channel.title()));
    feed.setSubtitle(text(Content.TEXT, channel.description()));
    feed.setLanguage(channel.language().code());
    feed.setUpdated(Date.from(channel.updated()));
    feed.setAlternateLinks(
        new ArrayList<>(List.of(link("alternate", channel.siteUrl(), "text/html"))));
    feed.setOtherLinks(
        new ArrayList<>(List.of(link("self", channel.feedUrl(), "application/atom+xml"))));
    // RFC 4287 4.1.1: every entry needs an author, its own or the feed's; the channel is the
    // newsroom, so entries without a byline are credited to it.
    feed.setAuthors(new ArrayList<>(List.of(person(channel.title()))));
    var generator = new Generator();
    generator.setValue("Ortaq");
    feed.setGenerator(generator);
    feed.setEntries(entries.stream().map(AtomFeed::entry).toList());
    return feed;
  }

  private static Entry entry(FeedEntry source) {
    var entry = new Entry();
    entry.setId(source.id());
    entry.setTitleEx(text(Content.TEXT, source.title()));
    entry.setAlternateLinks(new ArrayList<>(List.of(link("alternate", source.url(), "text/html"))));
    entry.setPublished(Date.from(source.published()));
    entry.setUpdated(Date.from(source.updated()));
    if (!source.author().isBlank()) {
      entry.setAuthors(new ArrayList<>(List.of(person(source.author()))));
    }
    entry.setCategories(source.categories().stream().map(AtomFeed::category).toList());
    if (!source.summaryHtml().isBlank()) {
      entry.setSummary(text(Content.HTML, source.summaryHtml()));
    }
    if (!source.contentHtml().isBlank()) {
      entry.setContents(new ArrayList<>(List.of(text(Content.HTML, source.contentHtml()))));
    }
    if (!source.imageUrl().isEmpty()) {
      entry.setModules(new ArrayList<Module>(List.of(RssFeed.image(source.imageUrl()))));
    }
    return entry;
  }

  private static Content text(String type, String value) {
    var content = new Content();
    content.setType(type);
    content.setValue(legal(value));
    return content;
  }

  private static Link link(String rel, String href, String type) {
    var link = new Link();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }

  private static SyndPerson person(String name) {
    var person = new Person();
    person.setName(legal(name));
    return person;
  }

  private static Category category(String term) {
    var category = new Category();
    category.setTerm(legal(term));
    return category;
  }
}
