<article class="statement-short">
  <h3 class="statement-title"><a href="{statement-link}">{title}</a></h3>
  <p class="statement-meta"><time datetime="{date=c}">{statement-date}</time> · {lang_statement_signatories}: {statement-signatory-count}</p>
</article>
