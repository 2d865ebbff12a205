using System.Net;
using System.Net.Http.Headers;

namespace Tessera.Reading.Feeds;

/// <summary>How a feed is fetched: how long to wait, how much to read, how many redirects to follow.</summary>
public sealed record FetchLimits(TimeSpan Timeout, long MaxBytes, int MaxRedirects)
{
    public static FetchLimits Default { get; } = new(TimeSpan.FromSeconds(30), 16 * 1024 * 1024, 5);
}

/// <summary>What the server said of a feed last time, so the next fetch can ask "only if changed" (ETag, Last-Modified).</summary>
public sealed record FeedValidators(string? ETag, string? LastModified);

/// <summary>A fetched feed: its bytes and validators, or nothing new when the server says it has not changed (304).</summary>
public sealed record FetchedFeed(byte[]? Bytes, FeedValidators Validators)
{
    public bool NotModified => Bytes is null;
}

/// <summary>Fetches a feed over HTTP(S) within <see cref="FetchLimits"/>: a timeout for the whole exchange, a bound on the bytes
/// read (checked on the announced length and again while reading), a bounded number of redirects, and a conditional request
/// when the validators of the last fetch are known.</summary>
public static class FeedFetcher
{
    public static async Task<Result<FetchedFeed>> Fetch(Uri url, FeedValidators? previous, FetchLimits limits, CancellationToken cancel = default)
    {
        if (url.Scheme is not ("http" or "https")) return Messages.FeedUnreachable(url.ToString(), $"'{url.Scheme}' is not http or https");
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = limits.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, limits.MaxRedirects),
            ConnectTimeout = limits.Timeout,
            AutomaticDecompression = DecompressionMethods.All,
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(limits.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Tessera", "1.0"));
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
        if (previous?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (previous?.LastModified is { } lm && DateTimeOffset.TryParse(lm, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
            request.Headers.IfModifiedSince = since;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var validators = new FeedValidators(response.Headers.ETag?.ToString() ?? previous?.ETag,
                response.Content.Headers.LastModified?.ToString("R") ?? previous?.LastModified);
            if (response.StatusCode == HttpStatusCode.NotModified) return new FetchedFeed(null, validators);
            if ((int)response.StatusCode is >= 300 and < 400) return Messages.FeedUnreachable(url.ToString(), $"more than {limits.MaxRedirects} redirects");
            if (!response.IsSuccessStatusCode) return Messages.FeedUnreachable(url.ToString(), $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > limits.MaxBytes) return Messages.FeedTooLarge(url.ToString(), limits.MaxBytes);
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var bytes = await ReadBounded(stream, limits.MaxBytes, timeout.Token);
            return bytes is null ? Messages.FeedTooLarge(url.ToString(), limits.MaxBytes) : new FetchedFeed(bytes, validators);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return Messages.FeedUnreachable(url.ToString(), $"no answer within {limits.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return Messages.FeedUnreachable(url.ToString(), e.Message.Split('\n')[0]);
        }
    }

    /// <summary>The stream's bytes, or null once they pass <paramref name="max"/>: a server may send more than it announced.</summary>
    private static async Task<byte[]?> ReadBounded(Stream stream, long max, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > max) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
