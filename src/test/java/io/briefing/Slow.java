package io.briefing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class of the second tier: it runs in {@code mvn verify} (Failsafe), not in {@code mvn test}
 * (Surefire), because it starts processes, kills them, prints through LibreOffice, fuzzes, checks
 * PDF/A with veraPDF, reads the corpus beside the project, or renders many briefings. The first tier
 * stays under 45 s on a quiet 2-core machine; a test that makes it slower belongs here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
@net.jqwik.api.Tag("slow") // jqwik's engine reads its own tag
public @interface Slow {}
