// Title suggestions for the search box, from /api/v1/search/suggest; the form works without it.
(function () {
  var input = document.querySelector('.search-form input[name=q]');
  var list = document.getElementById('search-suggestions');
  if (!input || !list || !window.fetch) { return; }
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2) { return; }
    timer = setTimeout(function () {
      fetch('/api/v1/search/suggest?q=' + encodeURIComponent(text))
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          list.textContent = '';
          data.suggestions.forEach(function (title) {
            var option = document.createElement('option');
            option.value = title;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 150);
  });
})();
