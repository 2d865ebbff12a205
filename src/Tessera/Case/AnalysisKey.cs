using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tessera.Case;

/// <summary>The hash of everything an analysis of a case reads, so that a result stored under it can stand in for analysing again.</summary>
/// <remarks>Analysis is of the whole case (corroboration weighs every source against every other), so one hash covers it all and
/// any change makes it new: the stored sources' fingerprints (text and extractor version) and entries, case.yaml as written (its
/// hypotheses, ratings and forecasts, and the lines its warnings name), the language resources with any --lexicon rows, the build
/// of Tessera that analyses, the claim pins, the revision of the imported events and the analyst's corrections. Computing it reads no document.</remarks>
public static class AnalysisKey
{
    public static string Of(StoreUpdate update, CaseStore store, LanguageData data)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? "\u0000") + "\u001f"));

        // A rebuilt Tessera may analyse differently; its module id changes with its code (deterministic builds).
        Add(typeof(AnalysisKey).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(data.Hash);
        var file = update.File;
        Add(Path.GetFullPath(file.Folder));
        Add(file.Title);
        Add(File.Exists(file.YamlPath) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.YamlPath))) : null);
        foreach (var s in file.Sources) Add(string.Join('\t', s.Id, s.File, s.Url, s.Guid, s.Line.ToString(CultureInfo.InvariantCulture)));
        foreach (var s in update.Sources.OrderBy(s => s.Id, StringComparer.Ordinal))
            Add(string.Join('\t', s.Id, s.Path, s.Title, s.Publisher, s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Grade, s.Fingerprint, s.Format));
        foreach (var (reference, text) in store.Pins().OrderBy(p => p.Key, StringComparer.Ordinal)) Add(reference + "\t" + text);
        Add(store.ReadMeta("imports"));
        // An analyst's correction changes the claims the analysis reads, as an edited source would.
        foreach (var c in store.Corrections())
            Add(string.Join('\t', c.Anchor.SourceId, c.Anchor.QuoteHash, c.Field, c.Version.ToString(CultureInfo.InvariantCulture), c.After));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
