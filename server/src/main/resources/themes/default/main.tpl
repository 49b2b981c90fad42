<!DOCTYPE html>
<html lang="{lang-code}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{headers}
<link rel="stylesheet" href="{THEME}/css/style.css">
</head>
<body>
{* Ortaq's default theme. Values in {lang_…} come from the platform's message bundles. *}
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="/{lang-code}/"><span class="brand-mark" aria-hidden="true">O</span>{lang_site_name}</a>
    <p class="tagline">{lang_site_tagline}</p>
    <form class="header-search" action="/{lang-code}/search" method="get" role="search"><input type="search" name="q" aria-label="{lang_search}" placeholder="{lang_search_placeholder}"><button type="submit">{lang_search}</button></form>
    <nav class="languages" aria-label="{lang_language}">{language-switcher}</nav>
  </div>
  <nav class="wrap site-nav" aria-label="{lang_nav_home}"><a href="/{lang-code}/">{lang_nav_news}</a><a href="/{lang-code}/events/">{lang_nav_events}</a><a href="/{lang-code}/decisions/">{lang_nav_decisions}</a><a href="/{lang-code}/statements/">{lang_nav_statements}</a><a href="/{lang-code}/organizations">{lang_nav_organizations}</a></nav>
</header>
<main class="wrap content" id="content">
{speedbar}
{info}
{content}
{navigation}
</main>
<footer class="site-footer">
  <div class="wrap">{lang_footer_note}</div>
</footer>
</body>
</html>
