package org.ortaq.event;

/** An event's title and description in one language. */
public record EventText(String title, String description) {}
