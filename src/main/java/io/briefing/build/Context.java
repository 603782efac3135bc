package io.briefing.build;

import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.facts.Period;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.i18n.ChinesePunctuation;
import io.briefing.i18n.Labels;
import io.briefing.i18n.Language;
import io.briefing.i18n.Localized;
import io.briefing.input.Warnings;
import io.briefing.model.Bound;
import io.briefing.model.NumberStyle;
import io.briefing.model.SourceRef;
import io.briefing.provenance.VerificationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;


/** What every part of building one briefing needs: the facts, the language, and their source numbers. */
final class Context {
    final FactTable table;
    final Language language;
    final Labels labels;
    final AmountFormat format;
    final VerificationReport report;
    final Warnings warnings;

    Context(FactTable table, Language language, VerificationReport report, Warnings warnings) {
        this.table = table;
        this.language = language;
        this.labels = Labels.of(language);
        this.format = new AmountFormat(language);
        this.report = report;
        this.warnings = warnings;
    }

    private final Set<Integer> shown = ConcurrentHashMap.newKeySet();
    /** The ids of the facts the template's text sections tell (the findings): a sentence need not repeat them. */
    final Set<String> toldInText = new java.util.HashSet<>();
    /** The ids of the facts the template's key-figure sections show as cards. */
    final Set<String> onCards = new java.util.HashSet<>();
    /** The comparison with the previous week, null when there is none. */
    ChangesBuilder weekly;

    /** The fact's source marker; asking for it means the briefing shows it, so its source is listed. */
    SourceRef ref(Fact f) {
        SourceRef r = new SourceRef(refNumber(f), f.id());
        shown.add(r.number());
        return r;
    }

    /**
     * The fact's source number, its row in table order counted from 1, without marking it as shown
     * (for the workbook's full lists).
     */
    int refNumber(Fact f) {
        return table.indexOf(f.id()) + 1;
    }

    /** Whether the briefing already shows this fact's figure (a key figure, a chart). */
    boolean shown(Fact f) {
        return shown.contains(refNumber(f));
    }

    /** The source numbers of the figures shown so far, in order. */
    List<Integer> shownNumbers() {
        return shown.stream().sorted().toList();
    }

    boolean flagged(Fact f) {
        return report.checked() && !report.status(f.id()).ok();
    }

    /**
     * Text a chart sets itself (titles, axes, categories), with Chinese punctuation full-width where it
     * touches Chinese ("人民幣（億元）"), as the PDF's own paragraphs are.
     */
    String typeset(String text) {
        return text == null ? null : ChinesePunctuation.fullWidth(text);
    }

    String entity(Fact f) {
        return f.entity().in(language);
    }

    String metric(Fact f) {
        return f.metric().in(language);
    }

    String category(Fact f) {
        return table.dataset().category(f.category()).map(c -> c.label().in(language)).orElse(f.category());
    }

    String value(Fact f) {
        return f.hasValue() ? format.text(f.amount()) : "";
    }

    String compact(Fact f) {
        return f.hasValue() ? format.compact(f.amount()) : "";
    }

    /**
     * A period in the briefing's language, worded by the labels (period.*): "Q3 2025", "2025年第三季度",
     * "18 Dec 2024", "2024年12月18日". Numbers go in as text, so no locale groups a year ("2,024").
     */
    String period(Period p) {
        if (p.isSpan()) {
            java.time.LocalDate last = p.last();
            if (last.getYear() == p.year() && last.getMonthValue() == p.month()) {
                // 1–7 Oct 2025, 2025年10月1日至7日
                return labels.get("period.span-in-month", Integer.toString(p.year()), listItem("period.month-names", p.month()),
                        Integer.toString(p.day()), Integer.toString(last.getDayOfMonth()));
            }
            if (p.day() == 1 && last.equals(java.time.YearMonth.from(last).atEndOfMonth())) {
                // whole months (a half: Jan 2025 – Jun 2025) or whole years (a plan: 2026 – 2030)
                boolean years = p.month() == 1 && last.getMonthValue() == 12 && last.getYear() > p.year();
                return labels.get("period.span", period(new Period(p.year(), years ? 0 : p.month(), 0, false)),
                        period(new Period(last.getYear(), years ? 0 : last.getMonthValue(), 0, false)));
            }
            return labels.get("period.span", period(new Period(p.year(), p.month(), p.day(), false)),
                    period(new Period(last.getYear(), last.getMonthValue(), last.getDayOfMonth(), false)));
        }
        String year = Integer.toString(p.year());
        if (p.yearToDate()) {
            return labels.get("period.year-to-date", year);
        }
        if (p.hasQuarter()) {
            return labels.get("period.quarter", year, listItem("period.quarter-names", p.quarter()));
        }
        if (!p.hasMonth()) {
            return labels.get("period.year", year);
        }
        String month = listItem("period.month-names", p.month());
        return p.hasDay() ? labels.get("period.day", year, month, Integer.toString(p.day()))
                : labels.get("period.month", year, month);
    }

    /** The n-th (from 1) of a comma-separated list label: month and quarter names. */
    String listItem(String key, int n) {
        String[] names = labels.get(key).split(",");
        return n >= 1 && n <= names.length ? names[n - 1].trim() : Integer.toString(n);
    }

    String date(LocalDate d) {
        return period(new Period(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false));
    }

    /** The value as a spreadsheet cell holds it: percent as a fraction, computed exactly (47.66% → 0.4766, not 0.47659999…). */
    static double cellValue(Fact f) {
        java.math.BigDecimal v = f.amount().value();
        return f.unit().isPercent() ? v.movePointLeft(2).doubleValue() : v.doubleValue();
    }

    /** A dataset's article as the Sources cite it: publisher, date, headline. */
    String article(io.briefing.facts.Dataset d) {
        return d.source().publisher().in(language)
                + (d.source().published().isEmpty() ? "" : ", " + d.source().published())
                + (d.source().headline().in(language).isEmpty() ? "" : ": " + d.source().headline().in(language));
    }

    /** How a renderer marks a value with this qualifier. */
    static Bound bound(Qualifier q) {
        return switch (q) {
            case EXACT -> Bound.EXACT;
            case AT_LEAST, MORE_THAN -> Bound.LOWER;
            case AT_MOST, LESS_THAN -> Bound.UPPER;
            case APPROXIMATELY -> Bound.APPROXIMATE;
            case RANGE -> Bound.RANGE;
        };
    }

    /**
     * The words a compact figure of this qualifier puts before its number ("≥", "~", 「約」; "about " before
     * a negative approximate, as its label does), "" for exact.
     */
    String sign(Fact f) {
        io.briefing.facts.Qualifier q = f.qualifier();
        if (q.isExact() || q == io.briefing.facts.Qualifier.RANGE) {
            return "";
        }
        boolean negativeApprox = q == io.briefing.facts.Qualifier.APPROXIMATELY && f.amount().value().signum() < 0;
        String pattern = labels.get("amount.compact." + q.code() + (negativeApprox ? ".negative" : ""));
        int at = pattern.indexOf("{0}");
        return at < 0 ? "" : pattern.substring(0, at);
    }

    /** The qualifier in words, in the briefing's language ("exact", "at least", 「至少」). */
    String boundLabel(Fact f) {
        return labels.get("qualifier." + f.qualifier().code());
    }

    /** How the workbook formats values of a unit, from the unit's catalogue entry. */
    static NumberStyle style(Unit unit) {
        return new NumberStyle(unit.spreadsheet(), unit.isPercent());
    }

    String heading(Localized title, String fallbackKey) {
        if (title == null) {
            return labels.get(fallbackKey);
        }
        if (!title.has(language)) {
            warnings.add("the template has no " + language.code() + " text for '" + title.in(language) + "'; English is used");
        }
        return title.in(language);
    }
}
