namespace Tessera.Analysis.Ach;

/// <summary>How one item of evidence bears on one hypothesis, in Heuer's ACH terms.</summary>
public enum Rating
{
    /// <summary>Very consistent.</summary>
    CC,
    /// <summary>Consistent.</summary>
    C,
    /// <summary>Neutral: neither for nor against.</summary>
    N,
    /// <summary>Inconsistent.</summary>
    I,
    /// <summary>Very inconsistent.</summary>
    II,
    /// <summary>Not applicable: the item does not bear on the hypothesis.</summary>
    NA,
}

/// <summary>A three-step level, for the credibility and the relevance of an evidence item.</summary>
public enum Level { Low, Medium, High }

/// <summary>Parsing and turning ratings and levels, the small vocabulary case.yaml is written in.</summary>
public static class Ratings
{
    /// <summary>Reads CC, C, N, I, II or NA, in any case; anything else is not a rating.</summary>
    public static bool TryParse(string? text, out Rating rating)
    {
        rating = Rating.NA;
        var t = text?.Trim().ToUpperInvariant();
        switch (t)
        {
            case "CC": rating = Rating.CC; return true;
            case "C": rating = Rating.C; return true;
            case "N": rating = Rating.N; return true;
            case "I": rating = Rating.I; return true;
            case "II": rating = Rating.II; return true;
            case "NA" or "N/A": rating = Rating.NA; return true;
            default: return false;
        }
    }

    /// <summary>Reads low, medium or high, in any case.</summary>
    public static bool TryParseLevel(string? text, out Level level)
    {
        level = Level.Medium;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "low": level = Level.Low; return true;
            case "medium": level = Level.Medium; return true;
            case "high": level = Level.High; return true;
            default: return false;
        }
    }

    /// <summary>The rating an item would get if it pointed the other way: what sensitivity analysis tries (Heuer ch. 8, step 6).</summary>
    public static Rating Reverse(Rating r) => r switch
    {
        Rating.CC => Rating.II,
        Rating.C => Rating.I,
        Rating.I => Rating.C,
        Rating.II => Rating.CC,
        _ => r,
    };

    /// <summary>Lower by a number of steps, never below low.</summary>
    public static Level Lower(Level level, int steps) => (Level)Math.Max(0, (int)level - Math.Max(0, steps));

    public static string Name(Level level) => level.ToString().ToLowerInvariant();
}
