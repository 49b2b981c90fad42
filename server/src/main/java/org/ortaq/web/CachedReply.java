package org.ortaq.web;

import java.util.Optional;

/**
 * What a cached page answers to one GET or HEAD: its validators, and either 304 Not Modified or
 * 200 with the body in the coding the reader prefers. The Javalin route and the Jetty fast path
 * both write this, so a page reads the same whichever path answered it.
 */
record CachedReply(boolean notModified, ContentCoding coding, String etag, CachedPage page) {
  /** Browsers and a CDN may keep the page but must ask again each time; a 304 makes that cheap. */
  static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
  /** The body depends on Accept-Encoding (RFC 9110 §12.5.5). */
  static final String VARY = "Accept-Encoding";

  /** Negotiates the coding and revalidates; empty strings stand for absent request headers. */
  static CachedReply of(CachedPage page, String acceptEncoding, String ifNoneMatch, String ifModifiedSince) {
    ContentCoding coding = AcceptEncoding.parse(acceptEncoding).choose(page.codings());
    String etag = page.etag(coding);
    boolean notModified = Revalidation.notModified(ifNoneMatch, ifModifiedSince, etag, page.lastModified());
    return new CachedReply(notModified, coding, etag, page);
  }

  String lastModified() {
    return page.lastModifiedHttpDate();
  }

  String contentType() {
    return page.contentType();
  }

  /** The Content-Encoding header of a 200, absent for identity. */
  Optional<String> contentEncoding() {
    return coding == ContentCoding.IDENTITY ? Optional.empty() : Optional.of(coding.token());
  }

  /** The body of a 200. */
  byte[] body() {
    return page.body(coding);
  }
}
