package org.copydesk.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader (or a resumed run) sees either the old
 * content or the new one, never half: a hidden temp file in the same
 * directory, then an atomic rename over the target.
 */
public final class AtomicFiles {
    /** Temp files end with this; a run that finds one left by a killed run deletes it. */
    public static final String TEMP_SUFFIX = ".copydesk-tmp";

    private AtomicFiles() {
    }

    /** Writes {@code data} to {@code target}, with the usual permissions of a new file. */
    public static void write(Path target, byte[] data) throws IOException {
        write(target, data, null);
    }

    /** As {@link #write(Path, byte[])}, giving the new file the permissions of {@code permissionsOf} when set. */
    public static void write(Path target, byte[] data, Path permissionsOf) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        Path temp = null;
        boolean moved = false;
        try {
            OutputStream out = null;
            while (out == null) {
                temp = tempName(dir, target);
                try {
                    out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (java.nio.file.FileAlreadyExistsException taken) {
                    // another worker drew the same name; draw again
                }
            }
            try (OutputStream o = out) {
                o.write(data);
            }
            if (permissionsOf != null) {
                copyPermissions(permissionsOf, temp);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved && temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Copies {@code source} to {@code target} atomically, with its times and permissions; used for backups. */
    public static void copy(Path source, Path target) throws IOException {
        Path temp = newTemp(target);
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates an empty hidden temp file beside {@code target} (created as a new file is: umask permissions). */
    public static Path newTemp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        while (true) {
            Path temp = tempName(dir, target);
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another worker drew the same name; draw again
            }
        }
    }

    private static Path tempName(Path dir, Path target) {
        return dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + TEMP_SUFFIX);
    }

    /** Deletes the temp files a killed run left anywhere under {@code dir}. */
    public static void sweepTemps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        // a directory that cannot be read has no temp files of ours: skip it, the walk of inputs reports it
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs)
                    throws IOException {
                if (isTemp(file)) {
                    Files.deleteIfExists(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }

    public static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }
}
