package io.briefing.figures;

import java.math.BigDecimal;

/**
 * Chinese numerals: 二十 = 20, 兩 = 2, 一百零五 = 105, 三千二百萬 = 32000000, 半 = 0.5, read and written.
 */
public final class ChineseNumerals {
    static final String DIGITS = "零〇一二兩两三四五六七八九";
    public static final String NUMERAL_CHARS = DIGITS + "十拾百佰千仟萬万億亿半";

    private ChineseNumerals() {}

    /**
     * Parses Chinese numerals: 二十 = 20, 兩 = 2, 一百零五 = 105, 三千二百萬 = 32000000, 半 = 0.5.
     * Returns null when the characters do not form a number.
     */
    public static BigDecimal parse(String t) {
        if (t.isEmpty()) {
            return null;
        }
        if (t.equals("半")) {
            return new BigDecimal("0.5");
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            int d = digitValue(c);
            if (d >= 0) {
                if (digit > 0 && d != 0) {
                    return null; // two digits in a row (一二) is not a number
                }
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
                case '萬', '万' -> 10_000;
                case '億', '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit >= 10_000) {
                section += Math.max(digit, 0);
                if (section == 0) {
                    return null;
                }
                total = (total + section) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        if (digit > 0) {
            section += digit;
        }
        long v = total + section;
        return v == 0 && !t.equals("零") && !t.equals("〇") ? null : BigDecimal.valueOf(v);
    }

    private static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '兩', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** Writes a whole number of up to 99,999,999 in Chinese numerals: 20 → 二十, 105 → 一百零五. */
    public static String write(long n) {
        if (n < 0 || n > 99_999_999L) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n == 0) {
            return "零";
        }
        String high = n >= 10_000 ? section((int) (n / 10_000), false) + "萬" : "";
        int low = (int) (n % 10_000);
        if (low == 0) {
            return high;
        }
        boolean zero = n >= 10_000 && low < 1000;
        String lowText = section(low, !high.isEmpty());
        return high + (zero ? "零" : "") + lowText;
    }

    private static String section(int n, boolean inner) {
        String digits = "零一二三四五六七八九";
        String[] units = {"千", "百", "十", ""};
        int[] div = {1000, 100, 10, 1};
        StringBuilder sb = new StringBuilder();
        boolean pendingZero = false;
        for (int k = 0; k < 4; k++) {
            int d = n / div[k] % 10;
            if (d == 0) {
                if (sb.length() > 0) {
                    pendingZero = true;
                }
                continue;
            }
            if (pendingZero) {
                sb.append('零');
                pendingZero = false;
            }
            // 十五, not 一十五, at the start of a number
            if (!(k == 2 && d == 1 && sb.length() == 0 && !inner)) {
                sb.append(digits.charAt(d));
            }
            sb.append(units[k]);
        }
        return sb.toString();
    }

}
