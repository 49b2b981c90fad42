<article class="organization-short status-{organization-status-code}">
  <h3 class="organization-title"><a href="{organization-link}">{title}</a></h3>
  <p class="organization-meta">{organization-city}, {organization-country} · <span class="badge">{organization-status}</span> · {organization-languages}[sample] · <span class="badge">{lang_sample_note}</span>[/sample]</p>
  [organization-description]<p class="organization-description">{organization-description}</p>[/organization-description]
</article>
