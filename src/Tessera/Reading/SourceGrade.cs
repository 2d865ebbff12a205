namespace Tessera.Reading;

/// <summary>A NATO/Admiralty grade: reliability of the source (A-F) and credibility of the information (1-6).</summary>
public readonly record struct SourceGrade
{
    private SourceGrade(char reliability, int credibility) { Reliability = reliability; Credibility = credibility; }

    /// <summary>A completely reliable … F cannot be judged.</summary>
    public char Reliability { get; }
    /// <summary>1 confirmed … 6 cannot be judged.</summary>
    public int Credibility { get; }

    /// <summary>F6: neither the source nor the information can be judged; what a source without a grade gets.</summary>
    public static SourceGrade Unknown { get; } = new('F', 6);

    public static bool TryParse(string? text, out SourceGrade grade)
    {
        grade = Unknown;
        var t = text?.Trim() ?? "";
        if (t.Length != 2) return false;
        var r = char.ToUpperInvariant(t[0]);
        if (r < 'A' || r > 'F' || t[1] < '1' || t[1] > '6') return false;
        grade = new SourceGrade(r, t[1] - '0');
        return true;
    }

    public string ReliabilityText => Reliability switch
    {
        'A' => "completely reliable", 'B' => "usually reliable", 'C' => "fairly reliable",
        'D' => "not usually reliable", 'E' => "unreliable", _ => "reliability cannot be judged",
    };

    public string CredibilityText => Credibility switch
    {
        1 => "confirmed", 2 => "probably true", 3 => "possibly true",
        4 => "doubtful", 5 => "improbable", _ => "truth cannot be judged",
    };

    public override string ToString() => $"{Reliability}{Credibility}";
}
