namespace Tessera.Stance;

/// <summary>The flag a cue raises on a claim.</summary>
public enum Flag { Hedged, Boosted, Probability, Prediction, Unverified, Speaker, VaguelySourced, Origin }

/// <summary>The words that raised a flag, as a span [Start, End) of the document text, and the family of cue they belong to.</summary>
public sealed record Cue(Flag Flag, string Family, int Start, int End, string Text);

/// <summary>A likelihood band of ICD 203 with its range.</summary>
public sealed record LikelihoodBand(string Name, double Low, double High)
{
    /// <summary>The value a forecast made in this band's words is scored at.</summary>
    public double Midpoint => (Low + High) / 2;
}

/// <summary>A probability between 0 and 1; it cannot hold anything else.</summary>
public readonly record struct Probability
{
    public Probability(double value)
    {
        if (double.IsNaN(value) || value < 0 || value > 1) throw new ArgumentOutOfRangeException(nameof(value), value, "a probability lies between 0 and 1");
        Value = value;
    }

    public double Value { get; }
    public override string ToString() => Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
