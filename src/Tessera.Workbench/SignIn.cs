using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Output;

namespace Tessera.Workbench;

/// <summary>Sign-in for a workbench a team shares: who may sign in, and how many tries one client address gets a minute.</summary>
public sealed record SignIn(UserList Users, int AttemptsPerMinute = SignIn.DefaultAttempts)
{
    /// <summary>Enough for an analyst who mistypes, far too few to guess a password.</summary>
    public const int DefaultAttempts = 10;
}

/// <summary>The sign-in and sign-out pages and the services behind them: cookie authentication from the shared framework, every
/// other page closed to a request without the cookie, and the sign-in post rate-limited per client address.</summary>
internal static class SignInPages
{
    public const string Cookie = "tessera-signin";
    private const string Policy = "signin";

    public static void AddServices(IServiceCollection services, SignIn signIn)
    {
        services.AddSingleton(signIn);
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = Cookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/signin";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
        });
        // Every page asks for a signed-in analyst unless it says otherwise (the sign-in page and the stylesheet do).
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signIn.AttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = (context, cancel) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(context.HttpContext.Response.WriteAsync("Too many sign-in attempts from this address; try again in a minute.\n", cancel));
            };
        });
    }

    public static void UseMiddleware(WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
    }

    public static void Map(WebApplication app)
    {
        app.MapGet("/signin", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Form(http, antiforgery, returnUrl, null, StatusCodes.Status200OK)).AllowAnonymous();
        app.MapPost("/signin", async (HttpContext http, IAntiforgery antiforgery, SignIn signIn, [FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl) =>
        {
            // One answer for an unknown name and a wrong password, so a guesser learns neither.
            if (!signIn.Users.Verify(name, password))
                return Form(http, antiforgery, returnUrl, "That name and password do not match an analyst of this workbench.", StatusCodes.Status401Unauthorized);
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name!)], CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(Local(returnUrl), permanent: false, preserveMethod: false);
        }).AllowAnonymous().RequireRateLimiting(Policy);
        app.MapGet("/signout", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var h = new Html().Element("p", $"Signed in as {Analyst.Of(http)}.");
            h.Raw("<form class=\"signout\" method=\"post\" action=\"/signout\">");
            Page.Token(h, antiforgery.GetAndStoreTokens(http));
            h.Raw("<button type=\"submit\">Sign out</button></form>");
            return Page.Plain("Sign out", h);
        });
        // The post binds no form field, so the token is checked here rather than by the endpoint's own antiforgery check.
        app.MapPost("/signout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin", permanent: false, preserveMethod: false);
        }).AllowAnonymous();
    }

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? problem, int status)
    {
        var h = new Html();
        if (problem is not null) h.Element("p", problem, "problem");
        h.Raw("<form class=\"signin\" method=\"post\" action=\"/signin\">");
        Page.Token(h, antiforgery.GetAndStoreTokens(http));
        h.Raw("<input type=\"hidden\" name=\"returnUrl\" value=\"").Text(Local(returnUrl)).Raw("\">")
         .Raw("<label for=\"name\">name</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required>")
         .Raw("<label for=\"password\">password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
         .Raw("<span></span><button type=\"submit\">Sign in</button></form>");
        return Page.Plain("Sign in", h, status);
    }

    /// <summary>Where to go after signing in: a path on this server, never another site ("//host" and "/\host" are other sites).</summary>
    internal static string Local(string? returnUrl) =>
        returnUrl is { Length: > 0 } r && r[0] == '/' && (r.Length == 1 || (r[1] != '/' && r[1] != '\\')) && !r.Any(char.IsControl) ? r : "/";
}
