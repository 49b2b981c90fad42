<article class="story[fixed] story-fixed[/fixed]">
  [main-image]<a class="story-image" href="{full-link}"><img src="{main-image}" alt="" loading="lazy"></a>[/main-image]
  <h2 class="story-title">[full-link]{title}[/full-link]</h2>
  <p class="story-meta"><time datetime="{date=c}">{date=j F Y}</time> · [shared]{lang_from_organization}: [/shared]{organization-link}[has-category] · {link-category}[/has-category][sample] · <span class="badge">{lang_sample_note}</span>[/sample]</p>
  <p class="story-text">{short-story limit="840"}</p>
  <p class="story-more">[full-link]{lang_read_more} →[/full-link]</p>
</article>
