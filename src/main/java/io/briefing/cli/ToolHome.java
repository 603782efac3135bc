package io.briefing.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the tool is installed: the project folder its jar was built in (target/briefing.jar → the
 * folder above target). The shipped seeds and templates are found there when the working directory has
 * none, so `…/briefing generate` works from any folder.
 */
final class ToolHome {
    private ToolHome() {}

    static Optional<Path> folder() {
        try {
            Path code = Path.of(ToolHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/briefing.jar, or target/classes when run from the build
            Path target = code.getParent();
            return target == null || target.getParent() == null ? Optional.empty() : Optional.of(target.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A default path of the tool (seeds/…, report-templates): as given when it exists in the working
     * directory, else the tool's own copy when that exists, else as given (and the error names both places).
     */
    static Path shipped(Path relative) {
        if (relative.isAbsolute() || Files.exists(relative)) {
            return relative;
        }
        return folder().map(h -> h.resolve(relative)).filter(Files::exists).orElse(relative);
    }

    /** "report-templates (looked in /work and /opt/briefing)", for messages. */
    static String where(Path relative) {
        Path cwd = Path.of("").toAbsolutePath();
        return relative + " (looked in " + cwd + folder().filter(h -> !h.equals(cwd)).map(h -> " and " + h).orElse("") + ")";
    }
}
