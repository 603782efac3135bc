package io.briefing.reading;

import io.briefing.figures.Figure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Figures that are the two ends of one range: 292億至300億美元, 5%至8%, "between $13 billion and
 * $13.5 billion", "two or three more cuts". A range states neither end alone: a row that takes one end
 * as an exact figure is refused, and a row with qualifier {@code range} takes both.
 *
 * <p>Two neighbouring figures are a range when only a range word of {@code reading-words.yaml} stands
 * between them, the first is the smaller, their units agree (the first may leave its unit to the
 * second: 13萬至14萬輛), neither carries a bound of its own, the second no direction of its own, and
 * they are of one size (at most {@value #MAX_RATIO} apart): "下調1.8萬元至15.98萬元" is a cut and the
 * level it cuts to, "rose from 5% to 8%" a move.
 */
public final class Ranges {
    /** How far apart two ends of one range may be: 1.8萬 and 15.98萬 (8.9 times) are a cut and a level. */
    static final int MAX_RATIO = 3;

    private Ranges() {}

    /** For each figure, the index of the figure that ends its range, or -1. */
    static int[] ends(String text, List<Figure> figures, ReadingWords w, List<String> joins) {
        int[] out = new int[figures.size()];
        Arrays.fill(out, -1);
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure a = figures.get(i);
            Figure b = figures.get(i + 1);
            if (b.start() < a.end() || b.start() - a.end() > 12) {
                continue;
            }
            String between = text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
            // "two or three more cuts": the "more" after the second end is said of both
            boolean either = w.rangeSmallJoins.contains(between) && small(a) && small(b) && a.directionWord().isEmpty();
            boolean joined = either || joins.contains(between)
                    || w.rangeBetweenJoins.contains(between) && saidBetween(text, a.start(), w);
            // 跌幅在1%至2%之間: the frame word before the first end is read for the second too
            boolean ownDirection = !b.directionWord().isEmpty() && !b.directionWord().equals(a.directionWord());
            // "between 20 and 25 more": a word after the second end of a between-range is said of both
            boolean saidOfBoth = ownDirection && a.directionWord().isEmpty() && w.rangeBetweenJoins.contains(between)
                    && text.substring(b.end()).stripLeading().toLowerCase(Locale.ROOT).startsWith(b.directionWord().toLowerCase(Locale.ROOT));
            if (joined && a.qualifier().isExact() && b.qualifier().isExact() && (either || saidOfBoth || !ownDirection)
                    && unitsAgree(a, b) && sized(a, b) && (!afterFrom(text, a.start(), w) || previously(text, b.end(), w))) {
                out[i] = i + 1;
            }
        }
        return out;
    }

    /** The two ends of a range in a unit, low first: the second end falls with the first (再跌2%至3% is −3..−2). */
    public static BigDecimal[] valuesIn(Figure a, Figure b, io.briefing.facts.Unit unit) {
        BigDecimal x = a.valueIn(unit);
        BigDecimal y = b.direction() == Figure.Direction.NONE && a.direction() == Figure.Direction.FALL && unit.kind().signed()
                ? b.magnitude().negate() : b.valueIn(unit);
        return new BigDecimal[] {x.min(y), x.max(y)};
    }

    private static boolean saidBetween(String text, int at, ReadingWords w) {
        String before = text.substring(Math.max(0, at - 14), at).toLowerCase(Locale.ROOT).stripTrailing();
        // "between $13 billion": a currency sign may stand between the word and the digits
        for (String word : w.rangeBetween) {
            int i = before.lastIndexOf(word);
            if (i >= 0 && before.substring(i + word.length()).strip().length() <= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterFrom(String text, int at, ReadingWords w) {
        String before = text.substring(Math.max(0, at - 8), at).toLowerCase(Locale.ROOT).stripTrailing();
        for (String word : w.rangeFrom) {
            if (before.endsWith(word) && (word.chars().anyMatch(c -> c > 0x2fff) || before.length() == word.length()
                    || !Character.isLetter(before.charAt(before.length() - word.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of a range before its revision follows ("… to $5.10 previously"). */
    private static boolean previously(String text, int at, ReadingWords w) {
        String after = text.substring(at, Math.min(text.length(), at + 16)).stripLeading().toLowerCase(Locale.ROOT);
        return w.rangePrevious.stream().anyMatch(p -> after.startsWith(p) && (after.length() == p.length()
                || !Character.isLetter(after.charAt(p.length()))));
    }

    private static boolean small(Figure f) {
        return f.bare() && f.magnitude().stripTrailingZeros().scale() <= 0 && f.magnitude().compareTo(BigDecimal.valueOf(20)) <= 0;
    }

    private static boolean unitsAgree(Figure a, Figure b) {
        return a.bare() || b.bare() || a.units().stream().anyMatch(b.units()::contains);
    }

    private static boolean sized(Figure a, Figure b) {
        BigDecimal lo = a.magnitude();
        BigDecimal hi = b.magnitude();
        // 增速在0%至3%之間: a range may start at nothing when both ends write their unit
        if (lo.signum() == 0 && hi.signum() > 0 && !a.bare() && !b.bare()) {
            return true;
        }
        if (lo.signum() <= 0 || hi.compareTo(lo) <= 0) {
            return false;
        }
        return hi.divide(lo, MathContext.DECIMAL64).compareTo(BigDecimal.valueOf(MAX_RATIO)) <= 0;
    }
}
