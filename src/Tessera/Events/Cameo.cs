namespace Tessera.Events;

/// <summary>GDELT's four quad classes of CAMEO events: roots 01-05, 06-09, 10-14 and 15-20.</summary>
public enum QuadClass
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

/// <summary>One CAMEO event code: its root category, name, quad class and Goldstein value.</summary>
/// <param name="Code">The code as the codebook writes it ("0234").</param>
/// <param name="Root">The two-digit root category ("02" appeal).</param>
/// <param name="Name">The codebook's short name.</param>
/// <param name="Quad">The quad class.</param>
/// <param name="Goldstein">The Goldstein (1992) value, -10 to +10, as cameo/codes.tsv gives it.</param>
/// <param name="Reciprocal">Whether the codebook calls the event typically reciprocal (coded both ways).</param>
public sealed record CameoCode(string Code, string Root, string Name, QuadClass Quad, double Goldstein, bool Reciprocal)
{
    public bool IsCooperation => Quad is QuadClass.VerbalCooperation or QuadClass.MaterialCooperation;
    public bool IsMaterial => Quad is QuadClass.MaterialCooperation or QuadClass.MaterialConflict;

    public override string ToString() => $"{Code} {Name}";
}

/// <summary>The CAMEO codes and the verb phrases that signal them, read from cameo/codes.tsv and cameo/verbs.tsv.</summary>
public sealed class CameoTable
{
    private readonly Dictionary<string, CameoCode> _codes = new(StringComparer.Ordinal);

    public CameoTable(LanguageData data)
    {
        // The file's format has checked the quad class and the Goldstein value; a code that does not start with its root is a
        // contradiction within the row.
        foreach (var row in data.Rows("cameo/codes.tsv"))
        {
            if (!row[0].StartsWith(row[1], StringComparison.Ordinal))
                throw new ProblemException(Messages.BadCameoRow(row.File, row.Line, $"code {row[0]} does not start with its root {row[1]}"));
            _codes[row[0]] = new CameoCode(row[0], row[1], row[2], (QuadClass)row.Integer(3, "quad class"), row.Number(4, "Goldstein value"), row[5] == "yes");
        }
        var forms = new VerbForms(data.Rows("cameo/irregular-verbs.tsv"));
        // The format has checked every code against codes.tsv.
        Patterns = data.Rows("cameo/verbs.tsv").Select(row => VerbPattern.Parse(row, _codes[row[0]], forms)).ToList();
        Markers = new EventMarkers(data);
    }

    public IReadOnlyCollection<CameoCode> Codes => _codes.Values;

    internal IReadOnlyList<VerbPattern> Patterns { get; }

    internal EventMarkers Markers { get; }

    public CameoCode? Code(string code) => _codes.GetValueOrDefault(code);

    /// <summary>The code an act takes when it is only promised or announced.</summary>
    /// <remarks>CAMEO's usage notes for 030: cooperative actions reported in the future tense are taken as intentions. The
    /// intent codes mirror the acts: 04 consult and 057 sign become 036 and 030, 06d cooperate becomes 031d, 07d provide
    /// becomes 033d, 08 yield becomes 035; appeals, statements and conflictual acts keep their code.</remarks>
    public CameoCode Intent(CameoCode act)
    {
        string? intent = act.Root switch
        {
            "04" => "036",
            "05" => act.Code == "057" ? "030" : "032",
            "06" => "031" + (act.Code.Length == 3 && act.Code[2] != '0' ? act.Code[2..] : ""),
            "07" => "033" + (act.Code.Length == 3 && act.Code[2] is >= '1' and <= '4' ? act.Code[2..] : ""),
            "08" => "035",
            _ => null,
        };
        return intent is not null && _codes.TryGetValue(intent, out var c) ? c : act;
    }

    /// <summary>The appeal that asks for an act: CAMEO's 023d appeals for aid mirror 07d acts and 033d promises (0234 asks for
    /// the protection 074 provides); any other act is asked for with 020.</summary>
    public CameoCode AppealFor(CameoCode act)
    {
        char? digit = act.Code.Length == 3 && act.Root == "07" ? act.Code[2]
            : act.Code.Length == 4 && act.Code.StartsWith("033", StringComparison.Ordinal) ? act.Code[3] : null;
        if (digit is >= '1' and <= '4') return _codes["023" + digit];
        return _codes[act.Root == "07" || act.Code.StartsWith("033", StringComparison.Ordinal) ? "023" : "020"];
    }
}
