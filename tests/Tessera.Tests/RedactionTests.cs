using Tessera.Tests.Cli;

namespace Tessera.Tests;

/// <summary>No message shows a password, whichever way a connection string spells it.</summary>
public class RedactionTests
{
    [Theory]
    [InlineData("Host=db;Username=a;Password=s3cret;Database=x", "Host=db;Username=a;Password=***;Database=x")]
    [InlineData("Host=db;PWD=s3cret;Database=x", "Host=db;PWD=***;Database=x")]
    [InlineData("Host=db;pwd = s3cret", "Host=db;pwd = ***")]
    [InlineData("Host=db;PassWord=s3cret", "Host=db;PassWord=***")]
    [InlineData("Host=db;Password='s;3;cret';Database=x", "Host=db;Password=***;Database=x")]
    [InlineData("Host=db;Password=\"s3\"\"cr;et\";Database=x", "Host=db;Password=***;Database=x")]
    [InlineData("postgres://analyst:s3cret@db.example/cases", "postgres://analyst:***@db.example/cases")]
    [InlineData("postgresql://analyst:s3@cret@db/cases", "postgresql://analyst:***@db/cases")]
    [InlineData("postgres://analyst@db/cases?password=s3cret", "postgres://analyst@db/cases?password=***")]
    [InlineData("Host=db;Username=a", "Host=db;Username=a")]
    public void Every_form_of_password_is_masked(string text, string shown) => Assert.Equal(shown, Redaction.Secrets(text));

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Username=x;PWD=s3cret;Timeout=2")]
    [InlineData("Host=127.0.0.1;Port=1;Username=x;pwd=s3cret;Timeout=2")]
    [InlineData("postgres://x:s3cret@127.0.0.1:1/cases")]
    public void An_unreachable_store_is_reported_without_its_password(string db)
    {
        using var dir = Fixtures.TempFolder();
        var run = CliRunner.Invoke("export", dir.Write("a.txt", "The army withdrew."), "--db", db);
        Assert.Equal(2, run.Exit);
        Assert.Contains("TSR017", run.Err);
        Assert.DoesNotContain("s3cret", run.Err, StringComparison.Ordinal);
    }
}
