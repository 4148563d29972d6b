package org.sunshine.search;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The node's index folder ({@code sunshine.search.directory}) and the generations in it ({@code index-<millis>}, the
 * newest first). The folder is locked by one process at a time: a second one (two application contexts in one test
 * run, a second node pointed at the same disk) takes a temporary folder of its own instead.
 */
@Singleton
class IndexFolders {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFolders.class);
    /** Without a configured folder: one per process, shared by its application contexts one after another. */
    private static Path processFolder;

    private final Path base;
    private final FileChannel lockFile;
    private final FileLock lock;

    IndexFolders(SearchSettings settings) {
        try {
            Path wanted = settings.directory().isBlank() ? processFolder() : Path.of(settings.directory());
            Files.createDirectories(wanted);
            FileChannel channel = FileChannel.open(wanted.resolve("node.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock taken;
            try {
                taken = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                taken = null;
            }
            if (taken == null) {
                channel.close();
                wanted = temporary();
                LOG.warn("The search folder {} is in use by another process or context; this one uses {}",
                        settings.directory(), wanted);
                channel = FileChannel.open(wanted.resolve("node.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                taken = channel.tryLock();
            }
            this.base = wanted;
            this.lockFile = channel;
            this.lock = taken;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the search index folder", e);
        }
    }

    private static synchronized Path processFolder() throws IOException {
        if (processFolder == null) {
            processFolder = temporary();
        }
        return processFolder;
    }

    private static Path temporary() throws IOException {
        Path folder = Files.createTempDirectory("sunshine-search-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
        return folder;
    }

    Path base() {
        return base;
    }

    /** The generations on disk, the newest first. */
    List<Path> generations() throws IOException {
        try (Stream<Path> list = Files.list(base)) {
            return list.filter(p -> p.getFileName().toString().startsWith("index-") && Files.isDirectory(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
    }

    IndexGeneration open(Path path, ChineseText text, int bufferMb) throws IOException {
        return IndexGeneration.open(path, text, bufferMb);
    }

    /** A new, empty generation. */
    IndexGeneration create(ChineseText text, int bufferMb) throws IOException {
        Path path = base.resolve("index-" + System.currentTimeMillis());
        while (Files.exists(path)) {
            path = base.resolve("index-" + (Long.parseLong(path.getFileName().toString().substring(6)) + 1));
        }
        return IndexGeneration.open(path, text, bufferMb);
    }

    void delete(Path generation) {
        deleteTree(generation);
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("Could not delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.debug("Could not delete {}", folder, e);
        }
    }

    @PreDestroy
    void release() throws IOException {
        if (lock != null && lock.isValid()) {
            lock.release();
        }
        lockFile.close();
    }
}
