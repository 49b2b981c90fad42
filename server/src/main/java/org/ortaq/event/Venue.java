package org.ortaq.event;

/** Where an event takes place; {@code located} says whether the coordinates mean anything. */
public record Venue(String name, String city, String country, String address, boolean located,
    double latitude, double longitude) {

  public static Venue of(String name, String city, String country) {
    return new Venue(name, city, country, "", false, 0, 0);
  }

  /** The parts that are filled in, joined for a one-line place. */
  public String line() {
    var parts = new java.util.ArrayList<String>();
    for (String part : new String[] {name, address, city, country}) {
      if (!part.isBlank()) {
        parts.add(part);
      }
    }
    return String.join(", ", parts);
  }
}
