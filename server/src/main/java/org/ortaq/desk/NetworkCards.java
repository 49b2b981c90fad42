package org.ortaq.desk;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.decision.Ballot;
import org.ortaq.decision.Decision;
import org.ortaq.decision.DecisionService;
import org.ortaq.decision.DecisionStatus;
import org.ortaq.organization.MembershipStatus;
import org.ortaq.organization.Organization;
import org.ortaq.statement.Statement;
import org.ortaq.statement.StatementService;
import org.ortaq.text.Html;
import org.ortaq.text.Language;

/** The dashboard's card of what the network waits for from the user's organizations: open votes and statements to sign. */
final class NetworkCards {
  private final DecisionService decisions;
  private final StatementService statements;
  private final NetworkForms forms;

  NetworkCards(DecisionService decisions, StatementService statements, NetworkForms forms) {
    this.decisions = decisions;
    this.statements = statements;
    this.forms = forms;
  }

  /** The card, or nothing when the user speaks for no organization. */
  String card(Language l, Actor actor) {
    List<Organization> speaking = forms.speakingFor(actor);
    if (speaking.isEmpty() || actor.platformAdmin() && actor.roles().isEmpty()) {
      return "";
    }
    DeskPage page = forms.page();
    var items = new StringBuilder();
    List<Organization> voters = speaking.stream().filter(o -> o.status() == MembershipStatus.MEMBER
        && actor.roles().getOrDefault(o.id(), Set.of()).contains(Role.REPRESENTATIVE)).toList();
    for (Decision decision : decisions.all()) {
      if (decision.status() != DecisionStatus.VOTING) {
        continue;
      }
      List<Long> voted = decisions.ballots(decision.id()).stream().map(Ballot::organizationId).toList();
      for (Organization voter : voters) {
        if (!voted.contains(voter.id())) {
          items.append("<li><a href=\"/admin/decisions/").append(decision.id()).append("\">").append(Html.escape(decision.title(l)))
              .append("</a> <span class=\"muted\">").append(page.t(l, "desk_decision_vote")).append(" · ").append(Html.escape(voter.name(l)))
              .append(" · ").append(Html.escape(NetworkForms.shown(decision.closesAt().orElse(Instant.EPOCH), voter.timeZone())))
              .append("</span></li>");
        }
      }
    }
    Instant now = statements.now();
    for (Statement statement : statements.all()) {
      if (statement.published() || !now.isBefore(statement.deadline())) {
        continue;
      }
      for (Statement.Signatory signatory : statement.signatories()) {
        if (!signatory.signed() && speaking.stream().anyMatch(o -> o.id() == signatory.organizationId())) {
          Organization organization = forms.organization(signatory.organizationId());
          items.append("<li><a href=\"/admin/statements/").append(statement.id()).append("\">").append(Html.escape(statement.title(l)))
              .append("</a> <span class=\"muted\">").append(page.t(l, "desk_statement_sign")).append(" · ")
              .append(Html.escape(organization.name(l))).append(" · ")
              .append(Html.escape(NetworkForms.shown(statement.deadline(), organization.timeZone()))).append("</span></li>");
        }
      }
    }
    var out = new StringBuilder("<section class=\"panel card network-card\"><h2>").append(page.t(l, "desk_network_waiting")).append("</h2>");
    if (items.isEmpty()) {
      return out.append("<p class=\"muted\">").append(page.t(l, "desk_nothing")).append("</p></section>").toString();
    }
    return out.append("<ul class=\"items\">").append(items).append("</ul></section>").toString();
  }
}
