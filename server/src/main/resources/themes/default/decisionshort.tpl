<article class="decision-short decision-{decision-status-code}">
  <h3 class="decision-title">[decision-number]<span class="decision-number">{lang_decision_number} {decision-number}</span>: [/decision-number]<a href="{decision-link}">{title}</a></h3>
  <p class="decision-meta"><span class="badge status-{decision-status-code}">{decision-status}</span> · {lang_decision_proposer}: {decision-proposer}[decision-area] · {decision-area}[/decision-area]</p>
  [decision-progress]<p class="progress"><progress max="100" value="{decision-progress}">{decision-progress}%</progress> {lang_decision_progress}: {decision-progress-text}</p>[/decision-progress]
</article>
