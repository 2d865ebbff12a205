namespace Tessera.Bench;

/// <summary>Words as the benchmark counts them: runs of non-whitespace characters, the same rule the Node baselines use.</summary>
internal static class WordCount
{
    public static long Of(string text)
    {
        long words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord) words++;
            inWord = w;
        }
        return words;
    }
}
