<article class="story">
  <h2 class="story-title">[full-link]{title}[/full-link]</h2>
  <p class="story-meta"><time datetime="{date=c}">{date=j F Y}</time> · <span class="story-org">{organization}</span>[sample] · <span class="badge">{lang_sample_note}</span>[/sample]</p>
  <p class="story-text">{short-story limit="840"}</p>
  <p class="story-more">[full-link]{lang_read_more} →[/full-link]</p>
</article>
