package io.briefing.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What the machine refused while a run read or wrote its files (a full disk, a folder without write
 * permission), said one way wherever it is reported: the one-run error of exit 4 and a batch's line
 * for the briefing it stopped. The library's exception class never reaches the user.
 */
public record WriteFailure(String file, String reason, boolean permission) {
    public static WriteFailure of(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "";
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        boolean permission = e instanceof AccessDeniedException;
        if (reason == null || reason.isBlank() || reason.equals(file)) {
            reason = permission ? "permission denied"
                    : e instanceof NoSuchFileException ? "it is not there (did another program remove it?)"
                    : e instanceof FileAlreadyExistsException ? "it is already there"
                    : e instanceof NotDirectoryException ? "it is not a folder"
                    : e instanceof DirectoryNotEmptyException ? "it is a folder that is not empty"
                    : "the operating system gave no reason";
        }
        return new WriteFailure(file, reason, permission);
    }

    /** "FILE: REASON. Fix: ..." */
    public String message() {
        return (file.isEmpty() ? "" : file + ": ") + (permission ? reason
                + ". Fix: give yourself write permission there, or choose another folder with --output"
                : "reading or writing failed: " + reason
                + ". Fix: check that the disk has room and the folder can be written, then run again");
    }
}
