package io.briefing.provenance;

import java.math.BigDecimal;

/**
 * A number as a Chinese text states it: "4.3億" is 430000000 with no unit, "5000萬元" is 50000000
 * yuan, "47.66%" is 47.66 percent, "二十家" is 20 with the measure word 家.
 *
 * @param value the value in base units (the multiplier 萬/億 applied)
 * @param unit  what follows the number: "%", "元", "美元", a measure word (家, 個, 名, 人, 天), "年", "月", "日", or ""
 * @param start offset of the first character of the mention in the text
 * @param end   offset after the unit
 */
public record NumberMention(BigDecimal value, String unit, String text, int start, int end) {
    public boolean isDatePart() {
        return unit.equals("年") || unit.equals("月") || unit.equals("日") || unit.equals("號");
    }
}
