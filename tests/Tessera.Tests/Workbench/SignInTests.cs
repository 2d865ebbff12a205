using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;

namespace Tessera.Tests.Workbench;

/// <summary>One signed-in workbench per test class, on a small case of its own with a SQLite store.</summary>
public sealed class SignedInServer : IAsyncLifetime
{
    public TeamCase Case { get; } = new();
    public string Address { get; private set; } = "";
    private WebApplication? _app;

    public async ValueTask InitializeAsync() => (_app, _, Address) = await Case.Serve(Case.SqliteStore);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Case.Dispose();
    }
}

/// <summary>A workbench with --users as an attacker meets it: every page asks for sign-in, a wrong password says nothing of which
/// part was wrong, the cookies cannot be read by script or sent from another site, a post without its token changes nothing, and
/// guessing is slowed to a few tries a minute.</summary>
public partial class SignInTests(SignedInServer server) : IClassFixture<SignedInServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A client that keeps cookies and shows redirects rather than following them.</summary>
    private static (HttpClient Http, CookieContainer Cookies) Client()
    {
        var cookies = new CookieContainer();
        return (new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }), cookies);
    }

    private static async Task<string> Token(HttpClient http, string url)
    {
        var page = await http.GetStringAsync(url, Cancel);
        return TokenField().Match(page).Groups[1].Value;
    }

    private async Task<HttpResponseMessage> SignIn(HttpClient http, string name, string password, string returnUrl = "/") =>
        await http.PostAsync(server.Address + "/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await Token(http, server.Address + "/signin"),
            ["name"] = name, ["password"] = password, ["returnUrl"] = returnUrl,
        }), Cancel);

    [Theory]
    [InlineData("/")]
    [InlineData("/claims?flag=hedged")]
    [InlineData("/sources")]
    [InlineData("/claims/ministry/1")]
    public async Task A_request_without_sign_in_is_sent_to_the_sign_in_page(string path)
    {
        var (http, _) = Client();
        var response = await http.GetAsync(server.Address + path, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location.Query);
        // The sign-in page itself shows nothing of the case.
        var signin = await http.GetStringAsync(server.Address + "/signin", Cancel);
        Assert.DoesNotContain("Harbour strike", signin);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer_and_no_cookie()
    {
        var (http, cookies) = Client();
        var wrongPassword = await SignIn(http, "amira", "quayside-fog-42");
        var unknownName = await SignIn(http, "mallory", "harbour-lights-7");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownName.StatusCode);
        string Problem(string page) => ProblemLine().Match(page).Value;
        Assert.Equal(Problem(await wrongPassword.Content.ReadAsStringAsync(Cancel)), Problem(await unknownName.Content.ReadAsStringAsync(Cancel)));
        Assert.NotEmpty(Problem(await unknownName.Content.ReadAsStringAsync(Cancel)));
        Assert.DoesNotContain(cookies.GetAllCookies(), c => c.Name == "tessera-signin");
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync(server.Address + "/sources", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_same_site_cookie_and_returns_to_the_page_asked_for()
    {
        var (http, _) = Client();
        var response = await SignIn(http, "boris", "quayside-fog-42", "/claims?flag=hedged");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/claims?flag=hedged", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tessera-signin=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        // Over plain HTTP the cookie cannot be Secure (the browser would drop it); over TLS it is (CookieSecurePolicy.SameAsRequest).
        Assert.DoesNotContain("secure", cookie.Replace("samesite", ""));
        var claims = await http.GetAsync(server.Address + "/claims", Cancel);
        Assert.Equal(HttpStatusCode.OK, claims.StatusCode);
        Assert.Contains("<a href=\"/signout\" class=\"who\">boris ", await claims.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Signed in as boris", await http.GetStringAsync(server.Address + "/signout", Cancel));
    }

    [Fact]
    public async Task Behind_a_proxy_on_this_machine_that_ends_TLS_the_sign_in_cookie_is_secure()
    {
        var (http, _) = Client();
        var token = await Token(http, server.Address + "/signin");
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Address + "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["name"] = "boris", ["password"] = "quayside-fog-42", ["returnUrl"] = "/",
            }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tessera-signin=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie.Replace("samesite", ""));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task After_sign_in_the_workbench_never_sends_the_browser_to_another_site(string returnUrl)
    {
        var (http, _) = Client();
        var response = await SignIn(http, "amira", "harbour-lights-7", returnUrl);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_post_without_its_token_is_refused_and_changes_nothing()
    {
        var (http, _) = Client();
        await SignIn(http, "amira", "harbour-lights-7");
        var sources = await http.GetStringAsync(server.Address + "/sources", Cancel);
        var version = VersionField().Match(sources).Groups[1].Value;
        var yaml = File.ReadAllText(server.Case.YamlPath);

        var edit = await http.PostAsync(server.Address + "/sources/ministry", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = version, ["publisher"] = "Forged Press", ["date"] = "2024-03-11", ["grade"] = "A1",
        }), Cancel);
        var signOut = await http.PostAsync(server.Address + "/signout", new FormUrlEncodedContent([]), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(yaml, File.ReadAllText(server.Case.YamlPath));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(server.Address + "/sources", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_with_the_token_ends_the_session()
    {
        var (http, _) = Client();
        await SignIn(http, "amira", "harbour-lights-7");
        var token = await Token(http, server.Address + "/signout");
        var response = await http.PostAsync(server.Address + "/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync(server.Address + "/sources", Cancel)).StatusCode);
    }

    [Theory]
    [InlineData("grade", "G7")]
    [InlineData("date", "11/03/2024")]
    public async Task A_bad_value_in_a_source_edit_is_a_one_line_400_naming_the_field(string field, string value)
    {
        var (http, _) = Client();
        await SignIn(http, "amira", "harbour-lights-7");
        var sources = await http.GetStringAsync(server.Address + "/sources", Cancel);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenField().Match(sources).Groups[1].Value,
            ["version"] = VersionField().Match(sources).Groups[1].Value,
            ["publisher"] = "Ministry of Transport", ["date"] = "2024-03-11", ["grade"] = "C3",
        };
        form[field] = value;
        var yaml = File.ReadAllText(server.Case.YamlPath);

        var response = await http.PostAsync(server.Address + "/sources/ministry", new FormUrlEncodedContent(form), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = ProblemLine().Match(await response.Content.ReadAsStringAsync(Cancel)).Value;
        Assert.Contains("TSR759", problem);
        Assert.Contains(field + ":", problem);
        Assert.Equal(yaml, File.ReadAllText(server.Case.YamlPath));
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_from_one_address_get_429()
    {
        // A workbench of its own, so that the other tests' sign-ins do not count against its limit.
        var (app, _, address) = await server.Case.Serve(server.Case.SqliteStore + "-limited", attemptsPerMinute: 3);
        try
        {
            var (http, _) = Client();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++)
            {
                var token = await Token(http, address + "/signin");
                var response = await http.PostAsync(address + "/signin", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["name"] = "amira", ["password"] = "guess-number-" + i,
                }), Cancel);
                statuses.Add(response.StatusCode);
            }
            Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        }
        finally
        {
            await app.StopAsync(Cancel);
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task With_sign_in_the_workbench_listens_beyond_this_machine_and_still_asks_for_sign_in()
    {
        var (app, _, address) = await server.Case.Serve(server.Case.SqliteStore, listen: "0.0.0.0:0");
        try
        {
            Assert.StartsWith("http://0.0.0.0:", address);
            var (http, _) = Client();
            var response = await http.GetAsync(address.Replace("0.0.0.0", "127.0.0.1") + "/sources", Cancel);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/signin", response.Headers.Location!.AbsolutePath);
        }
        finally
        {
            await app.StopAsync(Cancel);
            await app.DisposeAsync();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("<p class=\"problem\">[^<]*</p>")]
    private static partial Regex ProblemLine();
}
