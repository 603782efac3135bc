package io.briefing.build;

import io.briefing.i18n.Language;

import io.briefing.facts.Amount;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitKind;
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

    /** The sign a compact figure starts with: "≥", ">", "≤", "~", or nothing for an exact one. */
    public static String symbol(Qualifier q) {
        return switch (q) {
            case EXACT -> "";
            case AT_LEAST -> "≥";
            case MORE_THAN -> ">";
            case AT_MOST -> "≤";
            case APPROXIMATELY -> "~";
        };
    }

    private String qualify(String bare, Qualifier q, Unit unit, boolean compact) {
        if (compact) {
            return symbol(q) + bare;
        }
        if (language == Language.ZH) {
            return switch (q) {
                case EXACT -> bare;
                case AT_LEAST -> bare + "以上";
                case MORE_THAN -> unit.kind() == UnitKind.COUNT ? bare + "余" : "超過" + bare;
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

    /**
     * The value with its unit as the unit's catalogue entry says it is written in this language:
     * "US$3.2 billion", "200億元", "300 GW", "−35%". A negative value carries a true minus sign.
     */
    private String bare(BigDecimal v, Unit unit, boolean compact) {
        Unit.Show show = unit.show(language);
        String sign = v.signum() < 0 ? "−" : "";
        BigDecimal abs = v.abs();
        String number = switch (show.magnitudes()) {
            case WESTERN -> western(abs, compact);
            case MYRIAD -> chineseMagnitude(abs);
            case NONE -> language == Language.ZH ? plain(abs) : decimal(abs);
        };
        String after = abs.compareTo(BigDecimal.ONE) == 0 ? show.afterOne() : show.after();
        return sign + show.before() + number + after;
    }

    private String western(BigDecimal v, boolean compact) {
        double d = v.doubleValue();
        if (d >= 1e12) {
            return decimal(v.movePointLeft(12)) + (compact ? "tn" : " trillion");
        }
        if (d >= 1e9) {
            return decimal(v.movePointLeft(9)) + (compact ? "bn" : " billion");
        }
        if (d >= 1e6) {
            return decimal(v.movePointLeft(6)) + (compact ? "m" : " million");
        }
        return decimal(v);
    }

    /** 20000000000 → 200億, 50000000 → 5000萬, 430000000 → 4.3億, 1.2e12 → 1.2萬億. */
    private String chineseMagnitude(BigDecimal v) {
        double d = v.doubleValue();
        if (d >= 1e12) {
            return plain(v.movePointLeft(12)) + "萬億";
        }
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
