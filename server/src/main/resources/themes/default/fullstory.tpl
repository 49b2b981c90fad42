<article class="story story-full">
  <h1 class="story-heading">{title}</h1>
  <p class="story-meta"><time datetime="{date=c}">{date=j F Y, H:i}</time> · {lang_from_organization}: {organization-link}[has-category] · {link-category}[/has-category][sample] · <span class="badge">{lang_sample_note}</span>[/sample]</p>
  [translations]<nav class="translations" aria-label="{lang_translations}">{lang_translations}: {translations}</nav>[/translations]
  [main-image]<figure class="story-figure"><img src="{main-image}" alt=""></figure>[/main-image]
  <div class="story-body">{full-story}</div>
  [tags]<p class="story-tags">{lang_tags}: {tags}</p>[/tags]
</article>
[related-news]<section class="related">
  <h2>{lang_related_news}</h2>
  <ul>{related-news}</ul>
</section>[/related-news]
