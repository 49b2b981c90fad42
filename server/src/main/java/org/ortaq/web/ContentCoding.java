package org.ortaq.web;

/** A content coding the page cache can send, in the order it prefers them when the reader ranks them equally. */
enum ContentCoding {
  BROTLI("br"),
  GZIP("gzip"),
  IDENTITY("identity");

  private final String token;

  ContentCoding(String token) {
    this.token = token;
  }

  /** The token used in {@code Accept-Encoding} and {@code Content-Encoding} (RFC 9110 §8.4.1). */
  String token() {
    return token;
  }
}
