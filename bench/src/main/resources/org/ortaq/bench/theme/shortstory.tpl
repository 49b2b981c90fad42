<article class="story[fixed] story-fixed[/fixed]" id="news-{news-id}">
  [image-1]<a class="cover" href="{full-link}"><img src="{image-1}" alt="{title}" loading="lazy"></a>[/image-1]
  <h2 class="story-title">[full-link]{title}[/full-link]</h2>
  <div class="story-meta">
    <time>{date=j F Y, H:i}</time> · {link-category} · <span class="views">{views}</span>
    [xfgiven_source]· <span class="source">[xfvalue_source]</span>[/xfgiven_source]
  </div>
  <p class="story-text">{short-story limit="300"}</p>
  <footer class="story-footer">
    [tags]<div class="story-tags">{tags}</div>[/tags]
    [comments][com-link]Şərhlər: {comments-num}[/com-link][/comments]
    [not-comments]<span class="no-comments">Şərh yoxdur</span>[/not-comments]
    [full-link]Ətraflı[/full-link]
  </footer>
</article>
