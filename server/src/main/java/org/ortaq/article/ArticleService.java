package org.ortaq.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.ortaq.access.Actor;
import org.ortaq.error.Conflict;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsroom's rules: writing, the editorial flow (draft → review → scheduled → published →
 * archived), translations and sharing. Every change is one transaction with its outbox row, and
 * its cache keys are announced before the method returns.
 */
public final class ArticleService {
  private static final Logger log = LoggerFactory.getLogger(ArticleService.class);
  /** Who the audit log names for changes the platform makes by itself (scheduled publishing). */
  private static final Actor SCHEDULER = new Actor(0, "scheduler", false, java.util.Map.of());

  private final Database database;
  private final ArticleStore store;
  private final ArticleRules rules;
  private final OrganizationService organizations;
  private final Changes changes;
  private final AuditLog audit;
  private final Clock clock;

  public ArticleService(Database database, ArticleStore store, CategoryStore categories,
      OrganizationService organizations, Changes changes, AuditLog audit, Clock clock) {
    this.database = database;
    this.store = store;
    this.rules = new ArticleRules(store, categories);
    this.organizations = organizations;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates a draft for {@code organizationId}; with {@code translationOf} it joins that story. */
  public Article create(Actor actor, long organizationId, ArticleDraft draft) {
    Organization organization = organizations.find(organizationId)
        .orElseThrow(() -> new Invalid("organization", "no organization " + organizationId));
    if (!actor.writesFor(organization.id())) {
      throw new Forbidden("you may not write for " + organization.slug());
    }
    Instant now = clock.instant();
    return commit(handle -> {
      CheckedArticle checked = rules.check(handle, draft, 0);
      long group = draft.translationOf() == 0 ? store.newGroup(handle, now)
          : translationGroup(handle, draft.translationOf(), organization.id(), checked);
      long id = store.insert(handle, group, organization.id(), checked, ArticleStatus.DRAFT, now, now);
      return store.find(handle, id).orElseThrow();
    }, "article.created", 0, actor);
  }

  /**
   * Stores an already published article inside the caller's transaction, for importers and the
   * demo content: the draft is checked like any other, and the outbox records it.
   */
  public long importPublished(Handle handle, long organizationId, long groupId, ArticleDraft draft, Instant publishedAt) {
    CheckedArticle checked = rules.check(handle, draft, 0);
    long id = store.insert(handle, groupId, organizationId, checked, ArticleStatus.PUBLISHED, publishedAt, clock.instant());
    changes.record(handle, "article.imported", id, Set.of("article:" + id), clock.instant());
    return id;
  }

  /** Starts a story inside the caller's transaction; {@code frontPage} shares it to the front page. */
  public long importStory(Handle handle, boolean frontPage) {
    long group = store.newGroup(handle, clock.instant());
    store.setFrontPage(handle, group, frontPage);
    return group;
  }

  /** Replaces the content of article {@code id}; authors may only edit unpublished work. */
  public Article update(Actor actor, long id, ArticleDraft draft) {
    Instant now = clock.instant();
    return commit(handle -> {
      Article before = editable(handle, actor, id);
      if (!actor.publishesFor(before.organizationId())
          && (before.isPublished() || before.status() == ArticleStatus.SCHEDULED)) {
        throw new Forbidden("only an editor may change a published or scheduled article");
      }
      ArticleDraft sameLanguage = new ArticleDraft(before.language().code(), draft.title(), draft.slug(),
          draft.shortStory(), draft.fullStory(), draft.author(), draft.mainImage(), draft.categories(),
          draft.tags(), 0);
      if (!draft.language().isEmpty() && !draft.language().equals(before.language().code())) {
        throw new Invalid("language", "cannot change; create a translation instead");
      }
      CheckedArticle checked = rules.check(handle, sameLanguage, id);
      if (before.isPublished() && !checked.slug().equals(before.slug()) && !draft.slug().isBlank()) {
        log.info("article slug changed id={}", id);
      }
      CheckedArticle kept = draft.slug().isBlank()
          ? new CheckedArticle(checked.language(), checked.title(), before.slug(), checked.shortStory(),
              checked.fullStory(), checked.author(), checked.mainImage(), checked.categoryIds(), checked.tags())
          : checked;
      store.update(handle, id, kept, now);
      return store.find(handle, id).orElseThrow();
    }, "article.updated", id, actor);
  }

  /** Deletes article {@code id} (editors and admins of its organization). */
  public void delete(Actor actor, long id) {
    commit(handle -> {
      Article article = editable(handle, actor, id);
      requirePublisher(actor, article);
      store.delete(handle, id);
      store.deleteGroupIfEmpty(handle, article.groupId());
      return article;
    }, "article.deleted", id, actor);
  }

  /** Moves a draft to review (authors submit their work). */
  public Article submit(Actor actor, long id) {
    Instant now = clock.instant();
    return commit(handle -> {
      Article article = editable(handle, actor, id);
      if (article.status() != ArticleStatus.DRAFT) {
        throw new Conflict("only a draft can be submitted for review; this article is " + article.status().code());
      }
      store.setStatus(handle, id, ArticleStatus.REVIEW, article.publishedAt(), now);
      return store.find(handle, id).orElseThrow();
    }, "article.submitted", id, actor);
  }

  /** Publishes now, or schedules when {@code at} is in the future. */
  public Article publish(Actor actor, long id, Optional<Instant> at) {
    Instant now = clock.instant();
    return commit(handle -> {
      Article article = editable(handle, actor, id);
      requirePublisher(actor, article);
      if (article.isPublished()) {
        return article;
      }
      boolean later = at.isPresent() && at.get().isAfter(now);
      store.setStatus(handle, id, later ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED,
          later ? at.get() : now, now);
      return store.find(handle, id).orElseThrow();
    }, "article.published", id, actor);
  }

  /** Takes a published article off the public pages; it keeps its URL for a later re-publish. */
  public Article archive(Actor actor, long id) {
    Instant now = clock.instant();
    return commit(handle -> {
      Article article = editable(handle, actor, id);
      requirePublisher(actor, article);
      store.setStatus(handle, id, ArticleStatus.ARCHIVED, article.publishedAt(), now);
      return store.find(handle, id).orElseThrow();
    }, "article.archived", id, actor);
  }

  /** Sets where the story of article {@code id} is shared: the front page and partner organizations. */
  public Sharing share(Actor actor, long id, boolean frontPage, List<String> organizationSlugs) {
    Instant now = clock.instant();
    var targets = new ArrayList<Long>();
    var errors = new ArrayList<Invalid.FieldError>();
    for (int i = 0; i < organizationSlugs.size(); i++) {
      String slug = organizationSlugs.get(i);
      Optional<Organization> target = organizations.findBySlug(slug);
      if (target.isEmpty()) {
        errors.add(new Invalid.FieldError("organizations[" + i + "]", "unknown organization '" + slug + "'"));
      } else if (!targets.contains(target.get().id())) {
        targets.add(target.get().id());
      }
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    Set<String> keys = new LinkedHashSet<>();
    Sharing result = database.inTransaction(handle -> {
      Article article = editable(handle, actor, id);
      requirePublisher(actor, article);
      targets.remove(Long.valueOf(article.organizationId()));
      keys.addAll(keys(handle, article));
      store.setFrontPage(handle, article.groupId(), frontPage);
      for (long previous : store.sharedWith(handle, article.groupId())) {
        if (!targets.contains(previous)) {
          store.unshare(handle, article.groupId(), previous);
        }
      }
      for (long target : targets) {
        store.share(handle, article.groupId(), target, now);
      }
      keys.addAll(keys(handle, article));
      changes.record(handle, "article.shared", id, keys, now);
      var sharing = new Sharing(frontPage, List.copyOf(targets));
      audit.record(handle, actor, article.organizationId(), "article.shared", "article", id, null, sharing);
      return sharing;
    });
    changes.announce(keys);
    return result;
  }

  /** Publishes every scheduled article whose time has come; returns how many. */
  public int publishDue() {
    List<Long> due = database.read(handle -> store.due(handle, clock.instant()));
    for (long id : due) {
      Instant now = clock.instant();
      commit(handle -> {
        Article article = store.find(handle, id).orElseThrow();
        if (article.status() == ArticleStatus.SCHEDULED) {
          store.setStatus(handle, id, ArticleStatus.PUBLISHED, article.publishedAt(), now);
        }
        return article;
      }, "article.published", id, SCHEDULER);
      log.info("scheduled article published id={}", id);
    }
    return due.size();
  }

  /** The article as {@code actor} may see it: published, or unpublished work of their organization. */
  public Article visible(Actor actor, long id) {
    return database.read(handle -> store.find(handle, id))
        .filter(a -> a.isPublished() || actor.seesDraftsOf(a.organizationId()))
        .orElseThrow(() -> new NotFound("article", id));
  }

  private Article editable(Handle handle, Actor actor, long id) {
    Article article = store.find(handle, id)
        .filter(a -> a.isPublished() || actor.seesDraftsOf(a.organizationId()))
        .orElseThrow(() -> new NotFound("article", id));
    if (!actor.writesFor(article.organizationId())) {
      throw new Forbidden("you may not change articles of organization " + article.organizationId());
    }
    return article;
  }

  private static void requirePublisher(Actor actor, Article article) {
    if (!actor.publishesFor(article.organizationId())) {
      throw new Forbidden("only an editor or admin of the organization may do this");
    }
  }

  private long translationGroup(Handle handle, long translationOf, long organizationId, CheckedArticle checked) {
    Article original = store.find(handle, translationOf)
        .orElseThrow(() -> new Invalid("translation_of", "no article " + translationOf));
    if (original.organizationId() != organizationId) {
      throw new Invalid("translation_of", "article " + translationOf + " belongs to another organization");
    }
    boolean taken = store.versions(handle, original.groupId()).stream()
        .anyMatch(version -> version.language() == checked.language());
    if (taken) {
      throw new Invalid("language", "the story already has a " + checked.language().code() + " version");
    }
    return original.groupId();
  }

  /** The cache keys an article's pages live under, as it is stored now. */
  private Set<String> keys(Handle handle, Article article) {
    return CacheKeys.of(article, store.versions(handle, article.groupId()),
        store.frontPage(handle, article.groupId()), store.sharedWith(handle, article.groupId()));
  }

  /**
   * Runs {@code work} in one transaction with its outbox row and audit entry (the article before
   * and after), then announces the cache keys of both states.
   */
  private Article commit(Work work, String kind, long id, Actor actor) {
    Set<String> keys = new LinkedHashSet<>();
    Article result = database.inTransaction(handle -> {
      Optional<Article> before = id == 0 ? Optional.empty() : store.find(handle, id);
      before.ifPresent(article -> keys.addAll(keys(handle, article)));
      Article after = work.run(handle);
      Optional<Article> stored = store.find(handle, after.id());
      stored.ifPresentOrElse(
          article -> keys.addAll(keys(handle, article)), () -> keys.addAll(CacheKeys.of(after, List.of(), false, List.of())));
      changes.record(handle, kind, after.id(), keys, clock.instant());
      audit.record(handle, actor, after.organizationId(), kind, "article", after.id(), before.orElse(null),
          stored.orElse(null));
      return after;
    });
    changes.announce(keys);
    return result;
  }

  @FunctionalInterface
  private interface Work {
    Article run(Handle handle);
  }
}
