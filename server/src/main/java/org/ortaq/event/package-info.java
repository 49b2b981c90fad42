/**
 * Events of the network: texts per language, organizers, time and time zone, venue or online link,
 * RFC 5545 recurrence (expanded by ical4j, always bounded), capacity with registrations and a
 * waiting list, linked articles; changes, cancellation (the event stays, marked, with its
 * registrations) and deletion (only without registrations); the public pages, month calendar and
 * iCalendar feeds, and the JSON API. It owns the {@code event*} tables, reads organizations through {@code OrganizationService}
 * and articles through {@link org.ortaq.event.ArticleLinks}.
 */
package org.ortaq.event;
