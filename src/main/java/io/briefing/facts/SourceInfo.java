package io.briefing.facts;

import io.briefing.i18n.Localized;
import java.nio.file.Path;

/** The article the facts were taken from: where it is, who published it, and when. */
public record SourceInfo(Path file, Localized publisher, String published, Localized headline) {}
