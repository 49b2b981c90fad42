package org.ortaq.feed;

/**
 * The organization that publishes an article, as JSON-LD's publisher.
 *
 * @param logoUrl the absolute URL of its logo, "" when none
 */
public record Publisher(String name, String url, String logoUrl) {
  public Publisher {
    Checks.text(name, "name");
    Checks.absoluteUrl(url, "url");
    Checks.absoluteUrlOrEmpty(logoUrl, "logoUrl");
  }
}
