package org.ortaq.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task an adopted decision gives an organization, with its progress notes. */
public record ActionItem(long id, long decisionId, long ownerId, String title, LocalDate dueOn, ActionStatus status,
    List<Note> notes) {

  public ActionItem {
    notes = List.copyOf(notes);
  }

  /** A progress note. */
  public record Note(long id, String author, String body, Instant createdAt) {}
}
