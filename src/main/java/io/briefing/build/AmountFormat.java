package io.briefing.build;

import io.briefing.i18n.Labels;
import io.briefing.i18n.Language;

import io.briefing.facts.Amount;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes amounts the way a reader of each language expects: "CNY 20 billion" and "200億元",
 * "430 million" and "4.3億". A qualified amount always carries its qualifier, in full
 * ("at least 90%", "90%以上") or compact ("≥90%"), so a bound never reads as an exact value.
 */
public final class AmountFormat {
    private final Language language;
    // the qualifier's wording, from the labels ("amount.at_least" = "at least {0}", "{0}以上"): read once,
    // since a workbook of a million rows formats a million amounts
    private final Map<Qualifier, String> words = new EnumMap<>(Qualifier.class);
    private final Map<Qualifier, String> compactWords = new EnumMap<>(Qualifier.class);
    private final String moreThanCount;
    private final String compactNegativeApprox;

    public AmountFormat(Language language) {
        this.language = language;
        Labels labels = Labels.of(language);
        for (Qualifier q : Qualifier.values()) {
            String key = q.name().toLowerCase(Locale.ROOT);
            words.put(q, labels.get("amount." + key));
            compactWords.put(q, labels.get("amount.compact." + key));
        }
        moreThanCount = labels.get("amount.more_than.count");
        compactNegativeApprox = labels.get("amount.compact.approximately.negative");
    }

    public Language language() {
        return language;
    }

    /** The amount in words, for sentences and tables: "at least CNY 20 billion", "200億元以上", "US$13 billion to US$13.5 billion". */
    public String text(Amount a) {
        if (a.isRange()) {
            return words.get(Qualifier.RANGE).replace("{0}", bare(a.value(), a.unit(), false))
                    .replace("{1}", bare(a.high(), a.unit(), false));
        }
        String bare = bare(a.value(), a.unit(), false);
        return qualify(bare, a.qualifier(), a.unit(), false);
    }

    /** The amount in few characters, for chart labels and key figures: "≥ CNY 20bn", "≥200億元", "US$13bn–US$13.5bn". */
    public String compact(Amount a) {
        if (a.isRange()) {
            return compactWords.get(Qualifier.RANGE).replace("{0}", bare(a.value(), a.unit(), true))
                    .replace("{1}", bare(a.high(), a.unit(), true));
        }
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
            case LESS_THAN -> "<";
            case APPROXIMATELY -> "~";
            case RANGE -> ""; // a range shows both its ends
        };
    }

    private String qualify(String bare, Qualifier q, Unit unit, boolean compact) {
        if (q == Qualifier.EXACT) {
            return bare;
        }
        String pattern;
        if (compact) {
            // "~−CNY 8.5bn" stacks two signs: a negative approximate reads as words ("about −CNY 8.5bn")
            pattern = q == Qualifier.APPROXIMATELY && bare.startsWith("−") ? compactNegativeApprox : compactWords.get(q);
        } else {
            // Chinese counts say "more than" after the number with the measure word ("20餘家")
            pattern = q == Qualifier.MORE_THAN && unit.kind() == UnitKind.COUNT ? moreThanCount : words.get(q);
        }
        return pattern.replace("{0}", bare);
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
