package org.ortaq.decision;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.ortaq.access.Actor;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.theme.PageModel;
import org.ortaq.theme.PageRenderer;
import org.ortaq.web.PageResponder;
import org.ortaq.web.Routes;

/** The public register of adopted decisions, the decisions in discussion and voting, and each decision's page. */
public final class DecisionPages implements Routes {
  private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Baku");

  private final DecisionService decisions;
  private final OrganizationService organizations;
  private final PageRenderer renderer;
  private final PageResponder responder;

  public DecisionPages(DecisionService decisions, OrganizationService organizations, PageRenderer renderer,
      PageResponder responder) {
    this.decisions = decisions;
    this.organizations = organizations;
    this.renderer = renderer;
    this.responder = responder;
  }

  @Override
  public void mount(RoutesConfig routes) {
    Routes.page(routes, "/{lang}/decisions/", this::register);
    routes.get("/{lang}/decisions", ctx -> ctx.redirect("/" + language(ctx).code() + "/decisions/"));
    Routes.page(routes, "/{lang}/decisions/{id}", this::decision);
  }

  /** The decisions an organization proposed, sponsors or votes on, for its page. */
  public String organizationSection(Language language, long organizationId) {
    List<Decision> list = decisions.ofOrganization(organizationId).stream()
        .filter(d -> DecisionApi.visible(Actor.ANONYMOUS, d)).toList();
    if (list.isEmpty()) {
      return "";
    }
    var out = new StringBuilder("<section class=\"organization-decisions\"><h2>")
        .append(Html.escape(message(language, "decision_votes_on"))).append("</h2>");
    PageContext context = renderer.context(language, "decisions").build();
    list.forEach(d -> renderer.renderItem("decisionshort.tpl", context, item(d, language).build(), out));
    return out.append("</section>").toString();
  }

  private void register(Context ctx) {
    Language language = language(ctx);
    responder.html(ctx, Set.of(DecisionService.DECISIONS), () -> {
      List<Decision> all = decisions.all().stream().filter(d -> DecisionApi.visible(Actor.ANONYMOUS, d)).toList();
      PageContext context = renderer.context(language, "decisions").build();
      var content = new StringBuilder("<h1 class=\"list-title\">")
          .append(Html.escape(message(language, "nav_decisions"))).append("</h1>");
      content.append("<section class=\"decision-register\"><h2>").append(Html.escape(message(language, "decisions_register")))
          .append("</h2>");
      List<Decision> register = decisions.register();
      if (register.isEmpty()) {
        content.append("<p class=\"message\">").append(Html.escape(message(language, "decisions_none"))).append("</p>");
      }
      register.forEach(d -> renderer.renderItem("decisionshort.tpl", context, item(d, language).build(), content));
      content.append("</section><section class=\"decision-open\"><h2>")
          .append(Html.escape(message(language, "decisions_open"))).append("</h2>");
      List<Decision> open = all.stream().filter(d -> !d.status().adopted()).toList();
      if (open.isEmpty()) {
        content.append("<p class=\"message\">").append(Html.escape(message(language, "decisions_none"))).append("</p>");
      }
      open.forEach(d -> renderer.renderItem("decisionshort.tpl", context, item(d, language).build(), content));
      content.append("</section>");
      return renderer.renderPage(new PageModel(language, "decisions", message(language, "nav_decisions"), "",
          "/" + language.code() + "/decisions/", Language.all().stream()
              .map(l -> new PageModel.Alternate(l, "/" + l.code() + "/decisions/")).toList(),
          content.toString(), "", speedbar(language, ""), ""));
    });
  }

  private void decision(Context ctx) {
    Language language = language(ctx);
    String key = ctx.pathParam("id");
    if (!key.matches("\\d{1,18}")) {
      throw new NotFound("decision " + key);
    }
    long id = Long.parseLong(key);
    responder.html(ctx, Set.of(DecisionService.DECISIONS, "decision:" + id), () -> {
      Decision decision = decisions.find(id).filter(d -> DecisionApi.visible(Actor.ANONYMOUS, d))
          .orElseThrow(() -> new NotFound("decision " + id));
      var ballots = new StringBuilder();
      for (Ballot ballot : decisions.ballots(id)) {
        ballots.append("<li class=\"ballot ballot-").append(ballot.choice().code()).append("\">")
            .append(link(language, ballot.organizationId())).append(": <strong>")
            .append(Html.escape(message(language, "decision_" + ballot.choice().code()))).append("</strong>");
        if (!ballot.statement().isEmpty()) {
          ballots.append(" — <q>").append(Html.escape(ballot.statement())).append("</q>");
        }
        ballots.append("</li>");
      }
      var comments = new StringBuilder();
      for (Comment comment : decisions.comments(id)) {
        comments.append("<li class=\"comment\"><p class=\"comment-meta\">").append(link(language, comment.organizationId()))
            .append(" · ").append(Html.escape(comment.author())).append(" · <time datetime=\"").append(comment.createdAt())
            .append("\">").append(Html.escape(date(comment.createdAt(), language))).append("</time></p><p>")
            .append(Html.escape(comment.body())).append("</p></li>");
      }
      List<ActionItem> actions = decisions.actions(id);
      var actionRows = new StringBuilder();
      for (ActionItem action : actions) {
        actionRows.append("<tr class=\"action action-").append(action.status().code()).append("\"><td class=\"action-title\">")
            .append(Html.escape(action.title())).append("</td><td data-label=\"").append(label(language, "action_owner")).append("\">")
            .append(link(language, action.ownerId())).append("</td><td data-label=\"").append(label(language, "action_due"))
            .append("\"><time datetime=\"").append(action.dueOn()).append("\">").append(action.dueOn())
            .append("</time></td><td data-label=\"").append(label(language, "action_status")).append("\">")
            .append(Html.escape(message(language, "action_status_" + action.status().code())))
            .append("</td><td data-label=\"").append(label(language, "decision_progress")).append("\">");
        for (ActionItem.Note note : action.notes()) {
          actionRows.append("<p class=\"note\">").append(Html.escape(note.body())).append(" <small>— ")
              .append(Html.escape(note.author())).append(", ").append(Html.escape(date(note.createdAt(), language)))
              .append("</small></p>");
        }
        actionRows.append("</td></tr>");
      }
      Decision.Tally tally = decision.tally();
      var item = item(decision, language)
          .value("decision-text", decision.text(language).body())
          .value("decision-sponsors", String.join(", ", decision.sponsorIds().stream().map(s -> link(language, s)).toList()))
          .block("decision-sponsors", !decision.sponsorIds().isEmpty())
          .value("decision-rule", Html.escape(message(language, "decision_rule_" + decision.rule().code())))
          .value("decision-quorum", Integer.toString(decision.quorum()))
          .value("decision-closes", decision.closesAt().map(i -> Html.escape(date(i, language) + ", "
              + i.atZone(DISPLAY_ZONE).format(DateTimeFormatter.ofPattern("HH:mm")) + " (Asia/Baku)")).orElse(""))
          .block("decision-closes", decision.closesAt().isPresent())
          .value("decision-yes", Integer.toString(tally.yes()))
          .value("decision-no", Integer.toString(tally.no()))
          .value("decision-abstain", Integer.toString(tally.abstain()))
          .value("decision-cast", Integer.toString(tally.cast()))
          .value("decision-eligible", Integer.toString(tally.eligible()))
          .block("decision-result", decision.closesAt().isPresent())
          .value("decision-ballots", ballots.toString())
          .block("decision-ballots", !ballots.isEmpty())
          .value("decision-comments", comments.toString())
          .block("decision-comments", !comments.isEmpty())
          .value("decision-actions", actionRows.toString())
          .block("decision-actions", !actions.isEmpty())
          .build();
      var content = new StringBuilder();
      renderer.renderItem("decision.tpl", renderer.context(language, "decision").build(), item, content);
      String title = (decision.number().isEmpty() ? "" : message(language, "decision_number") + " " + decision.number() + ": ")
          + decision.title(language);
      return renderer.renderPage(new PageModel(language, "decision", title, "", decision.path(language),
          decision.texts().keySet().stream().sorted().map(l -> new PageModel.Alternate(l, decision.path(l))).toList(),
          content.toString(), "", speedbar(language, title), ""));
    });
  }

  /** The tags every decision item has: in the register, the open list and on its page. */
  private Item.Builder item(Decision decision, Language language) {
    List<ActionItem> actions = decision.status().adopted() ? decisions.actions(decision.id()) : List.of();
    long done = actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
    int percent = actions.isEmpty() ? 0 : (int) (done * 100 / actions.size());
    return Item.builder()
        .title(decision.title(language))
        .date(decision.createdAt())
        .value("decision-id", Long.toString(decision.id()))
        .value("decision-link", Html.escape(decision.path(language)))
        .value("full-link", Html.escape(decision.path(language)))
        .value("decision-number", Html.escape(decision.number()))
        .block("decision-number", !decision.number().isEmpty())
        .value("decision-status", Html.escape(message(language, "decision_status_" + decision.status().code())))
        .value("decision-status-code", decision.status().code())
        .value("decision-proposer", link(language, decision.proposerId()))
        .value("decision-area", Html.escape(decision.area()))
        .block("decision-area", !decision.area().isEmpty())
        .value("decision-progress", Integer.toString(percent))
        .value("decision-progress-text", done + " / " + actions.size())
        .block("decision-progress", !actions.isEmpty());
  }

  private String link(Language language, long organizationId) {
    Organization organization = organizations.require(organizationId);
    return "<a href=\"/" + language.code() + "/" + Html.escape(organization.slug()) + "/\">"
        + Html.escape(organization.name(language)) + "</a>";
  }

  private static String date(Instant instant, Language language) {
    return instant.atZone(DISPLAY_ZONE).format(DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()));
  }

  private String speedbar(Language language, String current) {
    String home = "<nav class=\"speedbar\" aria-label=\"breadcrumbs\"><a href=\"/" + language.code() + "/\">"
        + Html.escape(message(language, "nav_home")) + "</a> » ";
    if (current.isEmpty()) {
      return home + "<span>" + Html.escape(message(language, "nav_decisions")) + "</span></nav>";
    }
    return home + "<a href=\"/" + language.code() + "/decisions/\">" + Html.escape(message(language, "nav_decisions"))
        + "</a> » <span>" + Html.escape(current) + "</span></nav>";
  }

  private String label(Language language, String key) {
    return Html.escape(message(language, key));
  }

  private String message(Language language, String key) {
    return renderer.messages().get(language, key);
  }

  private static Language language(Context ctx) {
    return Language.of(ctx.pathParam("lang")).orElseThrow(() -> new NotFound("language"));
  }
}
