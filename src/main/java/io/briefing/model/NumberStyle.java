package io.briefing.model;

import io.briefing.facts.Unit;

/** How a spreadsheet should format a number of a given unit. */
public enum NumberStyle {
    PERCENT, MONEY, COUNT, DAYS, NONE;

    public static NumberStyle of(Unit unit) {
        return switch (unit) {
            case PERCENT, SHARE -> PERCENT;
            case CNY, USD -> MONEY;
            case COUNT -> COUNT;
            case DAYS -> DAYS;
            case NONE -> NONE;
        };
    }
}
