using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tessera.Evaluation;

/// <summary>A sentence record of a gold or system file: span and labels, as in eval/GUIDELINES.md.</summary>
public sealed record LabelledUnit(
    string Id, int Start, int End, string Text, bool Claim, IReadOnlyList<string> Speakers, bool SpeakerGiven,
    IReadOnlyDictionary<string, bool> Flags, string? Band, IReadOnlyList<string> Actors, bool ActorsGiven);

/// <summary>Precision, recall and F1 of one field, with the counts behind them.</summary>
public sealed record FieldScore(string Field, double Precision, double Recall, double F1, int TruePositives, int FalsePositives, int FalseNegatives);

/// <summary>One disagreement between system and gold, for `tessera eval --errors`.</summary>
public sealed record Disagreement(string UnitId, string Field, string What);

/// <summary>The figures score.py reports: per-field scores, speaker and band accuracy, their mean, and unmatched gold claims.</summary>
public sealed record EvalReport(IReadOnlyList<FieldScore> Fields, double? SpeakerAccuracy, double? ProbabilityAccuracy, double Macro,
    int UnmatchedGoldClaims, IReadOnlyList<Disagreement> Errors)
{
    public FieldScore? this[string field] => Fields.FirstOrDefault(f => f.Field == field);
}

/// <summary>Scores extracted units against gold ones exactly as eval/score.py does, so users who annotate their own texts get the same figures.</summary>
public static class GoldScorer
{
    public static readonly string[] FlagFields = ["hedged", "boosted", "prediction", "unverified"];

    public static Result<List<LabelledUnit>> Load(string path)
    {
        if (!File.Exists(path)) return Messages.MissingPath(path);
        var units = new List<LabelledUnit>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                units.Add(Parse(doc.RootElement, lineNo));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
            {
                return Messages.BadGold(path, lineNo, e.Message.Split('\n')[0]);
            }
        }
        return units;
    }

    public static LabelledUnit Parse(JsonElement e, int line)
    {
        var flags = new Dictionary<string, bool>();
        foreach (var f in FlagFields)
            if (e.TryGetProperty(f, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False) flags[f] = v.GetBoolean();
        var speakerGiven = e.TryGetProperty("speaker", out var sp);
        var speakers = !speakerGiven || sp.ValueKind == JsonValueKind.Null ? []
            : sp.ValueKind == JsonValueKind.Array ? sp.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : sp.ValueKind == JsonValueKind.String ? [sp.GetString()!] : new List<string>();
        string? band = null;
        if (e.TryGetProperty("probability", out var p))
            band = p.ValueKind == JsonValueKind.String ? p.GetString()
                : p.ValueKind == JsonValueKind.Object && p.TryGetProperty("band", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        var actorsGiven = e.TryGetProperty("actors", out var ac) && ac.ValueKind == JsonValueKind.Array;
        var actors = actorsGiven ? ac.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList() : [];
        return new LabelledUnit(
            e.TryGetProperty("id", out var id) ? id.ToString() : $"line {line}",
            e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(),
            e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "",
            e.TryGetProperty("claim", out var c) && c.ValueKind == JsonValueKind.True,
            speakers, speakerGiven, flags, band, actors, actorsGiven);
    }

    /// <summary>The extractor's claims in the form the scorer reads, through the same JSONL writer `tessera read` uses, so the
    /// figures score what a user of the contract gets.</summary>
    public static List<LabelledUnit> SystemUnits(IEnumerable<Tessera.Claims.Claim> claims)
    {
        var jsonl = new StringWriter();
        Tessera.Output.ClaimJsonl.Write(jsonl, claims);
        var units = new List<LabelledUnit>();
        foreach (var line in jsonl.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            units.Add(Parse(doc.RootElement, units.Count + 1));
        }
        return units;
    }

    /// <summary>Folds a name for comparison as score.py does: NFKC, case-folded, apostrophes unified, possessive dropped, spaces collapsed.</summary>
    public static string Fold(string name)
    {
        var s = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();
        foreach (var ch in "’'`") s = s.Replace(ch, '\'');
        if (s.EndsWith("'s", StringComparison.Ordinal)) s = s[..^2];
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Reads an alias table (canonical name, then aliases, tab-separated) into folded name -> canonical.</summary>
    public static Dictionary<string, string> LoadAliases(string? path)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        if (path is null) return table;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\n', '\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var names = line.Split('\t');
            foreach (var n in names)
                if (n.Trim().Length > 0) table[Fold(n)] = names[0];
        }
        return table;
    }

    private static string Canon(string name, Dictionary<string, string> aliases) => aliases.TryGetValue(Fold(name), out var c) ? c : Fold(name);

    private static bool SpeakerMatch(IReadOnlyList<string> gold, IReadOnlyList<string> system, Dictionary<string, string> aliases)
    {
        foreach (var g in gold)
            foreach (var s in system)
            {
                var cg = Canon(g, aliases);
                var cs = Canon(s, aliases);
                if (cg == cs) return true;
                var wg = cg.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
                var ws = cs.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
                var (small, large) = wg.Count <= ws.Count ? (wg, ws) : (ws, wg);
                if (small.Count > 0 && small.IsSubsetOf(large)) return true;
            }
        return false;
    }

    private sealed record Merged(Dictionary<string, bool> Flags, IReadOnlyList<string>? Speakers, string? Band, HashSet<string> Actors, bool Matched);

    /// <summary>System records that cover at least half of a gold unit, or half of whose own span lies inside it, speak for it.</summary>
    private static Merged Merge(IReadOnlyList<LabelledUnit> system, int start, int end)
    {
        var span = Math.Max(1, end - start);
        var flags = FlagFields.ToDictionary(f => f, _ => false);
        IReadOnlyList<string>? speakers = null;
        string? band = null;
        var actors = new HashSet<string>();
        var matched = false;
        foreach (var r in system)
        {
            var overlap = Math.Min(r.End, end) - Math.Max(r.Start, start);
            if (overlap <= 0 || (overlap * 2 < span && overlap * 2 < Math.Max(1, r.End - r.Start))) continue;
            matched = true;
            foreach (var f in FlagFields) flags[f] = flags[f] || r.Flags.GetValueOrDefault(f);
            if (speakers is null && r.Speakers.Count > 0) speakers = r.Speakers;
            band ??= r.Band is null ? null : Fold(r.Band);
            actors.UnionWith(r.Actors);
        }
        return new Merged(flags, speakers, band, actors, matched);
    }

    private static (double P, double R, double F) F1(int tp, int fp, int fn)
    {
        var p = tp + fp > 0 ? (double)tp / (tp + fp) : 1.0;
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 1.0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    }

    private static double Round(double v) => Math.Round(v, 3, MidpointRounding.ToEven);

    /// <summary>Scores one or more documents, pooling their counts.</summary>
    public static EvalReport Score(IEnumerable<(IReadOnlyList<LabelledUnit> Gold, IReadOnlyList<LabelledUnit> System)> pairs, Dictionary<string, string> aliases)
    {
        var counts = FlagFields.Append("attributed").ToDictionary(f => f, _ => new int[3]);
        var seen = new HashSet<string>();
        var actors = new int[3];
        int bandTotal = 0, bandRight = 0, speakerTotal = 0, speakerRight = 0, unmatched = 0;
        var errors = new List<Disagreement>();
        foreach (var (gold, system) in pairs)
            foreach (var g in gold)
            {
                if (!g.Claim) continue;
                var m = Merge(system, g.Start, g.End);
                if (!m.Matched) unmatched++;
                var fields = FlagFields.Where(g.Flags.ContainsKey).Select(f => (f, g.Flags[f], m.Flags[f])).ToList();
                if (g.SpeakerGiven) fields.Add(("attributed", g.Speakers.Count > 0, m.Speakers is not null));
                foreach (var (f, expected, found) in fields)
                {
                    seen.Add(f);
                    var c = counts[f];
                    if (expected && found) c[0]++;
                    else if (found) { c[1]++; errors.Add(new(g.Id, f, "false positive")); }
                    else if (expected) { c[2]++; errors.Add(new(g.Id, f, "missed")); }
                }
                if (g.Speakers.Count > 0 && m.Speakers is not null)
                {
                    speakerTotal++;
                    if (SpeakerMatch(g.Speakers, m.Speakers, aliases)) speakerRight++;
                    else errors.Add(new(g.Id, "speaker", $"'{string.Join("; ", m.Speakers)}' for '{string.Join("; ", g.Speakers)}'"));
                }
                if (g.Band is not null)
                {
                    bandTotal++;
                    if (m.Band == Fold(g.Band)) bandRight++;
                    else errors.Add(new(g.Id, "probability", $"'{m.Band ?? "none"}' for '{g.Band}'"));
                }
                if (!g.ActorsGiven) continue;
                seen.Add("actors");
                var want = g.Actors.Select(a => Canon(a, aliases)).ToHashSet();
                var got = m.Actors.Select(a => Canon(a, aliases)).ToHashSet();
                actors[0] += want.Intersect(got).Count();
                actors[1] += got.Except(want).Count();
                actors[2] += want.Except(got).Count();
                errors.AddRange(got.Except(want).Order(StringComparer.Ordinal).Select(a => new Disagreement(g.Id, "actors", $"extra '{a}'")));
                errors.AddRange(want.Except(got).Order(StringComparer.Ordinal).Select(a => new Disagreement(g.Id, "actors", $"missed '{a}'")));
            }
        var scores = new List<FieldScore>();
        foreach (var (f, c) in counts)
        {
            if (!seen.Contains(f)) continue;
            var (p, r, f1) = F1(c[0], c[1], c[2]);
            scores.Add(new FieldScore(f, Round(p), Round(r), Round(f1), c[0], c[1], c[2]));
        }
        if (seen.Contains("actors"))
        {
            var (p, r, f1) = F1(actors[0], actors[1], actors[2]);
            scores.Add(new FieldScore("actors", Round(p), Round(r), Round(f1), actors[0], actors[1], actors[2]));
        }
        double? speakerAcc = speakerTotal > 0 ? Round((double)speakerRight / speakerTotal) : null;
        double? bandAcc = bandTotal > 0 ? Round((double)bandRight / bandTotal) : null;
        var macroParts = scores.Select(s => s.F1).Concat(new[] { speakerAcc, bandAcc }.Where(v => v is not null).Select(v => v!.Value)).ToList();
        var macro = macroParts.Count > 0 ? Round(macroParts.Average()) : 0;
        return new EvalReport(scores, speakerAcc, bandAcc, macro, unmatched, errors);
    }

    /// <summary>The report as score.py prints it.</summary>
    public static string Format(EvalReport report, bool withErrors)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        if (withErrors)
        {
            foreach (var e in report.Errors) sb.Append(e.UnitId).Append('\t').Append(e.Field).Append('\t').Append(e.What).Append('\n');
            sb.Append('\n');
        }
        sb.Append(inv, $"{"field",-22}{"P",7}{"R",7}{"F1",7}\n");
        foreach (var f in report.Fields)
            sb.Append(inv, $"{f.Field,-22}{f.Precision,7:0.000}{f.Recall,7:0.000}{f.F1,7:0.000}\n");
        sb.Append(inv, $"{"speaker accuracy",-22}{(report.SpeakerAccuracy is { } s ? s.ToString("0.0##", inv) : "None")}\n");
        sb.Append(inv, $"{"probability accuracy",-22}{(report.ProbabilityAccuracy is { } b ? b.ToString("0.0##", inv) : "None")}\n");
        sb.Append(inv, $"{"unmatched gold claims",-22}{report.UnmatchedGoldClaims}\n");
        sb.Append(inv, $"macro {report.Macro:0.000}\n");
        return sb.ToString();
    }
}
