{* A joint decision: {decision-…} tags come from the proposal, its result, ballots, comments and action items. *}
<article class="decision decision-full decision-{decision-status-code}">
  <h1 class="story-heading">[decision-number]<span class="decision-number">{lang_decision_number} {decision-number}</span>: [/decision-number]{title}</h1>
  <dl class="decision-facts">
    <dt>{lang_action_status}</dt><dd><span class="badge status-{decision-status-code}">{decision-status}</span></dd>
    <dt>{lang_decision_proposer}</dt><dd>{decision-proposer}</dd>
    [decision-sponsors]<dt>{lang_decision_sponsors}</dt><dd>{decision-sponsors}</dd>[/decision-sponsors]
    [decision-area]<dt>{lang_decision_area}</dt><dd>{decision-area}</dd>[/decision-area]
    <dt>{lang_decision_rule}</dt><dd>{decision-rule}; {lang_decision_quorum}: {decision-quorum}</dd>
    [decision-closes]<dt>{lang_decision_voting_closes}</dt><dd>{decision-closes}</dd>[/decision-closes]
  </dl>
  <div class="story-body">{decision-text}</div>
  [decision-result]<section class="decision-tally"><h2>{lang_decision_ballots}</h2>
    <p class="tally"><span class="yes">{lang_decision_yes}: {decision-yes}</span> · <span class="no">{lang_decision_no}: {decision-no}</span> · <span class="abstain">{lang_decision_abstain}: {decision-abstain}</span> · {decision-cast} / {decision-eligible}</p>
    [decision-ballots]<ul class="ballots">{decision-ballots}</ul>[/decision-ballots]
  </section>[/decision-result]
  [decision-actions]<section class="decision-actions"><h2>{lang_decision_actions}</h2>
    [decision-progress]<p class="progress"><progress max="100" value="{decision-progress}">{decision-progress}%</progress> {decision-progress-text}</p>[/decision-progress]
    <table class="actions"><thead><tr><th>{lang_decision_actions}</th><th>{lang_action_owner}</th><th>{lang_action_due}</th><th>{lang_action_status}</th><th>{lang_decision_progress}</th></tr></thead>
    <tbody>{decision-actions}</tbody></table>
  </section>[/decision-actions]
  [decision-comments]<section class="decision-comments"><h2>{lang_decision_comments}</h2><ul>{decision-comments}</ul></section>[/decision-comments]
</article>
