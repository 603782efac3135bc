package io.briefing.i18n;

import io.briefing.facts.Amount;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes amounts the way a reader of each language expects: "CNY 20 billion" and "200億元",
 * "430 million" and "4.3億". A qualified amount always carries its qualifier, in full
 * ("at least 90%", "90%以上") or compact ("≥90%"), so a bound never reads as an exact value.
 */
public final class AmountFormat {
    private final Language language;

    public AmountFormat(Language language) {
        this.language = language;
    }

    public Language language() {
        return language;
    }

    /** The amount in words, for sentences and tables: "at least CNY 20 billion", "200億元以上". */
    public String text(Amount a) {
        String bare = bare(a.value(), a.unit(), false);
        return qualify(bare, a.qualifier(), a.unit(), false);
    }

    /** The amount in few characters, for chart labels and key figures: "≥ CNY 20bn", "≥200億元". */
    public String compact(Amount a) {
        String bare = bare(a.value(), a.unit(), true);
        return qualify(bare, a.qualifier(), a.unit(), true);
    }

    /** The number alone, without qualifier, for a scale (e.g. 20 for billions). */
    public String number(double v) {
        return decimal(BigDecimal.valueOf(v));
    }

    private String qualify(String bare, Qualifier q, Unit unit, boolean compact) {
        if (compact) {
            return switch (q) {
                case EXACT -> bare;
                case AT_LEAST -> "≥" + bare;
                case MORE_THAN -> ">" + bare;
                case AT_MOST -> "≤" + bare;
                case APPROXIMATELY -> "~" + bare;
            };
        }
        if (language == Language.ZH) {
            return switch (q) {
                case EXACT -> bare;
                case AT_LEAST -> bare + "以上";
                case MORE_THAN -> unit == Unit.COUNT ? bare + "余" : "超過" + bare;
                case AT_MOST -> "最高" + bare;
                case APPROXIMATELY -> "約" + bare;
            };
        }
        return switch (q) {
            case EXACT -> bare;
            case AT_LEAST -> "at least " + bare;
            case MORE_THAN -> "more than " + bare;
            case AT_MOST -> "up to " + bare;
            case APPROXIMATELY -> "about " + bare;
        };
    }

    private String bare(BigDecimal v, Unit unit, boolean compact) {
        return switch (unit) {
            case PERCENT, SHARE -> decimal(v) + "%";
            case CNY, USD -> money(v, unit, compact);
            case COUNT -> count(v, compact);
            case DAYS -> language == Language.ZH ? decimal(v) + "天" : decimal(v) + (v.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
            case NONE -> decimal(v);
        };
    }

    private String money(BigDecimal v, Unit unit, boolean compact) {
        if (language == Language.ZH) {
            String cur = unit == Unit.CNY ? "元" : "美元";
            return chineseMagnitude(v) + cur;
        }
        String code = unit == Unit.CNY ? "CNY" : "USD";
        double d = v.abs().doubleValue();
        if (d >= 1e9) {
            return code + " " + decimal(v.movePointLeft(9)) + (compact ? "bn" : " billion");
        }
        if (d >= 1e6) {
            return code + " " + decimal(v.movePointLeft(6)) + (compact ? "m" : " million");
        }
        return code + " " + decimal(v);
    }

    private String count(BigDecimal v, boolean compact) {
        if (language == Language.ZH) {
            return chineseMagnitude(v);
        }
        double d = v.abs().doubleValue();
        if (d >= 1e9) {
            return decimal(v.movePointLeft(9)) + (compact ? "bn" : " billion");
        }
        if (d >= 1e6) {
            return decimal(v.movePointLeft(6)) + (compact ? "m" : " million");
        }
        return decimal(v);
    }

    /** 20000000000 → 200億, 50000000 → 5000萬, 430000000 → 4.3億. */
    private String chineseMagnitude(BigDecimal v) {
        double d = v.abs().doubleValue();
        if (d >= 1e8) {
            return plain(v.movePointLeft(8)) + "億";
        }
        if (d >= 1e4) {
            return plain(v.movePointLeft(4)) + "萬";
        }
        return plain(v);
    }

    /** Up to two decimals, no grouping: Chinese writes 5000萬, not 5,000萬. */
    public String plain(BigDecimal v) {
        return decimal(v).replace(",", "");
    }

    /** Up to two decimals, trailing zeros dropped, thousands grouped: 47.66, 1,234, 4.3. */
    public String decimal(BigDecimal v) {
        // by hand rather than DecimalFormat("#,##0.##"): a workbook of a million rows formats a
        // million values, and DecimalFormat was a fifth of its time
        String digits = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        int start = digits.startsWith("-") ? 1 : 0;
        int point = digits.indexOf('.');
        int intEnd = point < 0 ? digits.length() : point;
        int intLen = intEnd - start;
        if (intLen <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + intLen / 3);
        out.append(digits, 0, start);
        for (int i = start; i < intEnd; i++) {
            if (i > start && (intEnd - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(digits, intEnd, digits.length()).toString();
    }
}
