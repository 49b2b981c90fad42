{* The directory: the filters and the list come first, the map after it; without JavaScript or tiles the list is the page. *}
<section class="directory">
  <h1 class="list-title">{title} <small>({organization-count})</small></h1>
  {organization-filters}
  <div class="organization-list">{organization-list}</div>
  [organization-map]<section class="organization-map" aria-label="{lang_organization_map}">
    <h2>{lang_organization_map}</h2>
    <div id="organization-map" class="map" hidden></div>
    <script type="application/json" id="organization-places">{organization-map-data}</script>
    <script src="/assets/leaflet/leaflet.js" defer></script>
    <script src="{THEME}/js/directory.js" defer></script>
  </section>[/organization-map]
</section>
