package org.ortaq.web;

import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compresses a page once, when it is stored, into every content coding the cache can send. */
final class PageCompression {
  /** Below this many bytes a compressed body saves less than its headers and CPU cost. */
  static final int MINIMUM_BYTES = 256;

  private static final Logger log = LoggerFactory.getLogger(PageCompression.class);
  private static final int GZIP_LEVEL = 6;
  // Quality 6 compresses HTML as fast as gzip level 6 and a little smaller; 10 and 11 save about
  // another 8% but take tens of milliseconds per page, which a reader pays on every miss.
  private static final Encoder.Parameters BROTLI =
      new Encoder.Parameters().setQuality(6).setMode(Encoder.Mode.TEXT);

  private final boolean brotli;

  private PageCompression(boolean brotli) {
    this.brotli = brotli;
  }

  /** Brotli and gzip when brotli4j's native library loads here, gzip alone otherwise. */
  static PageCompression brotliWhenAvailable() {
    return new PageCompression(BrotliLibrary.available());
  }

  /** Gzip alone, as on a platform brotli4j has no native library for. */
  static PageCompression gzipOnly() {
    return new PageCompression(false);
  }

  /** The raw bytes under identity, plus each compressed form when the body is large enough. */
  Map<ContentCoding, byte[]> encode(byte[] raw) {
    var bodies = new EnumMap<ContentCoding, byte[]>(ContentCoding.class);
    bodies.put(ContentCoding.IDENTITY, raw);
    if (raw.length < MINIMUM_BYTES) {
      return bodies;
    }
    bodies.put(ContentCoding.GZIP, gzip(raw));
    if (brotli) {
      try {
        bodies.put(ContentCoding.BROTLI, Encoder.compress(raw, BROTLI));
      } catch (IOException | RuntimeException | LinkageError e) {
        // Readers that take brotli also take gzip; this page goes without brotli.
        log.warn("brotli compression failed, page kept with gzip bytes={} cause=\"{}\"", raw.length, e.toString());
      }
    }
    return bodies;
  }

  private static byte[] gzip(byte[] raw) {
    var bytes = new ByteArrayOutputStream(raw.length / 3 + 64);
    try (var gzip = new LeveledGzip(bytes)) {
      gzip.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the stream writes to memory
    }
    return bytes.toByteArray();
  }

  /** GZIPOutputStream at an explicit level; the JDK only exposes its deflater to subclasses. */
  private static final class LeveledGzip extends GZIPOutputStream {
    LeveledGzip(ByteArrayOutputStream out) throws IOException {
      super(out);
      def.setLevel(GZIP_LEVEL);
    }
  }
}
