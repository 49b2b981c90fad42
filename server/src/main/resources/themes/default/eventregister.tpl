<section class="event-register">
  <h1 class="story-heading">{lang_event_register}: <a href="{event-link}">{title}</a></h1>
  [done]<p class="message done" role="status">{done}</p>[/done]
  [errors]<ul class="message errors" role="alert">{errors}</ul>[/errors]
  [not-done]<form method="post" action="{form-action}" class="form">
    <input type="hidden" name="{csrf-field}" value="{csrf-token}">
    <label>{lang_form_name} <input name="name" value="{name}" required maxlength="200" autocomplete="name"></label>
    <label>{lang_form_email} <input name="email" type="email" value="{email}" required maxlength="320" autocomplete="email"></label>
    <label>{lang_form_organization} <input name="organization" value="{organization}" maxlength="300" autocomplete="organization"></label>
    <button type="submit">{lang_event_register}</button>
  </form>[/not-done]
</section>
