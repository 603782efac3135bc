package io.briefing.facts;

/** A row of the fact table still marked draft: its line, its id and what its draft cell says is left to do. */
public record DraftMark(int line, String id, String note) {}
