package io.briefing.render;

import io.briefing.input.InputException;
import io.briefing.model.Briefing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * One output format of a briefing. The generator and the batch loop over the renderers they are
 * given and name no format; a format's own rules (the PDF's one-page rule) live in its renderer.
 */
public interface Renderer {
    /** The file name extension of this format, without the dot: "pdf". */
    String extension();

    /** Starts, on {@code background}, what can be done before the briefing exists (loading a font). */
    default void prepare(Executor background) {}

    /**
     * Writes the briefing to {@code target} (a staged file the generator commits with the others).
     *
     * @throws InputException when the briefing breaks a rule of the format (a one-page template on two pages)
     */
    Rendered render(Briefing briefing, Path target) throws IOException, InputException;
}
