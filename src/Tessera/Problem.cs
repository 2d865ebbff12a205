namespace Tessera;

/// <summary>What kind of failure a problem is, so a script can tell a mistake in its input from a busy store.</summary>
public enum ProblemKind { BadInput, Conflict }

/// <summary>An expected failure the user can act on: a numbered code, the file it concerns and what is wrong.</summary>
public sealed record Problem(string Code, string File, string Message)
{
    /// <summary>Bad input unless said otherwise; a conflict is worth trying again later.</summary>
    public ProblemKind Kind { get; init; } = ProblemKind.BadInput;

    /// <summary>One line for the terminal: the file first, so a script's log names the culprit.</summary>
    /// <remarks>A message may quote the file (a YAML key, a parser's complaint, a file name): a newline there would break the one
    /// line, an escape or a direction override would drive the terminal, so each such character shows as a visible token.</remarks>
    public override string ToString() => UnsafeText.Visible(string.IsNullOrEmpty(File) ? $"error {Code}: {Message}" : $"{File}: {Message} [{Code}]", oneLine: true);
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
    public static Problem EmptyFile(string path) => new("TSR002", path, "holds no bytes: an empty file, or not a regular file (a pipe, device or socket, which is never opened)");
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
    public static Problem Store(string path, string why) => new("TSR017", Redaction.Secrets(path), $"the case store failed: {Redaction.Secrets(why)}");
    public static Problem BadGold(string path, int line, string why) => new("TSR018", path, $"line {line}: {why}");
    public static Problem NoSources(string path) => new("TSR019", path, "no source documents to assess");
    public static Problem CannotWrite(string path, string why) => new("TSR020", path, $"cannot be written: {why}");

    // TSR05x: the case store.
    public static Problem ForeignStore(string store, IEnumerable<string> tables) => new("TSR050", store, $"is not a Tessera store (it holds tables {string.Join(", ", tables)}); it was left untouched: give --db a new file or an empty database");
    public static Problem StoreVersion(string store, int found, int current, int oldest) => new("TSR051", store, found > current
        ? $"was written by a newer Tessera (store schema {found}; this one reads {current}); it was left untouched"
        : $"has store schema {found}, older than this Tessera can upgrade (schema {oldest} to {current}); it was left untouched: assess into a new --db");
    public static Problem StoreBusy(string store, int attempts, string why) => new("TSR052", store, $"is busy: other writers kept it through {attempts} attempts ({why}); nothing was written, try again") { Kind = ProblemKind.Conflict };

    // TSR1xx: the analysis part of case.yaml (hypotheses, evidence, forecasts) and the analysis stage.
    public static Problem BadRating(string path, long line, string rating) => new("TSR101", path, $"line {line}: '{rating}' is not an ACH rating (expected CC, C, N, I, II or NA)");
    public static Problem UnknownHypothesis(string path, long line, string id, IEnumerable<string> known) => new("TSR102", path, $"line {line}: no hypothesis '{id}' (the hypotheses are {string.Join(", ", known)})");
    public static Problem UnresolvedClaim(string path, long line, string reference, string why) => new("TSR103", path, $"line {line}: cannot find the claim '{reference}': {why}");
    public static Problem AmbiguousQuote(string path, long line, string quote, IEnumerable<string> claimIds) => new("TSR104", path, $"line {line}: the quote '{quote}' matches more than one claim ({string.Join(", ", claimIds)}); quote more words or give 'claim' with an id");
    public static Problem AnalysisField(string path, long line, string why) => new("TSR105", path, $"line {line}: {why}");
    public static Problem BadLevel(string path, long line, string field, string value) => new("TSR106", path, $"line {line}: {field} '{value}' must be low, medium or high");
    public static Problem BadProbability(string path, long line, string value) => new("TSR107", path, $"line {line}: '{value}' is not a probability (a number from 0 to 1)");
    public static Problem BadPriors(string path, long line, string why) => new("TSR108", path, $"line {line}: {why}");
    public static Problem NotAPrediction(string path, long line, string claimId) => new("TSR109", path, $"line {line}: claim {claimId} is neither a prediction nor an estimate, so its words give it no probability; add 'probability'");
    public static Problem MovedReference(string path, long line, string id, string? nowReads, string? movedTo) => new("TSR111", path,
        $"line {line}: claim {id} " + (nowReads is null ? "no longer exists" : $"now reads '{Clip(nowReads)}'") + "; the words it cited when first assessed " +
        (movedTo is null ? "are no longer in its source" : $"are now {movedTo}") + "; cite " + (movedTo is null ? "the claim you mean" : movedTo) + " or quote its words");
    public static Problem NoHypotheses(string path) => new("TSR110", path, "has no 'hypotheses' to analyse; add hypotheses and rated 'evidence'");

    // TSR2xx: time, events, network, timeline and consequences.
    public static Problem NoDocumentDate(string path) => new("TSR201", path, "has no date (none in case.yaml, the metadata, a dateline or the front matter); its relative times stay unresolved");
    public static Problem BadCameoRow(string path, int line, string why) => new("TSR202", path, $"line {line}: {why}");
    public static Problem BadGivenDate(string text) => new("TSR203", "", $"'{text}' is not a date (expected YYYY-MM-DD)");

    // TSR3xx: exports (tessera export).
    public static Problem WhatWithStix() => new("TSR301", "", "--what picks a table for --format csv or json; a STIX bundle always holds the whole case");

    // TSR5xx: growing a case (init, add, feeds, watch, import of event data).
    public static Problem CaseExists(string path) => new("TSR501", path, "already holds a case.yaml; `tessera init` leaves an existing case alone");
    public static Problem MissingDetails(string path, IReadOnlyList<string> fields) => new("TSR502", path,
        $"the document gives no {string.Join(" and no ", fields)} of its own; give {string.Join(" and ", fields.Select(f => "--" + f))} (Tessera does not guess them)");
    public static Problem SourceFileTaken(string path) => new("TSR503", path, "already exists in sources/ with other content; rename the file you add, or remove the one in the case");
    public static Problem BadFeed(string where, string why) => new("TSR504", Redaction.Secrets(where), $"is not a readable RSS or Atom feed: {why}");
    public static Problem FeedUnreachable(string url, string why) => new("TSR505", Redaction.Secrets(url), $"the feed could not be fetched: {why}");
    public static Problem FeedTooLarge(string url, long limit) => new("TSR506", Redaction.Secrets(url), $"the feed runs past {limit:N0} bytes, the bound on a feed");
    public static Problem FilesOrFeed() => new("TSR507", "", "give files to add, or --feed URL|FILE, not both and not neither");
    public static Problem UnlistedSource(string path) => new("TSR508", path, "is in sources/ but case.yaml does not list it, so it is not assessed; `tessera add` lists it");
    public static Problem BadEventRow(string path, long line, string why) => new("TSR510", path, $"line {line}: {why}; the row was skipped");
    public static Problem EventColumns(string path, string format, IEnumerable<string> missing) => new("TSR511", path, $"is not {format} event data: its header lacks {string.Join(", ", missing)}");
    public static Problem NoEventRows(string path, string format) => new("TSR512", path, $"holds no {format} event records");

    // TSR735-754: an analyst's corrections of extractions.
    public static Problem LostCorrection(string source, string field, string author, string quote) => new("TSR735", source,
        $"the words of a correction ({field}, by {author}) are gone: no claim of this source reads \"{quote}\" any more; the correction is kept in the store and listed as lost");
    public static Problem UnknownCorrectionField(string field, IEnumerable<string> known) => new("TSR736", "field",
        $"'{field}' is not a field a correction can change (expected one of {string.Join(", ", known)})");
    public static Problem BadCorrectionValue(string field, string value, string expected) => new("TSR737", field,
        $"'{value}' is not a value for {field} (expected {expected})");
    // TSR780-799: forecasts and their resolution.
    public static Problem BadSourceUrl(string path, long line, string url) => new("TSR780", path, $"line {line}: url '{url}' is not a web address (expected an absolute http:// or https:// address)");

    // TSR6xx: how a command runs.
    public static Problem BadJobs(string jobs) => new("TSR601", "--jobs", $"'{jobs}' is not a number of parallel jobs (expected a whole number, 1 or more)");
    // TSR602-614: assess workers sharing the reading of a case through PostgreSQL.
    public static Problem WorkerNeedsPostgres(string db) => new("TSR602", "--worker", $"shares the reading of a case through a PostgreSQL store, and '{Redaction.Secrets(db)}' is not one (give --db a PostgreSQL connection string, or drop --worker)");
    public static Problem QueueFailed(string store, string source, string why) => new("TSR603", Redaction.Secrets(store), $"source '{source}' could not be read by the worker that claimed it ({why}); the other sources read are stored, fix it and run the workers again");
    public static Problem LeaseLost(string store, string source, TimeSpan lease, string why) => new("TSR604", Redaction.Secrets(store),
        $"this worker lost its claim on source '{source}' ({why}); it was not stored and went back to the queue for another worker. If reading one source takes longer than the {lease.TotalSeconds:0} s lease, give a longer --worker-lease") { Kind = ProblemKind.Conflict };
    public static Problem BadLease(int seconds) => new("TSR605", "--worker-lease", $"'{seconds}' is not a lease in seconds (expected 1 to 86400)");
    // TSR615-616: the brief as a file the store knows by its hash.
    public static Problem BriefMissing(string path) => new("TSR615", path, "is missing; the stored analysis is written to it again from the stored case (analysed again, no source read again)");
    public static Problem BriefChanged(string path) => new("TSR616", path, "was changed since Tessera wrote it (it is not the brief the stored analysis made); it is written again from the stored case, and the changed copy is replaced");
    // TSR617-622: an assessment's reading, stored a batch at a time.
    public static Problem BadReadingBatch(string variable, string value) => new("TSR617", variable, $"'{value}' is not a number of sources for one commit of the reading (expected a whole number, 1 or more)");

    // TSR7xx: the workbench (tessera serve) and the views it shares with the command line (tessera show).
    public static Problem NoSuchClaim(string id, string? example) => new("TSR700", "", $"the case holds no claim '{id}'; a claim is named by its source and unit number" +
        (example is null ? "" : $", such as {example}"));
    public static Problem BadListenAddress(string given) => new("TSR701", "--listen", $"'{given}' is not an address to listen on (expected host:port, such as 127.0.0.1:5000 or [::1]:5000)");
    public static Problem NotLoopback(string given) => new("TSR702", "--listen", $"'{given}' is not a loopback address; the workbench listens beyond this machine only with sign-in, which is off: give --users FILE to listen here");
    public static Problem UploadType(string name) => new("TSR703", name, "is not a source the workbench takes (expected .txt, .md, .html, .htm or .pdf)");
    public static Problem UploadSize(string name, long limit) => new("TSR704", name, $"is empty or larger than {limit:N0} bytes, the bound on an upload");
    public static Problem NoSuchActor(string name) => new("TSR705", "", $"the case names no actor '{name}'; /actors lists every actor it names");

    // TSR755-779: sign-in, users and teams (tessera serve --users, tessera users).
    public static Problem BadUserLine(string path, int line, string why) => new("TSR755", path, $"line {line}: {why}");
    public static Problem NoUsers(string path) => new("TSR756", path, "lists no users, so nobody could sign in (add one with `tessera users add FILE NAME`)");
    public static Problem BadUserName(string name) => new("TSR757", "NAME", $"'{name}' is not a user name (letters, digits, '.', '-', '_' and '@', at most 64)");
    public static Problem BadPassword(string why) => new("TSR758", "stdin", $"the password {why}");
    public static Problem BadEditField(string field, string why) => new("TSR759", field, why);
    public static Problem EntryNotEditable(string path, long line, string why) => new("TSR760", path, $"line {line}: {why}");
    public static Problem StaleEdit(string what) => new("TSR762", what, "was changed by someone else after the form was opened; nothing was saved") { Kind = ProblemKind.Conflict };
    public static Problem CaseBusy(string path) => new("TSR761", path, "another edit of the case held it too long; nothing was changed, try again") { Kind = ProblemKind.Conflict };
    // TSR720-734: ACH and forecast resolution by hand (the workbench's /ach and /forecasts); each names the form field at fault.
    public static Problem BadRatingField(string given) => new("TSR720", "rating", $"'{given}' is not an ACH rating (expected CC, C, N, I, II or NA)");
    public static Problem UnknownHypothesisField(string given, IEnumerable<string> known) => new("TSR721", "hypothesis",
        $"'{given}' is not a hypothesis of this case (it has {(known.Any() ? string.Join(", ", known) : "none yet")})");
    public static Problem UnknownEvidenceField(string given) => new("TSR722", "evidence", $"'{given}' is not an evidence item of this case");
    public static Problem BadHypothesisId(string given) => new("TSR723", "id",
        $"'{given}' is not a hypothesis id (expected a letter, then letters, digits, '-' or '_', at most 32 of them, such as H5)");
    public static Problem EmptyField(string field, string why) => new("TSR724", field, $"is empty; {why}");
    public static Problem BadOutcomeField(string given) => new("TSR725", "outcome", $"'{given}' is not an outcome (expected true, it happened, or false, it did not)");
    public static Problem BadResolvedDate(string given) => new("TSR726", "date", $"'{given}' is not a date (expected YYYY-MM-DD)");
    public static Problem NoSuchForecast(string given) => new("TSR727", "forecast", $"'{given}' is not a forecast or commitment of this case");
    public static Problem EditBreaksCase(Problem inner) => new("TSR728", inner.File, $"the edit was not saved, as case.yaml would not read after it: {inner.Message} [{inner.Code}]");
    public static Problem CannotExtendList(string path, long line, string key, string why) => new("TSR729", path, $"line {line}: '{key}' cannot be added to by the workbench: {why}");
    public static Problem FieldTooLong(string field, int limit) => new("TSR730", field, $"is longer than {limit:N0} characters, the bound on a field of case.yaml written from a form");
    public static Problem EvidenceAlreadyCited(string claim, string evidence) => new("TSR731", "claim", $"{claim} is already evidence item {evidence}");

    // TSR021-029: language resources.
    public static Problem UnknownValue(string path, int line, string what, string value, string expected) => new("TSR021", path, $"line {line}: unknown {what} '{value}' (expected {expected})");
    public static Problem ColumnCount(string path, int line, int found, int min, int max) => new("TSR022", path, $"line {line}: {found} tab-separated column{(found == 1 ? "" : "s")}, expected {(min == max ? $"{min}" : $"{min} to {max}")}");
    public static Problem EmptyCell(string path, int line, int column, string what) => new("TSR023", path, $"line {line}: column {column} ({what}) is empty");
    public static Problem NotAResource(string path, IEnumerable<string> names) => new("TSR024", path, $"is not a language resource Tessera reads, so it would be ignored; a lexicon folder holds files named like the bundled ones ({string.Join(", ", names)})");
    public static Problem MissingEntry(string path, string what) => new("TSR025", path, $"{what} is missing (a '!replace' file must list it too)");
    // TSR630-644: reading news (page furniture, retraction cues).
    public static Problem FurnitureWord(string path, int line, string word) => new("TSR630", path, $"line {line}: '{word}' is not one lower-case word; a class name is split at spaces, hyphens and underscores before its words are matched, so it could never match");
    // TSR647-649: actors on real news.
    public static Problem ShortNameNotInName(string path, int line, string shortName, string canonical) => new("TSR647", path, $"line {line}: short name '{shortName}' is not one capitalised word of '{canonical}'; a short name names the organisation alone once the text has named it in full, so it must be a word of that name");
    // TSR4xx: untrusted input (paths, bounds, encodings).
    public static Problem SourceOutsideCase(string path, long line, string file, string target) => new("TSR401", path, $"{(line > 0 ? $"line {line}: " : "")}'{file}' resolves to {target}, outside the case folder; a case reads only files inside its folder");
    public static Problem TextTooLong(string path, long limit) => new("TSR402", path, $"its text runs past {limit:N0} characters, the bound per document");
    public static Problem HtmlTooDeep(string path, int limit) => new("TSR403", path, $"elements nest more than {limit:N0} deep, over the bound on HTML nesting");
    public static Problem ParseTooSlow(string path, TimeSpan limit) => new("TSR404", path, $"took more than {limit.TotalSeconds:N0} s to parse, over the time bound per document");
    public static Problem PdfInflatesTooMuch(string path, long limit) => new("TSR405", path, $"its compressed streams inflate past {limit:N0} bytes, over the bound on decompressed PDF data");
    public static Problem PdfTooManyPages(string path, int pages, int limit) => new("TSR406", path, $"has {pages:N0} pages, over the bound of {limit:N0} pages per PDF");
    public static Problem PdfReferenceLoop(string path, string chain) => new("TSR407", path, $"is not a readable PDF: its objects refer to each other in a loop ({chain})");
    public static Problem YamlTooDeep(string path, long line, int limit) => new("TSR408", path, $"line {line}: lists and mappings nest more than {limit} deep, over the bound on YAML nesting");
    public static Problem YamlExtraDocument(string path, long line) => new("TSR409", path, $"line {line}: a second YAML document (after '---'); case.yaml holds one");
    public static Problem HtmlTooManyElements(string path, int limit) => new("TSR410", path, $"builds more than {limit:N0} elements, over the bound on HTML elements per page");

    /// <summary>A claim's text short enough for a one-line message.</summary>
    private static string Clip(string text) => text.Length <= 70 ? text : text[..67] + "...";
}
