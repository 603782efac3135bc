package io.briefing.model;

/**
 * How a spreadsheet formats a number: the unit's Excel format, and whether the cell holds a fraction
 * (47.66% is stored as 0.4766 so that the % format shows it as written).
 *
 * @param format   the Excel number format ("#,##0", "0.00%", "#,##0.0\" GW\"")
 * @param fraction true when the value is in percent and stored divided by 100
 */
public record NumberStyle(String format, boolean fraction) {
    public static final NumberStyle NONE = new NumberStyle("General", false);

    public double cellValue(double value) {
        return fraction ? value / 100 : value;
    }
}
