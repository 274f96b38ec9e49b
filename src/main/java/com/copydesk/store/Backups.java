package com.copydesk.store;

import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup copies of a database in a {@code backups} folder beside it, made with {@code VACUUM INTO}
 * (a consistent snapshot, even while the app writes): one on the first start of each day (the last
 * {@value #DAILY_KEPT} kept), one before every schema upgrade and one before every restore (kept for good).
 * A copy is written under a temporary name and renamed when complete, so a half-written copy never
 * looks like a backup.
 */
public final class Backups {

    static final int DAILY_KEPT = 7;
    static final String FOLDER = "backups";
    private static final String SUFFIX = ".copydesk-backup";
    private static final String PARTIAL = ".partial";
    private static final System.Logger LOG = System.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(daily|before-v\\d+|before-restore)-(\\d{8}T\\d{9}Z)"
            + Pattern.quote(SUFFIX));

    private final Database db;

    public Backups(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Path folder() {
        return folderOf(db.file());
    }

    /** Makes today's daily backup unless there is one already; drops daily backups beyond the last seven. */
    public Optional<Path> makeDailyIfNeeded(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean haveToday = list().stream().anyMatch(backup -> backup.kind() == Backup.Kind.DAILY
                && LocalDate.ofInstant(backup.made(), ZoneOffset.UTC).equals(today));
        if (haveToday) {
            return Optional.empty();
        }
        dropHalfWritten(now);
        Path made = db.readOnAConnectionOfItsOwn("make the daily backup",
                connection -> copy(connection, db.file(), "daily", now));
        dropOldDailies();
        return Optional.of(made);
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        return listFor(db.file());
    }

    /** The backups of the database file (which need not be open or even usable), newest first. */
    public static List<Backup> listFor(Path databaseFile) {
        Path folder = folderOf(databaseFile);
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                parse(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            throw new StoreException("Could not list the backups in " + folder + ": " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::made).reversed());
        return backups;
    }

    /**
     * Replaces the database's content with the backup's, after backing up the current content.
     * Runs on the open connection (SQLite's backup API), so the app only has to reload what it
     * shows; an older backup is then upgraded to the current schema.
     *
     * @throws StoreException if the backup is not a usable Copydesk database; the database is then unchanged
     */
    public void restore(Path backup, Instant now) {
        Path source = backup.toAbsolutePath();
        DatabaseFile.prepare(source);
        Database.refuseForeignOrNewer(source);
        db.query("restore the backup " + source.getFileName(), connection -> {
            Path before = copy(connection, db.file(), "before-restore", now);
            ((SQLiteConnection) connection).getDatabase().restore("main", source.toString(), null);
            try {
                new Migrator(connection, db.file(), Migrations.ALL).migrate();
            } catch (SQLException | RuntimeException notUpgraded) {
                // The backup's content is in, at its older version, and the app cannot work on it: put back what was there.
                ((SQLiteConnection) connection).getDatabase().restore("main", before.toString(), null);
                throw new SQLException("it could not be upgraded to this version of Copydesk (" + notUpgraded.getMessage()
                        + "); the database is as it was before the restore", notUpgraded);
            }
            return null;
        });
    }

    /**
     * Copies a backup beside the database as a new file, {@code <name>-recovered-<time>.copydesk},
     * to open instead of a database that cannot be used; the damaged file stays as it is.
     */
    public static Path recoverCopy(Backup backup, Path databaseFile, Instant now) {
        Path absolute = databaseFile.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path target = absolute.resolveSibling(stem + "-recovered-" + STAMP.format(now) + ".copydesk");
        try {
            Files.copy(backup.file(), target);
        } catch (IOException e) {
            throw new StoreException("Could not copy the backup " + backup.file() + " to " + target + ": "
                    + e.getMessage(), e);
        }
        return target;
    }

    /** Copies the database open on {@code connection}; the name says why and when. */
    static Path copy(Connection connection, Path databaseFile, String reason, Instant now) throws SQLException {
        Path folder = folderOf(databaseFile);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SQLException("the backups folder " + folder + " could not be created (" + e.getMessage() + ")", e);
        }
        Path target = folder.resolve(reason + "-" + STAMP.format(now) + SUFFIX);
        Path partial = folder.resolve(target.getFileName() + PARTIAL);
        try {
            Files.deleteIfExists(partial);
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.executeUpdate();
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SQLException("the backup " + target + " could not be written (" + e.getMessage() + ")", e);
        }
        return target;
    }

    static Path folderOf(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return parent.resolve(FOLDER);
    }

    /**
     * A backup still being written when the process ended stays as {@code .partial}; one not touched
     * for an hour is such a leftover (a backup being made now, e.g. by a second Copydesk, is younger).
     * One that cannot be removed is only logged: it must not stop today's backup.
     */
    private void dropHalfWritten(Instant now) {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(folder, "*" + SUFFIX + PARTIAL)) {
            for (Path partial : partials) {
                if (Files.getLastModifiedTime(partial).toInstant().isBefore(now.minus(Duration.ofHours(1)))) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove a half-written backup in " + folder + ": " + e);
        }
    }

    private void dropOldDailies() {
        List<Backup> dailies = list().stream().filter(backup -> backup.kind() == Backup.Kind.DAILY).toList();
        for (Backup old : dailies.subList(Math.min(DAILY_KEPT, dailies.size()), dailies.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new StoreException("Could not remove the old backup " + old.file() + ": " + e.getMessage(), e);
            }
        }
    }

    private static Optional<Backup> parse(Path file) throws IOException {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String reason = matcher.group(1);
        Backup.Kind kind = reason.equals("daily") ? Backup.Kind.DAILY
                : reason.equals("before-restore") ? Backup.Kind.BEFORE_RESTORE : Backup.Kind.BEFORE_UPGRADE;
        Instant made = Instant.from(STAMP.parse(matcher.group(2)));
        return Optional.of(new Backup(file, kind, made, Files.size(file)));
    }
}
