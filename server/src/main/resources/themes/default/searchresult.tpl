<article class="hit" lang="{hit-language}">
  <h2 class="hit-title"><a href="{full-link}">{title}</a></h2>
  <p class="story-meta"><span class="badge">{kind}</span> <time datetime="{date=c}">{date=j F Y}</time>[organization] · {organization}[/organization]</p>
  <p class="hit-snippet">{snippet}</p>
</article>
