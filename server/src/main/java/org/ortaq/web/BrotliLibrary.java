package org.ortaq.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether brotli4j's native library could be loaded here; says once in the log when it could not. */
final class BrotliLibrary {
  private static final Logger log = LoggerFactory.getLogger(BrotliLibrary.class);

  // A native library loads at most once per JVM, so its availability is JVM-wide by nature; the
  // holder makes the check, and its log line, happen once, on first use.
  private static final class Holder {
    private static final boolean AVAILABLE = load();
  }

  private BrotliLibrary() {}

  static boolean available() {
    return Holder.AVAILABLE;
  }

  private static boolean load() {
    try {
      if (Brotli4jLoader.isAvailable()) {
        return true;
      }
      log.warn(
          "brotli unavailable, pages are compressed with gzip only cause=\"{}\"",
          Brotli4jLoader.getUnavailabilityCause());
    } catch (LinkageError | RuntimeException e) {
      // An unsupported platform fails in the loader's static initializer.
      log.warn("brotli unavailable, pages are compressed with gzip only cause=\"{}\"", e.toString());
    }
    return false;
  }
}
