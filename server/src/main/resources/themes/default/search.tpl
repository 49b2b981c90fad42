<section class="search">
  <form class="search-form" action="" method="get" role="search">
    <input type="search" name="q" value="{search-query}" list="search-suggestions" autocomplete="off" maxlength="500" aria-label="{lang_search}" placeholder="{lang_search_placeholder}">
    <datalist id="search-suggestions"></datalist>
    <button type="submit">{lang_search}</button>
  </form>
  <p class="search-message">{search-message}</p>
  <div class="search-layout">
    [search-results]<div class="search-hits">{search-results}{search-navigation}</div>[/search-results]
    {search-facets}
  </div>
</section>
<script src="{THEME}/js/search.js" defer></script>
