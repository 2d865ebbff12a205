using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tessera.Claims;
using Tessera.Language;
using Tessera.Reading;
using Tessera.Recognition;
using Tessera.Stance;

namespace Tessera.Case;

/// <summary>A source as the store holds it: what was read and the fingerprint that says whether it must be read again.</summary>
public sealed record StoredSource(string Id, string Path, string Title, string Publisher, DateOnly? Published, SourceGrade Grade, string Fingerprint, DocumentFormat Format);

/// <summary>What one assessment changed in the store.</summary>
public sealed record StoreChange(int Added, int Replaced, int Unchanged, int Removed);

/// <summary>The case store: sources and their claims in an embedded SQLite database, or in PostgreSQL where a team shares a case;
/// written in one transaction per assessment.</summary>
/// <remarks>The SQL is the common ground of both: booleans are stored as 0/1, order is kept in explicit columns.</remarks>
public sealed class CaseStore : IDisposable
{
    private readonly DbConnection _connection;
    public string Location { get; }

    private CaseStore(DbConnection connection, string location)
    {
        _connection = connection;
        Location = location;
    }

    /// <summary>Where a case keeps its store unless told otherwise: a hidden folder beside its case.yaml.</summary>
    public static string DefaultPath(string caseFolder) => Path.Combine(caseFolder, ".tessera", "case.db");

    /// <summary>A PostgreSQL connection string ("Host=…;Database=…" or a postgres:// URL) opens a shared store; anything else is a SQLite file.</summary>
    public static Result<CaseStore> Open(string db) =>
        IsPostgres(db) ? OpenPostgres(db) : OpenSqlite(db);

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static Result<CaseStore> OpenPostgres(string connectionString)
    {
        var shown = Redaction.Secrets(connectionString);
        try
        {
            var cs = connectionString.Contains("://", StringComparison.Ordinal) ? FromUrl(connectionString) : connectionString;
            var connection = new NpgsqlConnection(cs);
            connection.Open();
            var store = new CaseStore(connection, shown);
            store.Migrate();
            return store;
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

    public static Result<CaseStore> OpenSqlite(string path)
    {
        try
        {
            StoreFile.Prepare(path);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            var store = new CaseStore(connection, path);
            store.Execute("PRAGMA foreign_keys = ON");
            store.Execute("PRAGMA journal_mode = WAL");
            store.Migrate();
            return store;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            return Messages.Store(path, e.Message);
        }
    }

    /// <summary>Bumped whenever the tables change; the store only caches what the sources say, so an old one is rebuilt.</summary>
    private const string SchemaVersion = "2";

    private void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        if (ReadMeta("schema") != SchemaVersion)
        {
            foreach (var table in new[] { "cues", "mentions", "claims", "sources" }) Execute($"DROP TABLE IF EXISTS {table}");
            Execute("DELETE FROM meta");
        }
        Execute("""
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS sources (
                id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL, publisher TEXT NOT NULL,
                published TEXT, grade TEXT NOT NULL, fingerprint TEXT NOT NULL, format TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS claims (
                id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
                speakers TEXT NOT NULL, hedged INTEGER NOT NULL, boosted INTEGER NOT NULL, band TEXT, prediction INTEGER NOT NULL,
                likelihood DOUBLE PRECISION, unverified INTEGER NOT NULL, status TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS mentions (
                claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE, seq INTEGER NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL,
                text TEXT NOT NULL, canonical TEXT NOT NULL, kind TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS cues (
                claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE, seq INTEGER NOT NULL, flag TEXT NOT NULL, family TEXT NOT NULL,
                start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, text TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS claims_by_source ON claims(source_id, idx);
            CREATE INDEX IF NOT EXISTS mentions_by_claim ON mentions(claim_id);
            CREATE INDEX IF NOT EXISTS cues_by_claim ON cues(claim_id);
            """);
        if (ReadMeta("schema") is null) Execute("INSERT INTO meta (key, value) VALUES ('schema', @v)", null, ("@v", SchemaVersion));
    }

    public IReadOnlyDictionary<string, StoredSource> Sources()
    {
        var result = new Dictionary<string, StoredSource>(StringComparer.Ordinal);
        using var cmd = Command("SELECT id, path, title, publisher, published, grade, fingerprint, format FROM sources ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            SourceGrade.TryParse(r.GetString(5), out var grade);
            result[r.GetString(0)] = new StoredSource(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : DateOnly.Parse(r.GetString(4), System.Globalization.CultureInfo.InvariantCulture), grade, r.GetString(6),
                Enum.Parse<DocumentFormat>(r.GetString(7)));
        }
        return result;
    }

    /// <summary>Brings the store in line with one assessment, all or nothing: sources given with claims (new or changed) are
    /// (re)written, those given without claims are unchanged and left alone, sources no longer in the case are removed.</summary>
    public StoreChange Apply(IReadOnlyList<(Document Document, string Fingerprint, IReadOnlyList<Claim>? Claims)> assessed, string title)
    {
        var stored = Sources();
        int added = 0, replaced = 0, unchanged = 0, removed = 0;
        using var tx = _connection.BeginTransaction();
        foreach (var (doc, fingerprint, claims) in assessed)
        {
            if (claims is null) { unchanged++; continue; }
            if (stored.ContainsKey(doc.Id)) { Execute("DELETE FROM sources WHERE id = @id", tx, ("@id", doc.Id)); replaced++; } else added++;
            Execute("INSERT INTO sources (id, path, title, publisher, published, grade, fingerprint, format) VALUES (@id, @path, @title, @publisher, @published, @grade, @fp, @format)", tx,
                ("@id", doc.Id), ("@path", doc.Path), ("@title", doc.Title), ("@publisher", doc.Publisher),
                ("@published", doc.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("@grade", doc.Grade.ToString()),
                ("@fp", fingerprint), ("@format", doc.Format.ToString()));
            foreach (var c in claims) InsertClaim(c, tx);
        }
        var keep = assessed.Select(a => a.Document.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in stored.Keys.Where(id => !keep.Contains(id)))
        {
            Execute("DELETE FROM sources WHERE id = @id", tx, ("@id", id));
            removed++;
        }
        if (added + replaced + removed > 0 || ReadMeta("title", tx) != title)
        {
            Execute("DELETE FROM meta WHERE key = 'title'", tx);
            Execute("INSERT INTO meta (key, value) VALUES ('title', @v)", tx, ("@v", title));
        }
        tx.Commit();
        return new StoreChange(added, replaced, unchanged, removed);
    }

    public string? ReadMeta(string key, DbTransaction? tx = null)
    {
        using var cmd = Command("SELECT value FROM meta WHERE key = @k", tx, ("@k", key));
        return cmd.ExecuteScalar() as string;
    }

    private void InsertClaim(Claim c, DbTransaction tx)
    {
        var id = c.Id;
        Execute("""
            INSERT INTO claims (id, source_id, idx, start_at, end_at, text, kind, speakers, hedged, boosted, band, prediction, likelihood, unverified, status)
            VALUES (@id, @src, @idx, @s, @e, @text, @kind, @speakers, @h, @b, @band, @p, @lk, @u, @status)
            """, tx,
            ("@id", id), ("@src", c.DocumentId), ("@idx", c.Index), ("@s", c.Start), ("@e", c.End), ("@text", c.Text), ("@kind", c.Kind.ToString()),
            ("@speakers", JsonSerializer.Serialize(c.Speakers)), ("@h", Bit(c.Hedged)), ("@b", Bit(c.Boosted)), ("@band", c.Band?.Name),
            ("@p", Bit(c.Prediction)), ("@lk", c.Likelihood?.Value), ("@u", Bit(c.Unverified)), ("@status", c.Status.ToString()));
        for (var i = 0; i < c.Mentions.Count; i++)
        {
            var m = c.Mentions[i];
            Execute("INSERT INTO mentions (claim_id, seq, start_at, end_at, text, canonical, kind) VALUES (@id, @n, @s, @e, @t, @c, @k)", tx,
                ("@id", id), ("@n", i), ("@s", m.Start), ("@e", m.End), ("@t", m.Text), ("@c", m.Canonical), ("@k", m.Kind.ToString()));
        }
        for (var i = 0; i < c.Cues.Count; i++)
        {
            var q = c.Cues[i];
            Execute("INSERT INTO cues (claim_id, seq, flag, family, start_at, end_at, text) VALUES (@id, @n, @f, @fam, @s, @e, @t)", tx,
                ("@id", id), ("@n", i), ("@f", q.Flag.ToString()), ("@fam", q.Family), ("@s", q.Start), ("@e", q.End), ("@t", q.Text));
        }
    }

    private static int Bit(bool b) => b ? 1 : 0;

    private static bool Flag(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) != 0;

    /// <summary>Every stored claim, in source and unit order, as the extractor made it.</summary>
    public IReadOnlyList<Claim> Claims(IReadOnlyDictionary<string, LikelihoodBand> bands)
    {
        var mentions = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT claim_id, start_at, end_at, text, canonical, kind FROM mentions ORDER BY claim_id, seq"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                (mentions.TryGetValue(r.GetString(0), out var l) ? l : mentions[r.GetString(0)] = []).Add(
                    new Mention(r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), Enum.Parse<MentionKind>(r.GetString(5))));
        var cues = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT claim_id, flag, family, start_at, end_at, text FROM cues ORDER BY claim_id, seq"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                (cues.TryGetValue(r.GetString(0), out var l) ? l : cues[r.GetString(0)] = []).Add(
                    new Cue(Enum.Parse<Flag>(r.GetString(1)), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5)));
        var claims = new List<Claim>();
        using (var cmd = Command("SELECT id, source_id, idx, start_at, end_at, text, kind, speakers, hedged, boosted, band, prediction, likelihood, unverified FROM claims ORDER BY source_id, idx"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var id = r.GetString(0);
                claims.Add(new Claim(r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), Enum.Parse<UnitKind>(r.GetString(6)),
                    JsonSerializer.Deserialize<string[]>(r.GetString(7)) ?? [], Flag(r, 8), Flag(r, 9),
                    r.IsDBNull(10) ? null : bands.GetValueOrDefault(r.GetString(10)), Flag(r, 11),
                    r.IsDBNull(12) ? null : new Probability(r.GetDouble(12)), Flag(r, 13),
                    mentions.GetValueOrDefault(id) ?? [], cues.GetValueOrDefault(id) ?? []));
            }
        // Sorted here, not in SQL: PostgreSQL collates text by locale, SQLite by code point.
        return claims.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Index).ToList();
    }

    /// <summary>Row counts per table, for tests and for the terminal summary.</summary>
    public IReadOnlyDictionary<string, long> Counts() =>
        new[] { "sources", "claims", "mentions", "cues" }.ToDictionary(t => t, t =>
        {
            using var cmd = Command($"SELECT COUNT(*) FROM {t}");
            return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        });

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
