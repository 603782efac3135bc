package io.briefing.reading;

/** What a change is stated against: the same period a year before, the quarter, month or week before. */
public enum ChangeBasis {
    YEAR("year on year"),
    QUARTER("quarter on quarter"),
    MONTH("month on month"),
    WEEK("week on week");

    private final String words;

    ChangeBasis(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
