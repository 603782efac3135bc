package io.briefing.template;

import io.briefing.i18n.Language;
import io.briefing.i18n.Localized;
import io.briefing.model.PageSize;
import java.nio.file.Path;
import java.util.List;


/**
 * A briefing layout read from {@code report-templates/}: page, language, title, and sections in order.
 *
 * @param title    null to use the dataset's title
 * @param onePage  true when everything must fit on exactly one page (checked after layout)
 * @param output   the base name of the output files, with {dataset}, {week}, {date}, {lang}, {template}
 *                 and {-template} (the template's name with a dash, left out for the default template)
 */
public record Template(String name, String description, Path file, PageSize pageSize, Language language, Localized title,
                       Localized subtitle, boolean onePage, List<Section> sections, String output) {

    /** The default name pattern of output files. */
    public static final String DEFAULT_OUTPUT = "{dataset}-{week}-{lang}{-template}";
}
