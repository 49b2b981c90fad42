<article class="event-short">
  <p class="event-when"><time datetime="{event-datetime}">{event-date}, {event-time}</time>[event-recurring] · <span class="badge">{lang_event_recurring}</span>[/event-recurring]</p>
  <h3 class="event-title"><a href="{event-link}">{title}</a></h3>
  <p class="event-meta">{event-kind}[event-place] · {event-place}[/event-place][event-online] · {lang_event_online}[/event-online][event-organizers] · {event-organizers}[/event-organizers][sample] · <span class="badge">{lang_sample_note}</span>[/sample]</p>
</article>
