<section class="event-calendar">
  <h1 class="list-title">{title}</h1>
  <nav class="calendar-nav"><a href="{previous-month-link}" rel="prev">← {lang_prev_page}</a> · <a href="{events-link}">{lang_nav_events}</a> · <a href="{next-month-link}" rel="next">{lang_next_page} →</a></nav>
  {calendar}
</section>
