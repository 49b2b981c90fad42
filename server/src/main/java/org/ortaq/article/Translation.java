package org.ortaq.article;

import org.ortaq.text.Language;

/** One language version of an article, as linked from its siblings (hreflang, switcher). */
public record Translation(Language language, String title, String path) {}
