package io.briefing.template;

import io.briefing.i18n.Language;
import io.briefing.i18n.Localized;
import java.nio.file.Path;
import java.util.List;

/**
 * A briefing layout read from {@code report-templates/}: page, language, title, and sections in order.
 *
 * @param title    null to use the dataset's title
 * @param onePage  true when everything must fit on exactly one page (checked after layout)
 */
public record Template(String name, String description, Path file, String pageSize, Language language, Localized title,
                       Localized subtitle, boolean onePage, List<Section> sections) {}
