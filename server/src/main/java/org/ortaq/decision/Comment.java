package org.ortaq.decision;

import java.time.Instant;

/** A remark in a decision's discussion, made for an organization by its representative or admin. */
public record Comment(long id, long organizationId, String author, String body, Instant createdAt) {}
