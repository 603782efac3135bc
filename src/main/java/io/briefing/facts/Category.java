package io.briefing.facts;

import io.briefing.i18n.Localized;

/** A group of facts declared in the dataset manifest, with its display label. */
public record Category(String id, Localized label) {}
