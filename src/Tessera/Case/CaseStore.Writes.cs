using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Tessera.Claims;

namespace Tessera.Case;

public sealed partial class CaseStore
{
    /// <summary>The inserts that store a source with its document and claims, each made once per transaction and run again with
    /// new values for every row.</summary>
    /// <remarks>A thousand documents hold some 180,000 claims, mentions and cues. Made afresh for each row, an insert was parsed
    /// and planned again every time; and the SQLite provider looks every parameter up by its name at every run. On SQLite each
    /// insert is therefore a statement of the engine's own, compiled once and bound by position (<see cref="SqliteInsert"/>), and
    /// the document's JSON is bound as the UTF-8 its writer made; on PostgreSQL it is a command reused with new values. Both
    /// store the same values: text as text, whole numbers as integers, fractions as reals, absent values as NULL.</remarks>
    private sealed class SourceWriter : IDisposable
    {
        private readonly CaseStore _store;
        private readonly DbTransaction _tx;
        private readonly Dictionary<string, Insert> _inserts = new(StringComparer.Ordinal);
        private readonly ArrayBufferWriter<byte> _units = new(4096), _layers = new(4096);
        private readonly Utf8JsonWriter _unitsJson, _layersJson;

        public SourceWriter(CaseStore store, DbTransaction tx)
        {
            _store = store;
            _tx = tx;
            _unitsJson = new Utf8JsonWriter(_units);
            _layersJson = new Utf8JsonWriter(_layers);
        }

        /// <summary>Writes one new or changed source with its document, layers and claims, replacing the stored one when there is
        /// one; says whether it replaced.</summary>
        public bool Write(AssessedSource source, bool isStored)
        {
            var (id, fingerprint, stamp, annotated) = source;
            var doc = annotated!.Source;
            if (isStored) Run("DELETE FROM sources WHERE id = @id", id);
            Run("INSERT INTO sources (id, path, title, publisher, published, grade, fingerprint, format, stamp) VALUES (@id, @path, @title, @publisher, @published, @grade, @fp, @format, @stamp)",
                id, doc.Path, doc.Title, doc.Publisher, doc.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), doc.Grade.ToString(),
                fingerprint, doc.Format.ToString(), stamp);
            Run("INSERT INTO documents (source_id, text, units, layers) VALUES (@id, @text, @units, @layers)",
                id, doc.Text, Json(_units, _unitsJson, w => StoredLayers.WriteUnits(w, annotated)), Json(_layers, _layersJson, w => StoredLayers.WriteLayers(w, annotated)));
            foreach (var c in annotated.Claims) InsertClaim(c);
            return isStored;
        }

        /// <summary>One JSON value written into a buffer kept for the next document; the bytes are those <see cref="JsonValues.Write"/> gives.</summary>
        private static ReadOnlyMemory<byte> Json(ArrayBufferWriter<byte> buffer, Utf8JsonWriter json, Action<Utf8JsonWriter> write)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            write(json);
            json.Flush();
            return buffer.WrittenMemory;
        }

        private void InsertClaim(Claim c)
        {
            var id = c.Id;
            Run("""
                INSERT INTO claims (id, source_id, idx, start_at, end_at, text, kind, speakers, hedged, boosted, band, prediction, likelihood, unverified, status, origin)
                VALUES (@id, @src, @idx, @s, @e, @text, @kind, @speakers, @h, @b, @band, @p, @lk, @u, @status, @origin)
                """,
                id, c.DocumentId, c.Index, c.Start, c.End, c.Text, c.Kind.ToString(), StoredLayers.Words(c.Speakers), Bit(c.Hedged), Bit(c.Boosted),
                c.Band?.Name, Bit(c.Prediction), c.Likelihood?.Value, Bit(c.Unverified), c.Status.ToString(), c.Origin);
            for (var i = 0; i < c.Mentions.Count; i++)
            {
                var m = c.Mentions[i];
                Run("INSERT INTO mentions (claim_id, seq, start_at, end_at, text, canonical, kind) VALUES (@id, @n, @s, @e, @t, @c, @k)",
                    id, i, m.Start, m.End, m.Text, m.Canonical, m.Kind.ToString());
            }
            for (var i = 0; i < c.Cues.Count; i++)
            {
                var q = c.Cues[i];
                Run("INSERT INTO cues (claim_id, seq, flag, family, start_at, end_at, text) VALUES (@id, @n, @f, @fam, @s, @e, @t)",
                    id, i, q.Flag.ToString(), q.Family, q.Start, q.End, q.Text);
            }
        }

        /// <summary>Runs one of the inserts with the values of its parameters, in the order the text first names them.</summary>
        private void Run(string sql, params object?[] values)
        {
            if (!_inserts.TryGetValue(sql, out var insert))
            {
                var names = ParameterNames(sql);
                insert = _store._connection is SqliteConnection sqlite ? new SqliteInsert(sqlite, sql, names) : new CommandInsert(_store.Command(sql, _tx, names.Select(n => (n, (object?)null)).ToArray()));
                _inserts[sql] = insert;
            }
            if (insert.Parameters != values.Length)
                throw new InvalidOperationException($"{values.Length} values for the {insert.Parameters} parameters of: {sql}");
            insert.Run(values);
        }

        /// <summary>The distinct @names of a command's text, in the order they first appear (the order SQLite numbers them in).</summary>
        private static List<string> ParameterNames(string sql)
        {
            var names = new List<string>();
            for (var i = 0; i < sql.Length; i++)
            {
                if (sql[i] != '@') continue;
                var end = i + 1;
                while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_')) end++;
                var name = sql[i..end];
                if (!names.Contains(name)) names.Add(name);
                i = end - 1;
            }
            return names;
        }

        public void Dispose()
        {
            foreach (var insert in _inserts.Values) insert.Dispose();
            _unitsJson.Dispose();
            _layersJson.Dispose();
        }
    }

    /// <summary>One insert, run with the values of its parameters in order.</summary>
    private abstract class Insert(int parameters) : IDisposable
    {
        public int Parameters { get; } = parameters;
        public abstract void Run(object?[] values);
        public abstract void Dispose();
    }

    /// <summary>An insert through the provider's command: the PostgreSQL store's.</summary>
    private sealed class CommandInsert(DbCommand command) : Insert(command.Parameters.Count)
    {
        public override void Run(object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                command.Parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    ReadOnlyMemory<byte> utf8 => Encoding.UTF8.GetString(utf8.Span),
                    var v => v,
                };
            command.ExecuteNonQuery();
        }

        public override void Dispose() => command.Dispose();
    }

    /// <summary>An insert as a statement of SQLite's own on the store's connection (inside the transaction the provider began),
    /// its parameters bound by position. A failure is the provider's exception, so a busy store is retried as before.</summary>
    private sealed class SqliteInsert : Insert
    {
        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _statement;

        public SqliteInsert(SqliteConnection connection, string sql, IReadOnlyList<string> names) : base(names.Count)
        {
            _connection = connection;
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
            // SQLite numbers named parameters in the order they first appear; a text it numbered otherwise would bind the wrong values.
            for (var i = 0; i < names.Count; i++)
                if (raw.sqlite3_bind_parameter_name(_statement, i + 1).utf8_to_string() != names[i])
                    throw new InvalidOperationException($"SQLite numbers the parameters of this insert otherwise than their order: {sql}");
        }

        public override void Run(object?[] values)
        {
            try
            {
                for (var i = 0; i < values.Length; i++)
                {
                    var at = i + 1;
                    Check(values[i] switch
                    {
                        null => raw.sqlite3_bind_null(_statement, at),
                        string s => raw.sqlite3_bind_text(_statement, at, s),
                        int n => raw.sqlite3_bind_int64(_statement, at, n),
                        long n => raw.sqlite3_bind_int64(_statement, at, n),
                        double d => raw.sqlite3_bind_double(_statement, at, d),
                        ReadOnlyMemory<byte> utf8 => raw.sqlite3_bind_text(_statement, at, utf8.Span),
                        var v => throw new InvalidOperationException($"no SQLite binding for a {v.GetType().Name}"),
                    });
                }
                var done = raw.sqlite3_step(_statement);
                if (done != raw.SQLITE_DONE) Check(done);
            }
            finally
            {
                raw.sqlite3_reset(_statement);
            }
        }

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }

        public override void Dispose() => _statement.Dispose();
    }
}
