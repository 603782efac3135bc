package io.briefing.provenance;

/** The check of one fact: its status and, when it failed, a sentence saying exactly why. */
public record FactCheck(String factId, int line, CheckStatus status, String detail) {}
