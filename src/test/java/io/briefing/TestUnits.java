package io.briefing;

import io.briefing.facts.Unit;
import io.briefing.facts.UnitCatalogue;

/** Units of the shipped catalogue, by code, for tests. */
public final class TestUnits {
    private TestUnits() {}

    public static Unit of(String code) {
        return UnitCatalogue.shipped().find(code).orElseThrow(() -> new AssertionError("no unit " + code));
    }
}
