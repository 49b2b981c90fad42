package org.ortaq.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the content coding for a response from the reader's {@code Accept-Encoding} (RFC 9110
 * §12.5.3): the highest weight wins, ties go to br, then gzip, then identity; {@code q=0} refuses.
 */
final class AcceptEncoding {
  private static final AcceptEncoding IDENTITY_ONLY = new AcceptEncoding(Map.of());

  private final Map<String, Double> weights;

  private AcceptEncoding(Map<String, Double> weights) {
    this.weights = weights;
  }

  /** Parses the header; an absent or empty header accepts only identity. */
  static AcceptEncoding parse(String header) {
    if (header.isEmpty()) {
      return IDENTITY_ONLY; // most feed readers and bots, and every wrk request
    }
    var weights = new HashMap<String, Double>();
    for (String member : header.split(",")) {
      String[] parts = member.split(";");
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      if (coding.isEmpty()) {
        continue;
      }
      // "x-gzip" is an alias of "gzip" (RFC 9110 §8.4.1.3).
      weights.merge(coding.equals("x-gzip") ? "gzip" : coding, weight(parts), Math::max);
    }
    return new AcceptEncoding(weights);
  }

  /** The preferred coding among {@code available}, which must contain identity. */
  ContentCoding choose(Set<ContentCoding> available) {
    ContentCoding best = ContentCoding.IDENTITY;
    double bestWeight = 0;
    for (ContentCoding coding : ContentCoding.values()) {
      double weight = weightOf(coding);
      if (available.contains(coding) && weight > bestWeight) {
        best = coding;
        bestWeight = weight;
      }
    }
    // When nothing is acceptable, not even identity, send identity anyway: RFC 9110 §12.5.3
    // allows it, and a page is more useful than a 406.
    return best;
  }

  private double weightOf(ContentCoding coding) {
    Double explicit = weights.get(coding.token());
    if (explicit != null) {
      return explicit;
    }
    Double any = weights.get("*");
    if (any != null) {
      return any;
    }
    // Identity is acceptable unless refused by name or by "*" (RFC 9110 §12.5.3); any other coding
    // only when named. Unnamed identity ranks below every named coding the reader accepts (weights
    // have at most three decimals, so the smallest is 0.001).
    return coding == ContentCoding.IDENTITY ? 0.0001 : 0;
  }

  private static double weight(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
        try {
          double q = Double.parseDouble(parameter.substring(2).strip());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
