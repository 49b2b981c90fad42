package org.ortaq.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One rendered page in every coding it is kept in. Equality is identity on purpose: the dependency
 * index holds exactly this stored version, so dropping an older version never drops a newer one.
 */
final class CachedPage {
  // Key, content type and the two dates a cache entry carries besides its bodies.
  private static final int OVERHEAD_BYTES = 256;

  private final String key;
  private final String contentType;
  private final Set<String> dependencies;
  private final Instant lastModified;
  private final String lastModifiedHttpDate;
  private final Map<ContentCoding, byte[]> bodies;
  private final Map<ContentCoding, String> etags;

  CachedPage(
      String key,
      String contentType,
      Set<String> dependencies,
      Instant renderedAt,
      Map<ContentCoding, byte[]> bodies) {
    this.key = Objects.requireNonNull(key);
    this.contentType = Objects.requireNonNull(contentType);
    this.dependencies = Set.copyOf(dependencies);
    // HTTP dates have one-second precision (RFC 9110 §5.6.7); comparisons must agree with them.
    this.lastModified = renderedAt.truncatedTo(ChronoUnit.SECONDS);
    this.lastModifiedHttpDate = Revalidation.httpDate(lastModified);
    this.bodies = Map.copyOf(bodies);
    if (!this.bodies.containsKey(ContentCoding.IDENTITY)) {
      throw new IllegalArgumentException("a cached page needs its identity body");
    }
    // Each coding has its own strong ETag, as RFC 9110 §8.8.3 asks of different representations,
    // all derived from the raw bytes. Computed once: a hit only looks them up.
    String validator = validator(this.bodies.get(ContentCoding.IDENTITY));
    var etags = new EnumMap<ContentCoding, String>(ContentCoding.class);
    for (ContentCoding coding : this.bodies.keySet()) {
      etags.put(coding, coding == ContentCoding.IDENTITY ? '"' + validator + '"' : '"' + validator + '-' + coding.token() + '"');
    }
    this.etags = etags;
  }

  String key() {
    return key;
  }

  String contentType() {
    return contentType;
  }

  Set<String> dependencies() {
    return dependencies;
  }

  Instant lastModified() {
    return lastModified;
  }

  /** {@link #lastModified()} as an HTTP date, for the Last-Modified header. */
  String lastModifiedHttpDate() {
    return lastModifiedHttpDate;
  }

  Set<ContentCoding> codings() {
    return bodies.keySet();
  }

  /** The body in {@code coding}, which must be one of {@link #codings()}. */
  byte[] body(ContentCoding coding) {
    return Objects.requireNonNull(bodies.get(coding), coding.token());
  }

  /** The strong ETag of the body in {@code coding}, which must be one of {@link #codings()}. */
  String etag(ContentCoding coding) {
    return Objects.requireNonNull(etags.get(coding), coding.token());
  }

  /** Bytes this entry keeps alive, for the cache's weight bound. */
  int weight() {
    long sum = OVERHEAD_BYTES + 2L * key.length() + contentType.length();
    for (byte[] body : bodies.values()) {
      sum += body.length;
    }
    for (String dependency : dependencies) {
      sum += 2L * dependency.length();
    }
    return (int) Math.min(Integer.MAX_VALUE, sum);
  }

  /** 128 bits of SHA-256 in base64url: collisions are out of reach, and the tag stays short. */
  private static String validator(byte[] raw) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
