/**
 * Renders themes written in DataLife Engine's template language: {@link org.ortaq.template.Theme}
 * compiles a theme's {@code .tpl} files from a {@link org.ortaq.template.TemplateSource} once, and
 * each {@link org.ortaq.template.Template} renders a {@link org.ortaq.template.PageContext} and an
 * {@link org.ortaq.template.Item} given by the caller; {@code {custom}} asks a
 * {@link org.ortaq.template.CustomSource}. It depends on the JDK only and knows no database.
 */
package org.ortaq.template;
