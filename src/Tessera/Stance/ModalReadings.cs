using Tessera.Language;

namespace Tessera.Stance;

/// <summary>A reading of a modal verb that is not epistemic, and the words around the modal that show it.</summary>
public sealed record ModalReading(string Modal, string[] Phrase, string Where, string Reading)
{
    /// <summary>Permission, ability, a request, politeness or a noun: the modal doubts nothing and predicts nothing.</summary>
    public bool Root => Reading is "permission" or "ability" or "request" or "polite" or "noun";
}

/// <summary>The readings of lexicon/modal-readings.tsv: "forces may now fire" grants, "villagers could hear" can, "Could you" asks,
/// "ministers will usually meet" tells of a habit, "If talks fail, the army will resume" supposes.</summary>
/// <remarks>After Palmer (Mood and Modality, 2001): epistemic modality judges the truth of a proposition; deontic (permission) and
/// dynamic (ability) modality do not, so only the first is a hedge.</remarks>
public sealed class ModalReadings
{
    public static readonly IReadOnlyList<string> Places = ["after", "before", "opens", "first", "sentence"];
    public static readonly IReadOnlyList<string> Readings = ["permission", "ability", "request", "polite", "habitual", "offer", "noun", "conditional"];

    /// <summary>For each modal the file names, the rows that can read it (its own and the "*" rows), in file order: a modal is
    /// asked about on every unit that holds one, and walking every row of the file for each was a per-word cost of its own.</summary>
    private readonly Dictionary<string, ModalReading[]> _rowsOf;

    public ModalReadings(LanguageData data)
    {
        var readings = data.Rows("lexicon/modal-readings.tsv")
            .Select(r => new ModalReading(r[0], r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), r[2], r[3])).ToList();
        // "*" stands for every modal the file names, so "Do you think…?" is no request.
        _rowsOf = readings.Select(r => r.Modal).Where(m => m != "*").Distinct(StringComparer.Ordinal)
            .ToDictionary(m => m, m => readings.Where(r => r.Modal == "*" || r.Modal == m).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A sentence that opens with a modal read as a request or politeness ("Could you tell us…?") asks, and doubts nothing.</summary>
    public bool OpensWithRequest(TokenizedUnit u) => FirstWord(u) is var k && k < u.Count && Of(u, k) is { Reading: "request" or "polite" };

    /// <summary>The first reading whose words stand where its row says around the modal at token <paramref name="modal"/>, if any.</summary>
    public ModalReading? Of(TokenizedUnit u, int modal)
    {
        if (!_rowsOf.TryGetValue(u.Lower[modal], out var rows)) return null;
        // The sentence's first word is found once for all the rows, not again for each.
        var opening = -1;
        foreach (var r in rows)
        {
            if (opening < 0 && r.Where is "opens" or "first") opening = FirstWord(u);
            // A row found in another clause would read the wrong modal; "sentence" rows are about the whole sentence by design.
            var found = r.Where switch
            {
                "after" => u.HasAt(modal + 1, r.Phrase),
                "before" => u.HasAt(modal - r.Phrase.Length, r.Phrase),
                "opens" => modal == opening && u.HasAt(modal + 1, r.Phrase),
                "first" => u.HasAt(opening, r.Phrase),
                _ => Phrase.In(u.Lower, r.Phrase),
            };
            if (found) return r;
        }
        return null;
    }

    private static int FirstWord(TokenizedUnit u)
    {
        var k = 0;
        while (k < u.Count && u.IsPunct(k)) k++;
        return k;
    }

}
