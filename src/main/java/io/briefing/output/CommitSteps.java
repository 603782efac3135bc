package io.briefing.output;

import java.io.IOException;

/**
 * What a commit does at its points of no return, before any file moves and before each move. A run of
 * the tool does nothing there ({@link #NONE}); the tests of a stopped or failed commit install steps that
 * hold the run or fail a move ({@link Staging#observeCommitsWith}), in their own process or through a
 * launcher of their own for a child process. It replaces the system properties that did this from
 * production code (briefing.holdBeforeMoveMillis, briefing.failCommitAtMove), which any user could set.
 */
public interface CommitSteps {
    /** Nothing: the files move at once. */
    CommitSteps NONE = new CommitSteps() {
    };

    /** Before the first move: every temporary file is complete and on disk. */
    default void beforeMoves() {
    }

    /** Before the {@code index}-th file (from 0) moves into place; an exception fails the commit there. */
    default void beforeMove(int index) throws IOException {
    }
}
