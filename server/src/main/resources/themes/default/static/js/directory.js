// Shows the directory's organizations on a Leaflet map. Without Leaflet (blocked script) the map
// stays hidden; without tiles (offline) the markers still show on a blank map. The list above is
// the page either way.
(function () {
  var element = document.getElementById("organization-map");
  var data = document.getElementById("organization-places");
  if (!element || !data || typeof L === "undefined") {
    return;
  }
  var places = JSON.parse(data.textContent);
  if (places.length === 0) {
    return;
  }
  element.hidden = false;
  var map = L.map(element);
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 18,
    attribution: "&copy; OpenStreetMap contributors"
  }).addTo(map);
  var bounds = [];
  places.forEach(function (place) {
    var marker = L.marker([place.lat, place.lng]).addTo(map);
    var link = document.createElement("a");
    link.href = place.url;
    link.textContent = place.name;
    marker.bindPopup(link);
    bounds.push([place.lat, place.lng]);
  });
  map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
})();
