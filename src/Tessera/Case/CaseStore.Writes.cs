using System.Data.Common;
using Tessera.Claims;

namespace Tessera.Case;

public sealed partial class CaseStore
{
    /// <summary>The inserts that store a source with its document and claims, each command made once per transaction and run again
    /// with new values for every row.</summary>
    /// <remarks>A thousand documents hold some 180,000 claims, mentions and cues: made afresh for each row, every insert was parsed
    /// and planned again (SQLite compiles a command's text the first time it runs and keeps it while the command lives).</remarks>
    private sealed class SourceWriter : IDisposable
    {
        private readonly CaseStore _store;
        private readonly DbTransaction _tx;
        private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

        public SourceWriter(CaseStore store, DbTransaction tx)
        {
            _store = store;
            _tx = tx;
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
                id, doc.Text, StoredLayers.Units(annotated), StoredLayers.Layers(annotated));
            foreach (var c in annotated.Claims) InsertClaim(c);
            return isStored;
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

        /// <summary>Runs one of the inserts with the values of its parameters, in the order the text names them.</summary>
        private void Run(string sql, params object?[] values)
        {
            if (!_commands.TryGetValue(sql, out var cmd))
            {
                var names = ParameterNames(sql);
                cmd = _store.Command(sql, _tx, names.Select(n => (n, (object?)null)).ToArray());
                _commands[sql] = cmd;
            }
            if (cmd.Parameters.Count != values.Length)
                throw new InvalidOperationException($"{values.Length} values for the {cmd.Parameters.Count} parameters of: {sql}");
            for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }

        /// <summary>The distinct @names of a command's text, in the order they first appear.</summary>
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
            foreach (var cmd in _commands.Values) cmd.Dispose();
        }
    }
}
