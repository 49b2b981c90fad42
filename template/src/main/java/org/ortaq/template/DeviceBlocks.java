package org.ortaq.template;

/** {@code [smartphone]}, {@code [tablet]}, {@code [desktop]}, {@code [android]}, {@code [ios]} and their not- forms. */
final class DeviceBlocks {
  private DeviceBlocks() {}

  /** The condition for a device block name (without "not-"), or null when it is not one. */
  static Node.Condition condition(String base, boolean negated) {
    return switch (base) {
      case "smartphone" -> scope -> Node.Condition.of((scope.page().device() == PageContext.Device.SMARTPHONE) != negated);
      case "tablet" -> scope -> Node.Condition.of((scope.page().device() == PageContext.Device.TABLET) != negated);
      case "desktop" -> scope -> Node.Condition.of((scope.page().device() == PageContext.Device.DESKTOP) != negated);
      case "android" -> scope -> Node.Condition.of(scope.page().android() != negated);
      case "ios" -> scope -> Node.Condition.of(scope.page().ios() != negated);
      default -> null;
    };
  }
}
