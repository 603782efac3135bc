package io.briefing.model;

/**
 * A headline number. {@code value} is already qualified ("≥90%"), {@code qualifierNote} says the
 * bound in words ("at least") so that even a reader who skips the symbol is told; {@code change} says
 * how it moved since last week ("▲ +3.2 pts since 13 Dec", "new this week"), "" when not compared.
 */
public record KeyFigure(String value, String label, String detail, String qualifierNote, SourceRef ref, boolean flagged,
                        String change) {}
