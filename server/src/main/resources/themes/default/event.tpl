{* Ortaq's event page: {event-…} tags come from the event, [event-…] blocks say what it has. *}
<article class="event event-full">
  <h1 class="story-heading">{title}</h1>
  <dl class="event-facts">
    <dt>{lang_event_when}</dt><dd><time datetime="{event-datetime}">{event-date}, {event-time}</time> – {event-end} ({event-zone})</dd>
    <dt>{lang_event_kind}</dt><dd>{event-kind}</dd>
    [event-place]<dt>{lang_event_where}</dt><dd>{event-place}</dd>[/event-place]
    [event-online]<dt>{lang_event_online}</dt><dd><a href="{event-online-link}" rel="nofollow">{event-online-link}</a></dd>[/event-online]
    [event-organizers]<dt>{lang_event_organizers}</dt><dd>{event-organizers}</dd>[/event-organizers]
    [event-places]<dt>{lang_event_capacity}</dt><dd>{event-places}</dd>[/event-places]
  </dl>
  [sample]<p><span class="badge">{lang_sample_note}</span></p>[/sample]
  [event-description]<div class="story-body">{event-description}</div>[/event-description]
  [event-occurrences]<section class="event-occurrences"><h2>{lang_event_next_dates}</h2><ul>{event-occurrences}</ul></section>[/event-occurrences]
  [event-articles]<section class="event-articles"><h2>{lang_event_articles}</h2><ul>{event-articles}</ul></section>[/event-articles]
  <p class="event-actions">[event-registration]<a class="button" href="{event-register-link}">[event-full]{lang_event_join_waiting_list}[/event-full][not-event-full]{lang_event_register}[/not-event-full]</a> · [/event-registration][event-past]{lang_event_is_over} · [/event-past]<a href="{event-ics}">{lang_event_add_to_calendar}</a></p>
</article>
