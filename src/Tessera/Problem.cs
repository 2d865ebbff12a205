namespace Tessera;

/// <summary>An expected failure the user can act on: a numbered code, the file it concerns and what is wrong.</summary>
public sealed record Problem(string Code, string File, string Message)
{
    /// <summary>One line for the terminal: the file first, so a script's log names the culprit.</summary>
    public override string ToString() => string.IsNullOrEmpty(File) ? $"error {Code}: {Message}" : $"{File}: {Message} [{Code}]";
}

/// <summary>Either a value or the problem that prevented it; expected failures travel as values, not exceptions.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Problem? problem) { Value = value; Problem = problem; }
    public T? Value { get; }
    public Problem? Problem { get; }
    public bool Ok => Problem is null;
    public static Result<T> Success(T value) => new(value, null);
    public static Result<T> Failure(Problem problem) => new(default, problem);
    public static implicit operator Result<T>(Problem problem) => Failure(problem);
    public static implicit operator Result<T>(T value) => Success(value);
}

/// <summary>Thrown only to carry a <see cref="Problem"/> across a boundary that cannot return one (a stage deep in a pipeline).</summary>
public sealed class ProblemException(Problem problem) : Exception(problem.ToString())
{
    public Problem Problem { get; } = problem;
}

/// <summary>The catalogue of user-facing messages; tests assert on the code, the wording may improve.</summary>
public static class Messages
{
    public static Problem MissingPath(string path) => new("TSR001", path, "no such file or folder");
    public static Problem EmptyFile(string path) => new("TSR002", path, "the file is empty");
    public static Problem BinaryFile(string path) => new("TSR003", path, "the file is binary or not UTF-8 text");
    public static Problem TooLarge(string path, long bytes, long limit) => new("TSR004", path, $"the file is {bytes:N0} bytes, over the {limit:N0}-byte limit");
    public static Problem Unsupported(string path, string ext) => new("TSR005", path, $"unsupported file type '{ext}' (expected .txt, .md, .html, .htm or .pdf)");
    public static Problem Unreadable(string path, string why) => new("TSR006", path, $"cannot be read: {why}");
    public static Problem MalformedPdf(string path, string why) => new("TSR007", path, $"is not a readable PDF: {why}");
    public static Problem MalformedHtml(string path, string why) => new("TSR008", path, $"is not readable HTML: {why}");
    public static Problem NoText(string path) => new("TSR009", path, "holds no readable text");
    public static Problem BadYaml(string path, long line, long column, string why) => new("TSR010", path, $"line {line}, column {column}: {why}");
    public static Problem CaseField(string path, long line, string why) => new("TSR011", path, line > 0 ? $"line {line}: {why}" : why);
    public static Problem MissingSource(string path, long line, string file) => new("TSR012", path, $"line {line}: source file '{file}' does not exist");
    public static Problem NoCaseFile(string path) => new("TSR013", path, "is a folder without case.yaml");
    public static Problem BadGrade(string path, long line, string grade) => new("TSR014", path, $"line {line}: '{grade}' is not an Admiralty grade (reliability A-F then credibility 1-6, e.g. B2)");
    public static Problem BadDate(string path, long line, string date) => new("TSR015", path, $"line {line}: '{date}' is not a date (expected YYYY-MM-DD)");
    public static Problem BadLexicon(string path, int line, string why) => new("TSR016", path, $"line {line}: {why}");
    public static Problem Store(string path, string why) => new("TSR017", path, $"the case store failed: {why}");
    public static Problem BadGold(string path, int line, string why) => new("TSR018", path, $"line {line}: {why}");
    public static Problem NoSources(string path) => new("TSR019", path, "no source documents to assess");
    public static Problem CannotWrite(string path, string why) => new("TSR020", path, $"cannot be written: {why}");

    // TSR3xx: exports (tessera export).
    public static Problem WhatWithStix() => new("TSR301", "", "--what picks a table for --format csv or json; a STIX bundle always holds the whole case");
}
