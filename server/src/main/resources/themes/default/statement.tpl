{* A published joint statement: every organization that signed is in {statement-signatories}. *}
<article class="statement statement-full">
  <h1 class="story-heading">{title}</h1>
  <p class="story-meta">{lang_statement_published}: <time datetime="{date=c}">{statement-date}</time></p>
  <div class="story-body">{statement-text}</div>
  <section class="signatories"><h2>{lang_statement_signatories} ({statement-signatory-count})</h2><ul>{statement-signatories}</ul></section>
</article>
