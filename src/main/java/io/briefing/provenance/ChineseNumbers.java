package io.briefing.provenance;

import io.briefing.facts.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes numbers the way Chinese financial news writes them: Arabic or Chinese numerals,
 * the myriad multipliers 萬 (10⁴) and 億 (10⁸), and a unit or measure word after them. Numbers that
 * are part of a name (Qwen2-72B, GPT-4o) are not numbers of the text and are skipped.
 */
public final class ChineseNumbers {
    private static final String DIGITS = "零〇一二兩两三四五六七八九";
    private static final String NUMERAL_CHARS = DIGITS + "十拾百佰千仟萬万億亿半";
    private static final String MEASURE = "家個个名人位款項项只座";

    private ChineseNumbers() {}

    /** Every number mentioned in the text, in order. */
    public static List<NumberMention> find(String s) {
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isAsciiDigit(c)) {
                int start = i;
                StringBuilder num = new StringBuilder();
                boolean dot = false;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    boolean digitNext = i + 1 < s.length() && isAsciiDigit(s.charAt(i + 1));
                    if (isAsciiDigit(d)) {
                        num.append(toAscii(d));
                    } else if (d == '.' && !dot && digitNext) {
                        dot = true;
                        num.append('.');
                    } else if (d == ',' && !dot && i + 3 < s.length() && isAsciiDigit(s.charAt(i + 1))
                            && isAsciiDigit(s.charAt(i + 2)) && isAsciiDigit(s.charAt(i + 3))) {
                        // a thousands separator: 3,000
                    } else {
                        break;
                    }
                    i++;
                }
                if (partOfName(s, start, i)) {
                    continue;
                }
                out.add(withMultiplierAndUnit(s, start, i, new BigDecimal(num.toString())));
            } else if (NUMERAL_CHARS.indexOf(c) >= 0 && startsChineseNumber(s, i)) {
                int start = i;
                while (i < s.length() && NUMERAL_CHARS.indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                // 萬 and 億 at the end are multipliers that withMultiplierAndUnit reads again
                int end = i;
                while (end > start + 1 && "萬万億亿".indexOf(s.charAt(end - 1)) >= 0) {
                    end--;
                }
                BigDecimal v = parseChineseNumeral(s.substring(start, end));
                if (v == null) {
                    continue;
                }
                out.add(withMultiplierAndUnit(s, start, end, v));
                i = Math.max(i, out.get(out.size() - 1).end());
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean startsChineseNumber(String s, int i) {
        char c = s.charAt(i);
        // 萬, 億 and 半 do not start a number on their own (萬物, 億萬, 一半 aside)
        return "萬万億亿".indexOf(c) < 0 && (c != '半' || i + 1 < s.length() && "年月天個".indexOf(s.charAt(i + 1)) >= 0);
    }

    private static NumberMention withMultiplierAndUnit(String s, int start, int i, BigDecimal value) {
        BigDecimal v = value;
        int j = i;
        while (j < s.length()) {
            char m = s.charAt(j);
            if (m == '萬' || m == '万') {
                v = v.scaleByPowerOfTen(4);
            } else if (m == '億' || m == '亿') {
                v = v.scaleByPowerOfTen(8);
            } else {
                break;
            }
            j++;
        }
        String unit = "";
        if (j < s.length()) {
            char u = s.charAt(j);
            if (u == '%' || u == '％') {
                unit = "%";
                j++;
            } else if (u == '元') {
                unit = "元";
                j++;
            } else if (s.startsWith("美元", j)) {
                unit = "美元";
                j += 2;
            } else if (u == '天' || u == '年' || u == '月' || u == '日' || u == '號') {
                unit = String.valueOf(u);
                j++;
            } else if (MEASURE.indexOf(u) >= 0) {
                unit = String.valueOf(u);
                j++;
            }
        }
        return new NumberMention(v.stripTrailingZeros(), unit, s.substring(start, j), start, j);
    }

    /** Digits glued to Latin letters or joined by a hyphen to them belong to a name: Qwen2-72B, GPT-4o, ChatGPT-3.5. */
    private static boolean partOfName(String s, int start, int end) {
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        char after = end < s.length() ? s.charAt(end) : ' ';
        if (isLatin(before) || isLatin(after)) {
            return true;
        }
        if (before == '-' && start > 1 && (isLatin(s.charAt(start - 2)) || isAsciiDigit(s.charAt(start - 2)))) {
            return true;
        }
        return after == '-' && end + 1 < s.length() && isLatin(s.charAt(end + 1));
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static char toAscii(char c) {
        return c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
    }

    /**
     * Parses Chinese numerals: 二十 = 20, 兩 = 2, 一百零五 = 105, 三千二百萬 = 32000000, 半 = 0.5.
     * Returns null when the characters do not form a number.
     */
    public static BigDecimal parseChineseNumeral(String t) {
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
    public static String toChineseNumeral(long n) {
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

    /**
     * Writes a value in base units the way the article would: 430000000 → 4.3億, 20000000000 →
     * 200億元, 50000000 → 5000萬元, 47.66 → 47.66%.
     */
    public static String toWording(BigDecimal value, Unit unit) {
        String suffix = switch (unit) {
            case PERCENT, SHARE -> "%";
            case CNY -> "元";
            case USD -> "美元";
            case DAYS -> "天";
            default -> "";
        };
        if (unit.isPercent()) {
            return value.stripTrailingZeros().toPlainString() + suffix;
        }
        BigDecimal abs = value.abs();
        if (abs.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) {
            return value.movePointLeft(8).stripTrailingZeros().toPlainString() + "億" + suffix;
        }
        if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return value.movePointLeft(4).stripTrailingZeros().toPlainString() + "萬" + suffix;
        }
        return value.stripTrailingZeros().toPlainString() + suffix;
    }
}
