<!DOCTYPE html>
<html lang="az">
<head>
  {headers}
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="{THEME}/css/style.css">
  <!--[if lt IE 9]><script src="{THEME}/js/html5shiv.js"></script><![endif]-->
</head>
<body class="[aviable=main]home[/aviable][not-aviable=main]inner[/not-aviable]">
{* Ortaq demo theme: a plain news front page *}
<header class="site-header">
  <a class="logo" href="/"><img src="{THEME}/images/logo.svg" alt="Ortaq"></a>
  <nav class="menu">
    <a href="/az/">Əsas</a>
    <a href="/az/news/">Xəbərlər</a>
    <a href="/az/events/">Tədbirlər</a>
    <a href="/az/decisions/">Qərarlar</a>
  </nav>
  <div class="login">
    [group=5]<a href="/login">Daxil ol</a>[/group]
    [not-group=5]{login}[/not-group]
  </div>
</header>
{include file="blocks/speedbar.tpl"}
<main class="content">
  [aviable=main]<h1 class="page-title">Son xəbərlər</h1>[/aviable]
  [not-aviable=main]{info}[/not-aviable]
  {content}
  [navigation]<div class="pages">{navigation}</div>[/navigation]
</main>
<aside class="sidebar">
  <section class="tags">
    <h2>Etiketlər</h2>
    {tags}
  </section>
  [group=1]<section class="admin"><a href="/admin/">İdarəetmə</a></section>[/group]
</aside>
<footer class="site-footer">
  <p>&copy; Ortaq — Azərbaycan və Türk diaspor təşkilatlarının birgə platforması</p>
  [desktop]<p class="hint">Masaüstü görünüş</p>[/desktop]
</footer>
<script src="{THEME}/js/app.js" defer></script>
</body>
</html>
