using System.Collections;

namespace Tessera.Language;

/// <summary>A document's units with their tokens kept as spans only (start, length, kind): each <see cref="TokenizedUnit"/>, with
/// its words, lower-case forms and word keys, is made when it is asked for and not kept.</summary>
/// <remarks>What a case holds for every document while it is analysed. The words of every token of a case, kept twice (over the
/// document and over each unit), were most of the memory of a large case's analysis, which reads each claim's tokens once or
/// twice (its features, its report, a prediction's deadline) and then never again. Making a unit's words again costs what
/// reading them back from the store cost, and only for the claims that are read; nothing is tokenised again.</remarks>
public sealed class CompactUnits : IReadOnlyList<TokenizedUnit>
{
    // Null once the document's text is let go (WithoutText): each unit keeps its own text, which the local view reads.
    private readonly string? _text;
    private readonly Unit[] _units;
    // Every unit's tokens in one array, unit i's from _first[i] to _first[i + 1]: a list per unit cost its own object, its array's
    // header and the room a list grows into, a third of what the tokens themselves take.
    private readonly Token[] _tokens;
    private readonly int[] _first;
    private readonly bool[] _openAtStart;

    private CompactUnits(string? text, Unit[] units, Token[] tokens, int[] first, bool[] openAtStart)
    {
        _text = text;
        _units = units;
        _tokens = tokens;
        _first = first;
        _openAtStart = openAtStart;
        Local = new LocalView(this);
    }

    private CompactUnits(string text, Unit[] units, IReadOnlyList<List<Token>> tokens, bool[] openAtStart)
    {
        _text = text;
        _units = units;
        _first = new int[units.Length + 1];
        for (var i = 0; i < units.Length; i++) _first[i + 1] = _first[i] + tokens[i].Count;
        _tokens = new Token[_first[units.Length]];
        for (var i = 0; i < units.Length; i++) tokens[i].CopyTo(_tokens, _first[i]);
        _openAtStart = openAtStart;
        Local = new LocalView(this);
    }

    /// <summary>Units whose tokens the store kept (one list per unit, in unit order), quotations carried as
    /// <see cref="TokenizedUnit.Of(string, IReadOnlyList{Unit}, IReadOnlyList{List{Token}})"/> carries them.</summary>
    public static CompactUnits Of(string text, IReadOnlyList<Unit> units, IReadOnlyList<List<Token>> tokens) =>
        new(text, [.. units], [.. units.Select(u => tokens[u.Index])], TokenizedUnit.OpenAtStart(text, units, tokens));

    /// <summary>The same units as the pipeline cut them, without their words.</summary>
    public static CompactUnits Of(string text, IReadOnlyList<TokenizedUnit> units) =>
        units as CompactUnits ?? new(text, [.. units.Select(u => u.Unit)], [.. units.Select(u => u.Tokens)], [.. units.Select(u => u.QuoteOpenAtStart)]);

    public int Count => _units.Length;

    /// <summary>A unit with its words over the document's text, made anew.</summary>
    /// <exception cref="InvalidOperationException">The document's text was let go (<see cref="WithoutText"/>): only the units'
    /// own tokens (<see cref="Local"/>) and spans (<see cref="TokensAt"/>) are left.</exception>
    public TokenizedUnit this[int index] => new(_text ?? throw new InvalidOperationException("these units were kept without their document's text; read it from the store"),
        _units[index], [.. Span(index)], _openAtStart[index]);

    /// <summary>The same units and tokens without the document's text, which each unit's own text repeats: what analysis holds,
    /// reading only each unit's tokens over its own text (<see cref="Local"/>).</summary>
    public CompactUnits WithoutText() => _text is null ? this : new(null, _units, _tokens, _first, _openAtStart);

    /// <summary>A unit without its words.</summary>
    public Unit UnitAt(int index) => _units[index];

    /// <summary>A unit's tokens over the document's text.</summary>
    public ReadOnlySpan<Token> TokensAt(int index) => Span(index);

    private ReadOnlySpan<Token> Span(int index) => _tokens.AsSpan(_first[index], _first[index + 1] - _first[index]);

    /// <summary>Each unit's tokens over its own text (<see cref="TokenizedUnit.Local"/>), made anew when asked for.</summary>
    public IReadOnlyList<TokenizedUnit> Local { get; }

    public IEnumerator<TokenizedUnit> GetEnumerator()
    {
        for (var i = 0; i < _units.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class LocalView(CompactUnits units) : IReadOnlyList<TokenizedUnit>
    {
        public int Count => units._units.Length;

        public TokenizedUnit this[int index] => TokenizedUnit.LocalOf(units._units[index], units.Span(index));

        public IEnumerator<TokenizedUnit> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
