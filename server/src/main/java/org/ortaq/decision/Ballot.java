package org.ortaq.decision;

import java.time.Instant;

/** One member organization's ballot on a decision. */
public record Ballot(long organizationId, Choice choice, String statement, String castBy, Instant castAt) {}
