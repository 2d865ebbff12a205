using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tessera.Claims;
using Tessera.Language;
using Tessera.Pipeline;
using Tessera.Reading;
using Tessera.Recognition;
using Tessera.Stance;

namespace Tessera.Case;

/// <summary>A source as the store holds it: what was read and the fingerprint that says whether it must be read again.</summary>
/// <param name="Stamp">The file's size and last write with its case.yaml entry when it was read: unchanged, the file is not read again.</param>
public sealed record StoredSource(string Id, string Path, string Title, string Publisher, DateOnly? Published, SourceGrade Grade, string Fingerprint, DocumentFormat Format, string Stamp = "");

/// <summary>One source of an assessment as the store takes it: annotated when it is new or changed, else null and left as stored.</summary>
public sealed record AssessedSource(string Id, string Fingerprint, string Stamp, AnnotatedDocument? Document);

/// <summary>How long a writer waits for another before it tries again, and how often it tries.</summary>
/// <param name="BusyTimeout">The wait for a lock another writer holds (SQLite's busy timeout, PostgreSQL's command timeout).</param>
/// <param name="Attempts">Tries of one write before the conflict is reported (TSR052, exit 3).</param>
/// <param name="FirstWait">The pause after the first lost try; it doubles with each.</param>
public sealed record StoreOptions(TimeSpan BusyTimeout, int Attempts, TimeSpan FirstWait)
{
    public static StoreOptions Default { get; } = new(TimeSpan.FromSeconds(30), 6, TimeSpan.FromMilliseconds(100));
}

/// <summary>What one assessment changed in the store.</summary>
public sealed record StoreChange(int Added, int Replaced, int Unchanged, int Removed);

/// <summary>The case store: sources and their claims in an embedded SQLite database, or in PostgreSQL where a team shares a case;
/// an assessment's reading written a batch at a time (<see cref="Reading"/>).</summary>
/// <remarks>The SQL is the common ground of both: booleans are stored as 0/1, order is kept in explicit columns.</remarks>
public sealed partial class CaseStore : IDisposable
{
    private readonly DbConnection _connection;
    // Asked of the SQLite type, never of Npgsql's, so that a SQLite run does not load the PostgreSQL client at all.
    private readonly bool _postgres;
    public string Location { get; }

    /// <summary>Whether this is a PostgreSQL store, which several processes share (and queue workers read through).</summary>
    public bool Shared => _postgres;

    private readonly StoreOptions _options;
    // The connection string as given, for another connection to the same PostgreSQL store (never shown: it may hold a password).
    private string? _opened;

    /// <summary>How many write transactions this connection has committed: an unchanged re-assessment commits none.</summary>
    public int Writes { get; private set; }

    private CaseStore(DbConnection connection, string location, StoreOptions options)
    {
        _connection = connection;
        _postgres = connection is not SqliteConnection;
        Location = location;
        _options = options;
    }

    /// <summary>Where a case keeps its store unless told otherwise: a hidden folder beside its case.yaml.</summary>
    public static string DefaultPath(string caseFolder) => Path.Combine(caseFolder, ".tessera", "case.db");

    /// <summary>A PostgreSQL connection string ("Host=…;Database=…" or a postgres:// URL) opens a shared store; anything else is a SQLite file.</summary>
    public static Result<CaseStore> Open(string db, StoreOptions? options = null) =>
        IsPostgres(db) ? OpenPostgres(db, options) : OpenSqlite(db, options);

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static Result<CaseStore> OpenPostgres(string connectionString, StoreOptions? options = null)
    {
        var shown = Redaction.Secrets(connectionString);
        try
        {
            var cs = connectionString.Contains("://", StringComparison.Ordinal) ? FromUrl(connectionString) : connectionString;
            options ??= StoreOptions.Default;
            // A writer waiting for another's lock gives up after the busy timeout, like SQLite's, and tries again.
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { CommandTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds) }.ToString());
            connection.Open();
            var store = new CaseStore(connection, shown, options) { _opened = connectionString };
            return store.Migrated();
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return Messages.Store(shown, e.Message.Split('\n')[0]);
        }
    }

    /// <summary>postgres://user:password@host:port/database as Npgsql's key=value form.</summary>
    private static string FromUrl(string url)
    {
        var uri = new Uri(url);
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432, Database = uri.AbsolutePath.Trim('/') };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        return b.ToString();
    }

    public static Result<CaseStore> OpenSqlite(string path, StoreOptions? options = null)
    {
        try
        {
            StoreFile.Prepare(path);
            options ??= StoreOptions.Default;
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path, Pooling = false, DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
            }.ToString());
            connection.Open();
            var store = new CaseStore(connection, path, options);
            store.Execute("PRAGMA foreign_keys = ON");
            // The journal mode is written into the file, so it is set only once the file is known to be a Tessera store.
            var migrated = store.Migrated();
            if (migrated.Ok) store.Execute("PRAGMA journal_mode = WAL");
            return migrated;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            return Messages.Store(path, e.Message);
        }
    }

    /// <summary>The version of the tables this Tessera writes; <see cref="Migrations"/> bring an older store up to it.</summary>
    public const int SchemaVersion = 11;

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS sources (
            id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL, publisher TEXT NOT NULL,
            published TEXT, grade TEXT NOT NULL, fingerprint TEXT NOT NULL, format TEXT NOT NULL, stamp TEXT NOT NULL DEFAULT '');
        CREATE TABLE IF NOT EXISTS claims (
            id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
            speakers TEXT NOT NULL, hedged INTEGER NOT NULL, boosted INTEGER NOT NULL, band TEXT, prediction INTEGER NOT NULL,
            likelihood DOUBLE PRECISION, unverified INTEGER NOT NULL, status TEXT NOT NULL, origin TEXT);
        CREATE TABLE IF NOT EXISTS mentions (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE, seq INTEGER NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL,
            text TEXT NOT NULL, canonical TEXT NOT NULL, kind TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS cues (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE, seq INTEGER NOT NULL, flag TEXT NOT NULL, family TEXT NOT NULL,
            start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS claims_by_source ON claims(source_id, idx);
        CREATE INDEX IF NOT EXISTS mentions_by_claim ON mentions(claim_id);
        CREATE INDEX IF NOT EXISTS cues_by_claim ON cues(claim_id);
        """;

    /// <summary>The document text, its units' tokens and its other layers (schema 3).</summary>
    private const string DocumentsTable = """
        CREATE TABLE IF NOT EXISTS documents (
            source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
            text TEXT NOT NULL, units TEXT NOT NULL, layers TEXT NOT NULL);
        """;

    /// <summary>Events imported from event data sets, with their provenance (schema 5); the primary key makes importing a file
    /// again replace its records rather than add them twice.</summary>
    private const string ImportedEventsTable = """
        CREATE TABLE IF NOT EXISTS imported_events (
            dataset TEXT NOT NULL, record_id TEXT NOT NULL, url TEXT, day TEXT NOT NULL,
            source TEXT NOT NULL, source_coded TEXT NOT NULL, target TEXT, target_coded TEXT,
            cameo TEXT NOT NULL, goldstein DOUBLE PRECISION NOT NULL, place TEXT, country TEXT,
            latitude DOUBLE PRECISION, longitude DOUBLE PRECISION,
            PRIMARY KEY (dataset, record_id));
        """;

    /// <summary>The words each claim id cited in case.yaml pointed at when it was first assessed, as a hash (schema 6).</summary>
    private const string PinsTable = """
        CREATE TABLE IF NOT EXISTS claim_pins (reference TEXT PRIMARY KEY, text_hash TEXT NOT NULL);
        """;

    /// <summary>An analyst's corrections of extracted claims (schema 8), keyed by the claim's words, not its number, so they
    /// re-attach when a source is edited; no foreign key to the claims, which are replaced at every re-extraction.</summary>
    private const string CorrectionsTable = """
        CREATE TABLE IF NOT EXISTS corrections (
            source_id TEXT NOT NULL, quote_hash TEXT NOT NULL, quote TEXT NOT NULL, field TEXT NOT NULL, version INTEGER NOT NULL,
            before_value TEXT NOT NULL, after_value TEXT NOT NULL, author TEXT NOT NULL, made_at TEXT NOT NULL,
            PRIMARY KEY (source_id, quote_hash, field, version));
        """;

    /// <summary>What `assess` made of the case (the overview it prints, its warnings, and for each brief format the SHA-256 and length
    /// of the file it wrote, since schema 11; schema 9 and 10 kept the brief's text), each under the hash of the inputs it was made
    /// from (schema 9): a re-assessment whose inputs hash the same reuses it instead of analysing again.</summary>
    private const string ResultsTable = """
        CREATE TABLE IF NOT EXISTS analysis_results (name TEXT PRIMARY KEY, input_hash TEXT NOT NULL, content TEXT NOT NULL);
        """;

    /// <summary>Each step from one schema version to the next, run inside the opening transaction.</summary>
    /// <remarks>Schema 2 kept claims but not the document: its sources are kept and marked unread, so the next assessment
    /// reads them once more and stores their text and layers.</remarks>
    private static readonly IReadOnlyDictionary<int, string> Migrations = new Dictionary<int, string>
    {
        [2] = DocumentsTable + "UPDATE sources SET fingerprint = 'schema-2';",
        // Schema 4 stamps each source with its file's size and last write, so an unchanged file need not be read.
        [3] = "ALTER TABLE sources ADD COLUMN stamp TEXT NOT NULL DEFAULT '';",
        // Schema 5 keeps events imported from event data sets beside the sources.
        [4] = ImportedEventsTable,
        // Schema 6 pins the claim ids case.yaml cites; an older store has none, so each is pinned at its next assessment.
        [5] = PinsTable,
        // Schema 7 keeps each claim's origin; claims stored before had none read, so their sources are read once more.
        [6] = "ALTER TABLE claims ADD COLUMN origin TEXT; UPDATE sources SET fingerprint = 'schema-6', stamp = '';",
        // Schema 8 keeps the analyst's corrections; an older store has none, and nothing else changes.
        [7] = CorrectionsTable,
        // Schema 9 keeps analysis results with the hash of their inputs; an older store has none, so its next assessment analyses.
        [8] = ResultsTable,
        // Schema 10 adds the work queue that several assess workers share the reading of a case through (PostgreSQL only).
        [9] = QueueTables,
        // Schema 11 keeps a brief's SHA-256 and length in analysis_results, not its text: the text of schema 10 is dropped, so the
        // next assessment analyses once from the stored case, writes the brief and stores what identifies it.
        [10] = "DELETE FROM analysis_results WHERE name IN ('brief.html', 'brief.md');",
    };

    /// <summary>The tables Tessera owns: a database holding any other table is not a Tessera store.</summary>
    private static readonly string[] OwnTables = ["meta", "sources", "claims", "mentions", "cues", "documents", "imported_events", "claim_pins", "corrections", "analysis_results", "reading_queue", "analysis_runs"];

    /// <summary>The store once its tables are in place, or the problem that keeps it closed.</summary>
    private Result<CaseStore> Migrated()
    {
        try
        {
            Retrying(() => { Migrate(); return true; });
            return this;
        }
        catch (ProblemException e)
        {
            Dispose();
            return e.Problem;
        }
    }

    /// <summary>Creates the tables in an empty database, upgrades an older Tessera store, and refuses anything else untouched.</summary>
    private void Migrate()
    {
        using var tx = _connection.BeginTransaction();
        // Two first runs on one PostgreSQL database must not both create the tables.
        if (_postgres) Execute("SELECT pg_advisory_xact_lock(7419265)", tx);
        var tables = TableNames(tx);
        var version = tables.Contains("meta") && int.TryParse(ReadMeta("schema", tx), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        if (version is null && tables.Count > 0)
            throw new ProblemException(Messages.ForeignStore(Location, tables));
        if (version is null)
        {
            Execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);" + Tables + DocumentsTable + ImportedEventsTable + PinsTable + CorrectionsTable + ResultsTable + QueueTables, tx);
            Execute("INSERT INTO meta (key, value) VALUES ('schema', @v)", tx, ("@v", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (version != SchemaVersion)
        {
            if (version > SchemaVersion || !Migrations.ContainsKey(version.Value))
                throw new ProblemException(Messages.StoreVersion(Location, version.Value, SchemaVersion, Migrations.Keys.Min()));
            for (var from = version.Value; from < SchemaVersion; from++) Execute(Migrations[from], tx);
            Execute("UPDATE meta SET value = @v WHERE key = 'schema'", tx, ("@v", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var unknown = TableNames(tx).Where(t => !OwnTables.Contains(t)).ToList();
        if (unknown.Count > 0) throw new ProblemException(Messages.ForeignStore(Location, unknown));
        tx.Commit();
    }

    /// <summary>The tables of the database (of the current schema on PostgreSQL), lower-case.</summary>
    private List<string> TableNames(DbTransaction tx)
    {
        var sql = _postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        using var cmd = Command(sql, tx);
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0).ToLowerInvariant());
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    public IReadOnlyDictionary<string, StoredSource> Sources(DbTransaction? tx = null)
    {
        var result = new Dictionary<string, StoredSource>(StringComparer.Ordinal);
        using var cmd = Command("SELECT id, path, title, publisher, published, grade, fingerprint, format, stamp FROM sources ORDER BY id", tx);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            SourceGrade.TryParse(r.GetString(5), out var grade);
            result[r.GetString(0)] = new StoredSource(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : DateOnly.Parse(r.GetString(4), System.Globalization.CultureInfo.InvariantCulture), grade, r.GetString(6),
                Enum.Parse<DocumentFormat>(r.GetString(7)), r.GetString(8));
        }
        return result;
    }

    /// <summary>Brings the store in line with one assessment, all or nothing: documents given with their layers (new or changed)
    /// are (re)written, those given without are unchanged and left alone, sources no longer in the case are removed.</summary>
    /// <remarks>What is stored is read inside the writing transaction, which writers take one at a time (SQLite's immediate
    /// transaction, a PostgreSQL advisory lock), so concurrent assessments of one case leave the rows of one.</remarks>
    public StoreChange Apply(IReadOnlyList<AssessedSource> assessed, string title)
    {
        return BeginReading(unchanged: 0).Finish(assessed, assessed.Select(s => s.Id).ToHashSet(StringComparer.Ordinal), title);
    }

    /// <summary>Runs a write transaction again when another writer got in the way (SQLite busy or locked, a PostgreSQL
    /// serialisation failure, deadlock or a key another writer inserted first); a conflict that persists is a problem of its own.</summary>
    private T Retrying<T>(Func<T> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return write();
            }
            catch (DbException e) when (IsConflict(e))
            {
                if (attempt >= _options.Attempts) throw new ProblemException(Messages.StoreBusy(Location, attempt, e.Message.Split('\n')[0]));
                Thread.Sleep(_options.FirstWait * Math.Pow(2, attempt - 1) + TimeSpan.FromMilliseconds(Random.Shared.Next(50)));
            }
        }
    }

    private static bool IsConflict(DbException e) => e switch
    {
        SqliteException s => s.SqliteErrorCode is 5 or 6,
        PostgresException p => p.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.QueryCanceled,
        NpgsqlException { InnerException: TimeoutException } => true,
        _ => false,
    };

    /// <summary>Opens one assessment's reading, whose sources are stored a batch at a time (<see cref="Reading.Commit"/>), the
    /// last batch with the removals and the title (<see cref="Reading.Finish"/>).</summary>
    /// <param name="unchanged">How many sources of the case were not read at all (stored with their current stamp), for the change's count.</param>
    public Reading BeginReading(int unchanged) => new(this, unchanged);

    /// <summary>Whether a reading committed some of its batches and not its last (it was killed, or stopped at a bad source): the
    /// store's sources are then part old and part new, and its analysis is not current until an assessment finishes the reading.</summary>
    public bool ReadingUnfinished(DbTransaction? tx = null) => ReadMeta(UnfinishedKey, tx) is not null;

    /// <summary>The meta row that marks a reading unfinished: set by every batch but the last, removed by the last.</summary>
    private const string UnfinishedKey = "reading";

    /// <summary>One assessment's reading, stored in batches: each batch is one short transaction that holds whole sources (a
    /// source's row, document, layers and claims are written together or not at all), tried again when another writer gets in
    /// the way (the batch is still in memory). Between batches the store is marked as being read (<see cref="ReadingUnfinished"/>).</summary>
    public sealed class Reading
    {
        private readonly CaseStore _store;
        private int _added, _replaced, _unchanged;

        internal Reading(CaseStore store, int unchanged)
        {
            _store = store;
            _unchanged = unchanged;
        }

        /// <summary>Stores one batch and marks the reading unfinished, in one transaction.</summary>
        public void Commit(IReadOnlyList<AssessedSource> batch) => _store.Retrying(() => Write(batch, finish: null));

        /// <summary>Stores the last batch (which may be empty), removes the stored sources whose ids the case no longer lists, sets
        /// the title and clears the unfinished mark, in one transaction; returns what the whole reading changed.</summary>
        public StoreChange Finish(IReadOnlyList<AssessedSource> batch, IReadOnlySet<string> ids, string title) =>
            _store.Retrying(() => Write(batch, (ids, title)));

        private StoreChange Write(IReadOnlyList<AssessedSource> batch, (IReadOnlySet<string> Ids, string Title)? finish)
        {
            using var tx = _store._connection.BeginTransaction();
            if (_store._postgres) _store.Execute("SELECT pg_advisory_xact_lock(7419266)", tx);
            // What is stored now, read inside the transaction: another assessment of the case may have stored a source since this
            // one planned its reading.
            var stored = finish is null ? _store.Stamps(batch.Select(s => s.Id).ToList(), tx) : _store.Stamps(null, tx);
            int added = 0, replaced = 0, unchanged = 0, removed = 0;
            using (var writer = new SourceWriter(_store, tx))
                foreach (var source in batch)
                {
                    if (source.Document is null)
                    {
                        unchanged++;
                        // Touched but not changed: the new stamp spares the next run reading it again.
                        if (stored.TryGetValue(source.Id, out var stamp) && stamp != source.Stamp)
                            _store.Execute("UPDATE sources SET stamp = @stamp WHERE id = @id", tx, ("@stamp", source.Stamp), ("@id", source.Id));
                    }
                    else if (writer.Write(source, stored.ContainsKey(source.Id))) replaced++;
                    else added++;
                }
            _store.Execute($"DELETE FROM meta WHERE key = '{UnfinishedKey}'", tx);
            if (finish is { } end)
            {
                foreach (var id in stored.Keys.Where(id => !end.Ids.Contains(id)))
                {
                    _store.Execute("DELETE FROM sources WHERE id = @id", tx, ("@id", id));
                    removed++;
                }
                if (_added + _replaced + added + replaced + removed > 0 || _store.ReadMeta("title", tx) != end.Title)
                {
                    _store.Execute("DELETE FROM meta WHERE key = 'title'", tx);
                    _store.Execute("INSERT INTO meta (key, value) VALUES ('title', @v)", tx, ("@v", end.Title));
                }
            }
            else _store.Execute($"INSERT INTO meta (key, value) VALUES ('{UnfinishedKey}', @v)", tx, ("@v", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            tx.Commit();
            _store.Writes++;
            // Counted once committed: a batch tried again is counted once.
            _added += added;
            _replaced += replaced;
            _unchanged += unchanged;
            return new StoreChange(_added, _replaced, _unchanged, removed);
        }
    }

    /// <summary>The stored stamp of each of these sources that is stored (of every stored source when <paramref name="ids"/> is null).</summary>
    private Dictionary<string, string> Stamps(IReadOnlyList<string>? ids, DbTransaction tx)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids is { Count: 0 }) return result;
        foreach (var piece in ids is null ? [null] : ids.Chunk(LoadedAtOnce).Select(p => (IReadOnlyList<string>?)p))
        {
            var (among, parameters) = piece is null ? ("", []) : Among(piece);
            using var cmd = Command(piece is null ? "SELECT id, stamp FROM sources" : $"SELECT id, stamp FROM sources WHERE id IN {among}", tx, parameters);
            using var r = cmd.ExecuteReader();
            while (r.Read()) result[r.GetString(0)] = r.GetString(1);
        }
        return result;
    }

    /// <summary>Writes one new or changed source with its document, layers and claims, replacing the stored one when there is
    /// one; says whether it replaced. Whole assessments and queue workers both store a source this way.</summary>
    private bool Write(AssessedSource source, bool isStored, DbTransaction tx)
    {
        using var writer = new SourceWriter(this, tx);
        return writer.Write(source, isStored);
    }

    /// <summary>Every stored document with its claims and layers, in source order: what analysis reads instead of the sources.</summary>
    /// <param name="include">Which sources to read back; all when null.</param>
    /// <param name="hold">What is kept of each document as it is read (<see cref="HeldDocument"/>), so that the case is never
    /// held twice over while it loads; the document as read when null.</param>
    /// <remarks>Read in pieces of <see cref="LoadedAtOnce"/> sources, each piece's claims, mentions and cues with it: reading every
    /// claim of the case first held all of them, as read and before any was held, beside the documents already held.</remarks>
    public IReadOnlyList<AnnotatedDocument> Documents(IReadOnlyDictionary<string, LikelihoodBand> bands, Func<string, bool>? include = null,
        Func<AnnotatedDocument, AnnotatedDocument>? hold = null) => Documents(bands, include, hold, LoadedAtOnce);

    /// <param name="pieces">How many sources are read back at once.</param>
    internal IReadOnlyList<AnnotatedDocument> Documents(IReadOnlyDictionary<string, LikelihoodBand> bands, Func<string, bool>? include,
        Func<AnnotatedDocument, AnnotatedDocument>? hold, int pieces)
    {
        var sources = Sources();
        var ids = sources.Keys.Where(id => include is null || include(id)).Order(StringComparer.Ordinal).ToList();
        var result = new List<AnnotatedDocument>(ids.Count);
        foreach (var piece in ids.Chunk(pieces))
        {
            var (among, parameters) = Among(piece);
            var claims = Claims(bands, among, parameters).GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => (IReadOnlyList<Claim>)g.ToList(), StringComparer.Ordinal);
            var read = new List<AnnotatedDocument>(piece.Length);
            using (var cmd = Command($"SELECT source_id, text, units, layers FROM documents WHERE source_id IN {among}", null, parameters))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                {
                    var s = sources[r.GetString(0)];
                    var doc = new Document(s.Id, s.Path, s.Format, r.GetString(1), s.Title, s.Publisher, s.Published, s.Grade);
                    try
                    {
                        var stored = StoredLayers.Read(doc, claims.GetValueOrDefault(s.Id) ?? [], r.GetString(2), r.GetString(3));
                        claims.Remove(s.Id);
                        read.Add(hold is null ? stored : hold(stored));
                    }
                    catch (Exception e) when (e is JsonException or FormatException or ArgumentException or IndexOutOfRangeException)
                    {
                        throw new ProblemException(Messages.Store(Location, $"the stored layers of source '{s.Id}' cannot be read ({e.Message}); assess into a new --db"));
                    }
                }
            result.AddRange(read.OrderBy(d => d.Id, StringComparer.Ordinal));
        }
        return result;
    }

    /// <summary>How many sources <see cref="Documents"/> reads back at once: a few megabytes of claims as read, in a few queries.</summary>
    private const int LoadedAtOnce = 200;

    /// <summary>An SQL list of parameters, one per source id ("(@s0, @s1)"), with their values.</summary>
    private static (string Sql, (string Name, object? Value)[] Parameters) Among(IReadOnlyList<string> ids)
    {
        var parameters = ids.Select((id, i) => ("@s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)id)).ToArray();
        return ("(" + string.Join(", ", parameters.Select(p => p.Item1)) + ")", parameters);
    }

    /// <summary>A stored analysis result when it was made from inputs with this hash; null when there is none or its inputs differ.</summary>
    public string? Result(string name, string inputHash)
    {
        using var cmd = Command("SELECT content FROM analysis_results WHERE name = @n AND input_hash = @h", null, ("@n", name), ("@h", inputHash));
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Stores analysis results under the hash of their inputs, in one transaction, each replacing the one of its name.</summary>
    public void SaveResults(string inputHash, IReadOnlyList<(string Name, string Content)> results) => Retrying(() =>
    {
        using var tx = _connection.BeginTransaction();
        if (_postgres) Execute("SELECT pg_advisory_xact_lock(7419266)", tx);
        foreach (var (name, content) in results)
        {
            Execute("DELETE FROM analysis_results WHERE name = @n", tx, ("@n", name));
            Execute("INSERT INTO analysis_results (name, input_hash, content) VALUES (@n, @h, @c)", tx, ("@n", name), ("@h", inputHash), ("@c", content));
        }
        tx.Commit();
        Writes++;
        return true;
    });

    /// <summary>The hash of the words each pinned claim id pointed at when it was pinned.</summary>
    public IReadOnlyDictionary<string, string> Pins()
    {
        var pins = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT reference, text_hash FROM claim_pins");
        using var r = cmd.ExecuteReader();
        while (r.Read()) pins[r.GetString(0)] = r.GetString(1);
        return pins;
    }

    /// <summary>Makes the pins exactly these, in one transaction: new ones added, changed ones rewritten, those case.yaml no
    /// longer cites removed.</summary>
    public void SavePins(IReadOnlyDictionary<string, string> pins) => Retrying(() =>
    {
        using var tx = _connection.BeginTransaction();
        if (_postgres) Execute("SELECT pg_advisory_xact_lock(7419266)", tx);
        Execute("DELETE FROM claim_pins", tx);
        foreach (var (reference, hash) in pins.OrderBy(p => p.Key, StringComparer.Ordinal))
            Execute("INSERT INTO claim_pins (reference, text_hash) VALUES (@r, @h)", tx, ("@r", reference), ("@h", hash));
        tx.Commit();
        Writes++;
        return true;
    });

    /// <summary>Every correction, oldest first.</summary>
    public IReadOnlyList<Correction> Corrections()
    {
        var result = new List<Correction>();
        using var cmd = Command("SELECT source_id, quote_hash, quote, field, version, before_value, after_value, author, made_at FROM corrections");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            result.Add(new Correction(new ClaimAnchor(r.GetString(0), r.GetString(1), r.GetString(2)), r.GetString(3), r.GetString(5), r.GetString(6),
                r.GetString(7), DateTimeOffset.Parse(r.GetString(8), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind),
                Convert.ToInt32(r.GetValue(4), System.Globalization.CultureInfo.InvariantCulture)));
        // Sorted here, not in SQL: PostgreSQL collates text by locale, SQLite by code point.
        return result.OrderBy(c => c.Made).ThenBy(c => c.Anchor.SourceId, StringComparer.Ordinal).ThenBy(c => c.Anchor.QuoteHash, StringComparer.Ordinal)
            .ThenBy(c => c.Field, StringComparer.Ordinal).ThenBy(c => c.Version).ToList();
    }

    /// <summary>Stores a correction if its version is the next of its field and words, in one transaction; false when another
    /// correction of them was stored first (the analyst's form is stale), and nothing was written.</summary>
    public bool AddCorrection(Correction correction) => Retrying(() =>
    {
        using var tx = _connection.BeginTransaction();
        if (_postgres) Execute("SELECT pg_advisory_xact_lock(7419267)", tx);
        var a = correction.Anchor;
        using (var cmd = Command("SELECT COALESCE(MAX(version), 0) FROM corrections WHERE source_id = @s AND quote_hash = @h AND field = @f", tx,
                   ("@s", a.SourceId), ("@h", a.QuoteHash), ("@f", correction.Field)))
            if (Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != correction.Version - 1) return false;
        Execute("""
            INSERT INTO corrections (source_id, quote_hash, quote, field, version, before_value, after_value, author, made_at)
            VALUES (@s, @h, @q, @f, @v, @b, @a, @author, @made)
            """, tx, ("@s", a.SourceId), ("@h", a.QuoteHash), ("@q", a.Quote), ("@f", correction.Field), ("@v", correction.Version),
            ("@b", correction.Before), ("@a", correction.After), ("@author", correction.Author),
            ("@made", correction.Made.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture)));
        tx.Commit();
        return true;
    });

    public string? ReadMeta(string key, DbTransaction? tx = null)
    {
        using var cmd = Command("SELECT value FROM meta WHERE key = @k", tx, ("@k", key));
        return cmd.ExecuteScalar() as string;
    }

    private static int Bit(bool b) => b ? 1 : 0;

    private static bool Flag(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) != 0;

    /// <summary>Every stored claim, in source and unit order, as the extractor made it.</summary>
    public IReadOnlyList<Claim> Claims(IReadOnlyDictionary<string, LikelihoodBand> bands) => Claims(bands, null, []);

    /// <summary>The stored claims of the sources in an SQL list (<see cref="Among"/>), or of every source when it is null.</summary>
    private List<Claim> Claims(IReadOnlyDictionary<string, LikelihoodBand> bands, string? among, (string Name, object? Value)[] parameters)
    {
        var ofClaims = among is null ? "" : $" WHERE claim_id IN (SELECT id FROM claims WHERE source_id IN {among})";
        var mentions = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        using (var cmd = Command($"SELECT claim_id, start_at, end_at, text, canonical, kind FROM mentions{ofClaims} ORDER BY claim_id, seq", null, parameters))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                (mentions.TryGetValue(r.GetString(0), out var l) ? l : mentions[r.GetString(0)] = []).Add(
                    new Mention(r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), Enum.Parse<MentionKind>(r.GetString(5))));
        var cues = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);
        using (var cmd = Command($"SELECT claim_id, flag, family, start_at, end_at, text FROM cues{ofClaims} ORDER BY claim_id, seq", null, parameters))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                (cues.TryGetValue(r.GetString(0), out var l) ? l : cues[r.GetString(0)] = []).Add(
                    new Cue(Enum.Parse<Flag>(r.GetString(1)), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5)));
        var claims = new List<Claim>();
        var ofSources = among is null ? "" : $" WHERE source_id IN {among}";
        using (var cmd = Command($"SELECT id, source_id, idx, start_at, end_at, text, kind, speakers, hedged, boosted, band, prediction, likelihood, unverified, origin FROM claims{ofSources} ORDER BY source_id, idx", null, parameters))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var id = r.GetString(0);
                claims.Add(new Claim(r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), Enum.Parse<UnitKind>(r.GetString(6)),
                    StoredLayers.ReadWords(r.GetString(7)), Flag(r, 8), Flag(r, 9),
                    r.IsDBNull(10) ? null : bands.GetValueOrDefault(r.GetString(10)), Flag(r, 11),
                    r.IsDBNull(12) ? null : new Probability(r.GetDouble(12)), Flag(r, 13),
                    mentions.GetValueOrDefault(id) ?? [], cues.GetValueOrDefault(id) ?? [], r.IsDBNull(14) ? null : r.GetString(14)));
            }
        // Sorted here, not in SQL: PostgreSQL collates text by locale, SQLite by code point.
        return claims.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Index).ToList();
    }

    /// <summary>Row counts per table, for tests and for the terminal summary.</summary>
    public IReadOnlyDictionary<string, long> Counts() =>
        new[] { "sources", "documents", "claims", "mentions", "cues", "imported_events" }.ToDictionary(t => t, t =>
        {
            using var cmd = Command($"SELECT COUNT(*) FROM {t}");
            return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        });

    /// <summary>Stores imported events as they stream past, in one transaction: all of a file or none of it. An event the
    /// store holds already (same data set and record id) is replaced. Returns how many were new and how many replaced.</summary>
    /// <remarks>Not retried like an assessment: the events are read from the file as they are stored, and a second pass would
    /// find the file read. A writer that stays locked out gets TSR052 (exit 3), and nothing was written.</remarks>
    public (long Added, long Replaced) Import(IEnumerable<Events.Imported.ImportedEvent> events)
    {
        try
        {
            return ImportOnce(events);
        }
        catch (DbException e) when (IsConflict(e))
        {
            throw new ProblemException(Messages.StoreBusy(Location, 1, e.Message.Split('\n')[0]));
        }
    }

    private (long Added, long Replaced) ImportOnce(IEnumerable<Events.Imported.ImportedEvent> events)
    {
        long added = 0, replaced = 0;
        using var tx = _connection.BeginTransaction();
        if (_connection is NpgsqlConnection) Execute("SELECT pg_advisory_xact_lock(7419266)", tx);
        // One prepared statement each, reused for every row: a million rows are a million executions, not a million parses.
        using var delete = Command("DELETE FROM imported_events WHERE dataset = @d AND record_id = @r", tx, ("@d", ""), ("@r", ""));
        using var insert = Command("""
            INSERT INTO imported_events (dataset, record_id, url, day, source, source_coded, target, target_coded, cameo, goldstein, place, country, latitude, longitude)
            VALUES (@d, @r, @url, @day, @s, @sc, @t, @tc, @cameo, @g, @place, @country, @lat, @lon)
            """, tx, ("@d", ""), ("@r", ""), ("@url", null), ("@day", ""), ("@s", ""), ("@sc", ""), ("@t", null), ("@tc", null), ("@cameo", ""),
            ("@g", 0.0), ("@place", null), ("@country", null), ("@lat", null), ("@lon", null));
        foreach (var e in events)
        {
            var dataset = e.Provenance.Dataset.ToString().ToLowerInvariant();
            Set(delete, dataset, e.Provenance.RecordId);
            if (delete.ExecuteNonQuery() > 0) replaced++; else added++;
            Set(insert, dataset, e.Provenance.RecordId, e.Provenance.Url, e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                e.Source, e.SourceAsCoded, e.Target, e.TargetAsCoded, e.Cameo.Code, e.Goldstein, e.Place, e.Country, e.Latitude, e.Longitude);
            insert.ExecuteNonQuery();
        }
        // Analysis reads the imported events: a new revision tells a stored result that its inputs changed, without hashing them all.
        Execute("DELETE FROM meta WHERE key = 'imports'", tx);
        Execute("INSERT INTO meta (key, value) VALUES ('imports', @v)", tx, ("@v", Guid.NewGuid().ToString("N")));
        tx.Commit();
        Writes++;
        return (added, replaced);
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    /// <summary>Every imported event, in date order, its CAMEO code read through <paramref name="cameo"/> (a code the table no
    /// longer knows keeps its number under the name "unknown CAMEO code").</summary>
    public IReadOnlyList<Events.Imported.ImportedEvent> ImportedEvents(Events.CameoTable cameo)
    {
        var result = new List<Events.Imported.ImportedEvent>();
        using var cmd = Command("SELECT dataset, record_id, url, day, source, source_coded, target, target_coded, cameo, goldstein, place, country, latitude, longitude FROM imported_events");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            double? Real(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
            var code = r.GetString(8);
            var known = cameo.Code(code) ?? new Events.CameoCode(code, code[..Math.Min(2, code.Length)], "unknown CAMEO code", Events.QuadClass.VerbalCooperation, 0, false);
            result.Add(new Events.Imported.ImportedEvent(
                new Events.Imported.EventProvenance(Enum.Parse<Events.Imported.EventDataset>(r.GetString(0), ignoreCase: true), r.GetString(1), Text(2)),
                DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                r.GetString(4), r.GetString(5), Text(6), Text(7), known, r.GetDouble(9), Text(10), Text(11), Real(12), Real(13)));
        }
        // Sorted here, not in SQL: PostgreSQL collates text by locale, SQLite by code point.
        return result.OrderBy(e => e.Date).ThenBy(e => e.Provenance.Id, StringComparer.Ordinal).ToList();
    }

    private DbCommand Command(string sql, DbTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    private void Execute(string sql, DbTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
