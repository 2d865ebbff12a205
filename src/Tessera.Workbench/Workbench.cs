using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tessera.Analysis;
using Tessera.Analysis.Provenance;
using Tessera.Case;
using Tessera.Output;
using Tessera.Output.Records;
using Tessera.Reading;

namespace Tessera.Workbench;

/// <summary>`tessera serve`: the case in a browser, pages rendered on the server from the library's models; a thin face over the
/// same library as the command line.</summary>
public static class Workbench
{
    /// <summary>The largest source an upload may carry.</summary>
    public const long MaxUpload = 5 * 1024 * 1024;

    private static readonly string[] UploadTypes = [".txt", ".md", ".html", ".htm", ".pdf"];

    /// <summary>The policy every response carries: nothing but this server's stylesheet loads, no script runs, forms post only here.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Builds the web application for a loaded case; without <paramref name="signIn"/> it refuses an address this
    /// machine alone cannot reach, and with it every page asks for a signed-in analyst.</summary>
    public static Result<WebApplication> Create(CaseSession session, string listen, SignIn? signIn = null)
    {
        var parsed = Address(listen, signIn is not null);
        if (!parsed.Ok) return parsed.Problem!;
        var address = parsed.Value!;

        // No content root or web root is used: nothing is served from a folder, so no request path reaches the file system.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Tessera.Workbench" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxUpload + 64 * 1024;
            k.Listen(address.Address, address.Port);
        });
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUpload + 16 * 1024);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "tessera-antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddSingleton(session);
        if (signIn is not null) SignInPages.AddServices(builder.Services, signIn);
        // Behind a reverse proxy on this machine that ends TLS, the request's scheme and client are the proxy's X-Forwarded
        // headers, so the cookies are Secure and sign-in attempts are limited per real client; only loopback proxies are
        // believed (the options' default KnownProxies), so a client elsewhere cannot claim TLS or another address.
        builder.Services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        var app = builder.Build();
        app.UseForwardedHeaders();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            await next(context);
        });
        if (signIn is not null) SignInPages.UseMiddleware(app);
        // A page shows the case as case.yaml is now, though another workbench serving the same case (a team's) changed it.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method)) context.RequestServices.GetRequiredService<CaseSession>().Refresh();
            return next(context);
        });
        app.UseAntiforgery();
        // The handlers are bound by compiled code (the Request Delegate Generator, which the native executable needs), and its
        // form reading, unlike the reflection-built binding, does not look at the antiforgery verdict: reading the form of a
        // post whose token failed throws, a 500. The verdict is answered here instead, before any handler runs, with the 400
        // the reflection-built binding gave.
        app.Use((context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: false }) return next(context);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        });
        Map(app);
        if (signIn is not null) SignInPages.Map(app);
        return app;
    }

    /// <summary>The address to listen on, if the workbench may: any address with sign-in, else a loopback one only.</summary>
    public static Result<ListenAddress> Address(string listen, bool signIn = false)
    {
        var parsed = ListenAddress.Parse(listen);
        return !parsed.Ok || signIn || parsed.Value!.IsLoopback ? parsed : Messages.NotLoopback(listen);
    }

    /// <summary>Starts the server and gives the address it listens on (with the port the system chose for port 0).</summary>
    public static async Task<string> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return bound.EndsWith('/') ? bound : bound + "/";
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/style.css", () =>
        {
            using var stream = typeof(Workbench).Assembly.GetManifestResourceStream("Tessera.Workbench.workbench.css")!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return Results.Text(reader.ReadToEnd(), "text/css; charset=utf-8");
        }).AllowAnonymous();
        app.MapGet("/", (CaseSession session) => Page.Render(session.Current, "/", "Overview", Views.Overview(session.Current)));
        app.MapGet("/claims", (CaseSession session, HttpRequest request) =>
            Page.Render(session.Current, "/claims", "Claims", Views.Claims(session.Current, ClaimQuery.Parse(request.Query))));
        app.MapGet("/claims/{source}/{number:int}", (CaseSession session, HttpContext http, IAntiforgery antiforgery, string source, int number, string? format) =>
        {
            var s = session.Current;
            var id = $"{source}#{number}";
            if (ClaimProvenance.Of(s.Findings, s.Analysis.Matrix, id) is not { } provenance)
                return Page.Problem(s, "/claims", Messages.NoSuchClaim(id, null), StatusCodes.Status404NotFound);
            if (format == "json") return Results.Bytes(ProvenanceJson.Write(provenance), "application/json; charset=utf-8");
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Page.Render(s, "/claims", $"Claim {id}", Views.Provenance(s, provenance)
                .Raw(AnalysisViews.AddAsEvidence(s, provenance.Claim, tokens).ToString())
                .Raw(CorrectionPages.Forms(s, session, provenance.Claim, tokens).ToString()));
        });
        CorrectionPages.Map(app);
        app.MapGet("/actors", (CaseSession session) => Page.Render(session.Current, "/actors", "Actors", ActorViews.Actors(session.Current)));
        app.MapGet("/actors/{name}", (CaseSession session, string name) =>
        {
            var s = session.Current;
            return ActorProfile.Of(s.Findings, name) is { } profile
                ? Page.Render(s, "/actors", name, ActorViews.Actor(s, profile))
                : Page.Problem(s, "/actors", Messages.NoSuchActor(name), StatusCodes.Status404NotFound);
        });
        app.MapGet("/timeline", (CaseSession session) => Page.Render(session.Current, "/timeline", "Timeline", ActorViews.Timeline(session.Current)));
        app.MapGet("/network", (CaseSession session) => Page.Render(session.Current, "/network", "Network", ActorViews.Network(session.Current)));
        app.MapGet("/sources", (CaseSession session, HttpContext http, IAntiforgery antiforgery) =>
            Page.Render(session.Current, "/sources", "Sources", Views.Sources(session.Current, antiforgery.GetAndStoreTokens(http))));
        app.MapPost("/sources", (CaseSession session, IFormFile file, [FromForm] string? title, [FromForm] string? publisher, [FromForm] string? date) =>
        {
            var problem = session.Change(s => Upload(s, session.Resources, file, title, publisher, date));
            return problem is null ? Results.Redirect("/sources", permanent: false, preserveMethod: false) : Page.Problem(session.Current, "/sources", problem);
        });
        app.MapPost("/sources/{id}", (CaseSession session, string id, [FromForm] string? version, [FromForm] string? publisher, [FromForm] string? date, [FromForm] string? grade) =>
            SourceEditing.Post(session, id, version, publisher, date, grade));
        MapHandEdits(app);
    }

    /// <summary>ACH and forecast resolution by hand: each post edits one entry of case.yaml (see <see cref="HandEdits"/>).</summary>
    private static void MapHandEdits(WebApplication app)
    {
        app.MapGet("/ach", (CaseSession session, HttpContext http, IAntiforgery antiforgery) =>
            Page.Render(session.Current, "/ach", "Competing hypotheses", AnalysisViews.Ach(session.Current, antiforgery.GetAndStoreTokens(http))));
        app.MapPost("/ach/rate", (CaseSession session, HttpContext http, IFormCollection form) => HandEdits.Rate(session, http, "/ach", form));
        app.MapPost("/ach/hypothesis", (CaseSession session, IFormCollection form) => HandEdits.Hypothesis(session, "/ach", form));
        app.MapPost("/ach/evidence", (CaseSession session, IFormCollection form) => HandEdits.Evidence(session, "/ach", form));
        app.MapGet("/forecasts", (CaseSession session, HttpContext http, IAntiforgery antiforgery) =>
            Page.Render(session.Current, "/forecasts", "Forecasts", AnalysisViews.Forecasts(session.Current, antiforgery.GetAndStoreTokens(http))));
        app.MapPost("/forecasts/resolve", (CaseSession session, IFormCollection form) => HandEdits.Resolve(session, "/forecasts", form));
    }

    /// <summary>Stores an uploaded file in the case's sources/ under a name made of its own name's letters and digits, and lists
    /// it in case.yaml as `tessera add` would; the next load reads and assesses it.</summary>
    private static Problem? Upload(CaseSnapshot s, LanguageResources resources, IFormFile file, string? title, string? publisher, string? date)
    {
        var shownName = Path.GetFileName(file.FileName);
        var extension = Path.GetExtension(shownName).ToLowerInvariant();
        if (!UploadTypes.Contains(extension)) return Messages.UploadType(shownName);
        if (file.Length is 0 or > MaxUpload) return Messages.UploadSize(shownName, MaxUpload);
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
                return Messages.BadGivenDate(date);
            day = d;
        }
        // Planned and written under the case's lock, so an upload and another workbench's edit of case.yaml never cross.
        return CaseFolderWrite.Locked(s.Opened.File.Folder, () => Stage(s, resources, file, shownName, extension, new GivenDetails(Blank(title), Blank(publisher), day)));
    }

    private static Problem? Stage(CaseSnapshot s, LanguageResources resources, IFormFile file, string shownName, string extension, GivenDetails given)
    {
        var staging = Path.Combine(Path.GetTempPath(), "tessera-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            var staged = Path.Combine(staging, DocumentReader.Slug(Path.GetFileNameWithoutExtension(shownName)) + extension);
            using (var target = File.Create(staged)) file.CopyTo(target);
            var caseFile = s.Opened.File;
            var plan = CaseGrowth.PlanFiles(caseFile, File.ReadAllText(caseFile.YamlPath), [staged], given, resources.Time);
            if (!plan.Ok) return plan.Problem! with { File = plan.Problem!.File == staged ? shownName : plan.Problem.File };
            return CaseFolderWrite.Add(caseFile, plan.Value!);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
