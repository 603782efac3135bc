package io.briefing.cli;

import io.briefing.output.CommitSteps;
import io.briefing.output.Staging;

/**
 * The tool, as a child process whose commits hold their finished temporary files for a minute before
 * moving them into place: the process tests stop it there. Arguments are the tool's.
 */
public final class HeldCommitLauncher {
    private HeldCommitLauncher() {
    }

    public static void main(String[] args) {
        Staging.observeCommitsWith(new CommitSteps() {
            @Override
            public void beforeMoves() {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        BriefingCommand.main(args);
    }

    /** Commit steps that fail the {@code index}-th move of every commit, as a full disk would. */
    static CommitSteps failingMove(int index) {
        return new CommitSteps() {
            @Override
            public void beforeMove(int move) throws java.io.IOException {
                if (move == index) {
                    throw new java.io.IOException("simulated failure of move " + move);
                }
            }
        };
    }
}
