// The desk's small behaviours: Quill editors over the HTML fields, image uploads, confirmations.
// Every form works without this script (the plain HTML fields stay usable).
(function () {
  var csrf = document.querySelector('input[name=_csrf]');
  function upload(file) {
    var body = new FormData();
    body.append('file', file);
    return fetch('/admin/uploads', { method: 'POST', body: body, headers: { 'X-CSRF-Token': csrf ? csrf.value : '' } })
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) { throw new Error(data.detail || 'upload failed'); }
          return data.url;
        });
      });
  }
  document.querySelectorAll('input[type=file][data-upload-target]').forEach(function (input) {
    input.addEventListener('change', function () {
      if (!input.files.length) { return; }
      upload(input.files[0]).then(function (url) {
        document.getElementById(input.getAttribute('data-upload-target')).value = url;
      }).catch(function (error) { alert(error.message); });
    });
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
  function startEditors() {
    if (!window.Quill) { return; }
    document.querySelectorAll('.rich').forEach(function (element) {
      var source = element.nextElementSibling;
      var quill = new Quill(element, {
        theme: 'snow',
        modules: { toolbar: { container: [[{ header: [2, 3, false] }], ['bold', 'italic', 'link', 'blockquote'],
          [{ list: 'ordered' }, { list: 'bullet' }], ['image', 'video'], ['clean']],
          handlers: { image: function () {
            var picker = document.createElement('input');
            picker.type = 'file';
            picker.accept = 'image/jpeg,image/png,image/gif';
            picker.onchange = function () {
              upload(picker.files[0]).then(function (url) {
                var range = quill.getSelection(true);
                quill.insertEmbed(range.index, 'image', url);
              }).catch(function (error) { alert(error.message); });
            };
            picker.click();
          } } } }
      });
      // setContents, not dangerouslyPasteHTML: that one focuses the editor, and a page with several
      // editors would open scrolled down to the last one.
      quill.setContents(quill.clipboard.convert(source.value), 'silent');
      source.style.display = 'none';
      element.closest('form').addEventListener('submit', function () {
        source.value = quill.root.innerHTML === '<p><br></p>' ? '' : quill.root.innerHTML;
      });
    });
  }
  if (document.readyState === 'complete') { startEditors(); } else { window.addEventListener('load', startEditors); }
})();
