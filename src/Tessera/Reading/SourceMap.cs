namespace Tessera.Reading;

/// <summary>Where the characters of a text taken out of markup sit in the file they came from: runs of characters copied in
/// order, each with the offset of its first character in the file.</summary>
/// <remarks>A span of the text maps back to the file through its ends; characters the reader made up (a paragraph break, a
/// bullet) map to the file offset of the character after them.</remarks>
public sealed class SourceMap
{
    private readonly int[] _textStarts;
    private readonly int[] _fileStarts;

    private SourceMap(int[] textStarts, int[] fileStarts)
    {
        _textStarts = textStarts;
        _fileStarts = fileStarts;
    }

    /// <summary>The runs as pairs of text offset and file offset, flattened, as the store keeps them.</summary>
    public int[] Runs() => _textStarts.Zip(_fileStarts, (t, f) => new[] { t, f }).SelectMany(x => x).ToArray();

    /// <summary>A map from the pairs <see cref="Runs"/> gave; null for none or a malformed list.</summary>
    public static SourceMap? FromRuns(int[]? runs)
    {
        if (runs is null || runs.Length % 2 != 0) return null;
        var t = new int[runs.Length / 2];
        var f = new int[runs.Length / 2];
        for (var k = 0; k < t.Length; k++)
        {
            t[k] = runs[2 * k];
            f[k] = runs[2 * k + 1];
            if (k > 0 && t[k] < t[k - 1]) return null;
        }
        return new SourceMap(t, f);
    }

    /// <summary>The file offset of a text offset; past the last run, the end of that run.</summary>
    public int ToFile(int textOffset)
    {
        if (_textStarts.Length == 0) return textOffset;
        var i = Array.BinarySearch(_textStarts, textOffset);
        if (i < 0) i = Math.Max(0, ~i - 1);
        return _fileStarts[i] + Math.Max(0, textOffset - _textStarts[i]);
    }

    /// <summary>Builds a text and its map together, a character or a run at a time.</summary>
    public sealed class Builder
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<int> _textStarts = [];
        private readonly List<int> _fileStarts = [];

        public int Length => _text.Length;

        public char Last => _text[^1];

        /// <summary>A character copied from the file at <paramref name="fileOffset"/>.</summary>
        public void Copy(char c, int fileOffset)
        {
            // A character that follows its neighbour in the file too extends the current run.
            if (_textStarts.Count == 0 || _fileStarts[^1] + (_text.Length - _textStarts[^1]) != fileOffset)
            {
                _textStarts.Add(_text.Length);
                _fileStarts.Add(fileOffset);
            }
            _text.Append(c);
        }

        /// <summary>Characters of the file copied in order from <paramref name="fileOffset"/>.</summary>
        public void Copy(string text, int start, int length, int fileOffset)
        {
            for (var k = 0; k < length; k++) Copy(text[start + k], fileOffset + k);
        }

        /// <summary>A character the reader adds (a line break between blocks), placed at the file offset given.</summary>
        public void Add(char c, int fileOffset)
        {
            _textStarts.Add(_text.Length);
            _fileStarts.Add(fileOffset);
            _text.Append(c);
        }

        /// <summary>Drops characters from the end (trailing blanks).</summary>
        public void TrimEnd(Func<char, bool> drop)
        {
            while (_text.Length > 0 && drop(_text[^1])) _text.Length--;
            while (_textStarts.Count > 0 && _textStarts[^1] >= _text.Length)
            {
                _textStarts.RemoveAt(_textStarts.Count - 1);
                _fileStarts.RemoveAt(_fileStarts.Count - 1);
            }
        }

        public (string Text, SourceMap Map) Build() => (_text.ToString(), new SourceMap([.. _textStarts], [.. _fileStarts]));
    }
}
