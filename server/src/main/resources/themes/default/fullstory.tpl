<article class="story story-full">
  <h1 class="story-heading">{title}</h1>
  <p class="story-meta"><time datetime="{date=c}">{date=j F Y, H:i}</time> · <span class="story-org">{lang_from_organization}: {organization}</span>[sample] · <span class="badge">{lang_sample_note}</span>[/sample]</p>
  [translations]<nav class="translations" aria-label="{lang_translations}">{lang_translations}: {translations}</nav>[/translations]
  <div class="story-body">{full-story}</div>
</article>
