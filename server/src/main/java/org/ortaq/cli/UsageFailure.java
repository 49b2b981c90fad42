package org.ortaq.cli;

/** Bad input to a command (a file that cannot be read, a value out of range); exit code 2. */
final class UsageFailure extends RuntimeException {
  UsageFailure(String message) {
    super(message);
  }
}
